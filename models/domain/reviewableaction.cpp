// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/reviewableaction.h"

#include <QRegularExpression>

namespace steward {

QString normalizedActionId(const QString& id)
{
    static const QRegularExpression re(QStringLiteral("^(?:\\d+-)?([a-z_]+)$"));
    const auto match = re.match(id);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString ReviewableAction::performId() const
{
    for (const QString* candidate : {&serverAction, &actionName, &id}) {
        const QString normalized = normalizedActionId(*candidate);
        if (!normalized.isEmpty())
            return normalized;
    }
    return {};
}

bool ReviewableAction::needsFollowUp() const
{
    const QString bare = normalizedActionId(id);
    return bare == u"agree_and_suspend" || bare == u"agree_and_silence" ||
           bare == u"agree_and_edit";
}

} // namespace steward
