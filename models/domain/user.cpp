// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/user.h"

namespace steward {

std::optional<TrustLevel> trustLevelFromInt(int value)
{
    if (value < 0 || value > 4)
        return std::nullopt;
    return static_cast<TrustLevel>(value);
}

QString trustLevelName(TrustLevel level)
{
    switch (level) {
    case TrustLevel::NewUser:
        return QStringLiteral("new user");
    case TrustLevel::Basic:
        return QStringLiteral("basic user");
    case TrustLevel::Member:
        return QStringLiteral("member");
    case TrustLevel::Regular:
        return QStringLiteral("regular");
    case TrustLevel::Leader:
        return QStringLiteral("leader");
    }
    return {};
}

bool User::isSuspendedAt(const QDateTime& now) const
{
    return suspendedUntil.isValid() && suspendedUntil > now;
}

bool User::isSilencedAt(const QDateTime& now) const
{
    return silencedUntil.isValid() && silencedUntil > now;
}

QString User::avatarPath(int size) const
{
    QString path = avatarTemplate;
    return path.replace(QStringLiteral("{size}"), QString::number(size));
}

} // namespace steward
