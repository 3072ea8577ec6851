// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/topic.h"

namespace steward {

Archetype archetypeFromString(QStringView value)
{
    return value == u"private_message" ? Archetype::PrivateMessage : Archetype::Regular;
}

QString archetypeToString(Archetype archetype)
{
    return archetype == Archetype::PrivateMessage ? QStringLiteral("private_message")
                                                  : QStringLiteral("regular");
}

QString Topic::path() const
{
    const QString s = slug.isEmpty() ? QStringLiteral("-") : slug;
    return QStringLiteral("/t/%1/%2").arg(s).arg(id);
}

} // namespace steward
