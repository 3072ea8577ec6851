// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/present/queueverbs.h"

#include <QStringList>

namespace steward {

namespace {

QStringList preferred(QueueVerb verb)
{
    switch (verb) {
    case QueueVerb::Agree:
        return {QStringLiteral("agree_and_keep"), QStringLiteral("agree_and_hide"),
                QStringLiteral("agree_and_delete")};
    case QueueVerb::Disagree:
        return {QStringLiteral("disagree"), QStringLiteral("disagree_and_restore")};
    case QueueVerb::Ignore:
        return {QStringLiteral("ignore_and_do_nothing"), QStringLiteral("ignore"),
                QStringLiteral("ignore_and_delete")};
    case QueueVerb::Approve:
        return {QStringLiteral("approve_post"), QStringLiteral("approve_user"),
                QStringLiteral("approve")};
    case QueueVerb::Reject:
        return {QStringLiteral("reject_post"), QStringLiteral("delete_user"),
                QStringLiteral("reject_user_delete"), QStringLiteral("reject")};
    }
    return {};
}

QString prefixOf(QueueVerb verb)
{
    switch (verb) {
    case QueueVerb::Agree:
        return QStringLiteral("agree");
    case QueueVerb::Disagree:
        return QStringLiteral("disagree");
    case QueueVerb::Ignore:
        return QStringLiteral("ignore");
    case QueueVerb::Approve:
        return QStringLiteral("approve");
    case QueueVerb::Reject:
        return QStringLiteral("reject");
    }
    return {};
}

} // namespace

std::optional<ReviewableAction> actionForVerb(const Reviewable& item, QueueVerb verb)
{
    for (const QString& id : preferred(verb))
        if (std::optional<ReviewableAction> action = item.action(id))
            return action;
    // Plugins and newer servers add variants: any action of the verb's family will do.
    const QString prefix = prefixOf(verb);
    for (const ReviewableAction& action : item.actions)
        if (action.performId().startsWith(prefix))
            return action;
    return std::nullopt;
}

} // namespace steward
