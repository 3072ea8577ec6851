// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/generator/params.h"

namespace steward::sandbox {

std::optional<Scale> scaleFromString(const QString& name)
{
    if (name == u"small")
        return Scale::Small;
    if (name == u"medium")
        return Scale::Medium;
    if (name == u"large")
        return Scale::Large;
    return std::nullopt;
}

QString scaleName(Scale scale)
{
    switch (scale) {
    case Scale::Small:
        return QStringLiteral("small");
    case Scale::Medium:
        return QStringLiteral("medium");
    case Scale::Large:
        return QStringLiteral("large");
    }
    return {};
}

int targetPosts(Scale scale)
{
    switch (scale) {
    case Scale::Small:
        return 2'000;
    case Scale::Medium:
        return 200'000;
    case Scale::Large:
        return 2'000'000;
    }
    return 0;
}

} // namespace steward::sandbox
