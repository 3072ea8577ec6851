// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace steward::sandbox {

/// small: ~2k posts (tests); medium: ~200k (the demo); large: ~2M (benchmarks).
enum class Scale
{
    Small,
    Medium,
    Large
};

std::optional<Scale> scaleFromString(const QString& name);
QString scaleName(Scale scale);
/// The number of posts a scale aims at.
int targetPosts(Scale scale);

struct GeneratorParams
{
    Scale scale = Scale::Small;
    quint64 seed = 1;
    QDateTime now; ///< the generated history ends here; UTC
    int months = 18;
};

} // namespace steward::sandbox
