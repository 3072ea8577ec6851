// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/present/auditnames.h"

#include "models/domain/moderation.h"
#include "models/domain/staffaction.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct AuditNames
{
    Q_DECLARE_TR_FUNCTIONS(steward::AuditNames)
};
} // namespace

QString staffActionTitle(int action, const QString& serverName)
{
    using namespace StaffActionId;
    switch (action) {
    case DeleteUser:
        return AuditNames::tr("Deleted user");
    case SuspendUser:
        return AuditNames::tr("Suspended user");
    case UnsuspendUser:
        return AuditNames::tr("Lifted suspension");
    case DeletePost:
        return AuditNames::tr("Deleted post");
    case DeleteTopic:
        return AuditNames::tr("Deleted topic");
    case SilenceUser:
        return AuditNames::tr("Silenced user");
    case UnsilenceUser:
        return AuditNames::tr("Lifted silence");
    case RecoverTopic:
        return AuditNames::tr("Recovered topic");
    case PostApproved:
        return AuditNames::tr("Approved post");
    case PostRejected:
        return AuditNames::tr("Rejected post");
    default:
        break;
    }
    QString readable = serverName;
    readable.replace(u'_', u' ');
    if (!readable.isEmpty())
        readable[0] = readable[0].toUpper();
    return readable.isEmpty() ? AuditNames::tr("Action %1").arg(action) : readable;
}

QString decisionTitle(const QString& kind)
{
    const std::optional<ActionKind> k = actionKindFromName(kind);
    if (!k)
        return kind;
    switch (*k) {
    case ActionKind::ReviewPerform:
        return AuditNames::tr("Review decision");
    case ActionKind::ReviewClaim:
        return AuditNames::tr("Claimed review item");
    case ActionKind::ReviewUnclaim:
        return AuditNames::tr("Released review item");
    case ActionKind::UserSuspend:
        return AuditNames::tr("Suspend user");
    case ActionKind::UserUnsuspend:
        return AuditNames::tr("Lift suspension");
    case ActionKind::UserSilence:
        return AuditNames::tr("Silence user");
    case ActionKind::UserUnsilence:
        return AuditNames::tr("Lift silence");
    case ActionKind::TopicStatus:
        return AuditNames::tr("Topic status");
    case ActionKind::TopicUpdate:
        return AuditNames::tr("Edit topic");
    case ActionKind::PostsMove:
        return AuditNames::tr("Move posts");
    case ActionKind::TopicNote:
        return AuditNames::tr("Reply or whisper");
    case ActionKind::PostDelete:
        return AuditNames::tr("Delete post");
    case ActionKind::PostRecover:
        return AuditNames::tr("Recover post");
    case ActionKind::SolutionAccept:
        return AuditNames::tr("Accept solution");
    case ActionKind::SolutionUnaccept:
        return AuditNames::tr("Unaccept solution");
    case ActionKind::NoteAdd:
        return AuditNames::tr("Add note on user");
    case ActionKind::NoteDelete:
        return AuditNames::tr("Delete note on user");
    }
    return kind;
}

} // namespace steward
