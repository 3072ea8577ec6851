// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Suspending and silencing, with the "failed" error shape of Discourse's service objects;
// each one done is logged as StaffActionLogger does (log_user_suspend, log_silence_user and
// their undoing).
#include "models/sandbox/server/json.h"
#include "models/sandbox/server/mutations.h"
#include "models/sandbox/stafflog.h"

namespace steward::sandbox::detail {

namespace {

SandboxUser* target(SandboxCommunity& community, const QJsonObject& action)
{
    return community.liveUser(action.value(QStringLiteral("id")).toInteger());
}

/// Logs action on member by actor (0: none) at the action's time.
StaffActionRecord& logPenalty(SandboxCommunity& community, int action, const SandboxUser& member,
                              const SandboxUser* actor, const QDateTime& at)
{
    StaffActionRecord r;
    r.action = action;
    r.actingUserId = actor ? actor->user.id : 0;
    r.targetUserId = member.user.id;
    r.createdAt = toSeconds(at);
    appendStaffAction(community, std::move(r));
    return community.staffActions.back();
}

} // namespace

Reply suspendUser(SandboxCommunity& community, const QJsonObject& action, bool suspend)
{
    SandboxUser* member = target(community, action);
    if (!member)
        return Reply::notFound();
    const QDateTime at = toDateTime(action.value(QStringLiteral("at")).toInteger());
    const SandboxUser* actor = community.user(action.value(QStringLiteral("actor")).toInteger());
    if (!suspend) {
        member->user.suspendedUntil = QDateTime();
        member->user.suspendReason.clear();
        member->suspendedAt = QDateTime();
        member->suspendedById = 0;
        logPenalty(community, UserHistoryAction::UnsuspendUser, *member, actor, at);
        return Reply::json(
            QJsonObject{{QStringLiteral("suspension"),
                         QJsonObject{{QStringLiteral("suspended_till"), QJsonValue::Null},
                                     {QStringLiteral("suspended_at"), QJsonValue::Null}}}});
    }
    if (member->user.isSuspendedAt(at))
        return Reply::failed(409,
                             QStringLiteral("%1 is already suspended.").arg(member->user.username));
    if (member->user.admin)
        return Reply::failed(403, QStringLiteral("Admins can't be suspended."));
    const QString reason = action.value(QStringLiteral("reason")).toString();
    const QDateTime until =
        QDateTime::fromString(action.value(QStringLiteral("until")).toString(), Qt::ISODateWithMs);
    if (reason.trimmed().isEmpty() || !until.isValid() || until <= at)
        return Reply::json(QJsonObject{{QStringLiteral("failed"), QStringLiteral("FAILED")},
                                       {QStringLiteral("errors"),
                                        QJsonArray{QStringLiteral(
                                            "Reason and a future suspend_until are required.")}}},
                           400);
    member->user.suspendedUntil = until.toUTC();
    member->user.suspendReason = reason;
    member->suspendedAt = at;
    member->suspendedById = actor ? actor->user.id : 0;
    logPenalty(community, UserHistoryAction::SuspendUser, *member, actor, at).details =
        staffMessage(reason, action.value(QStringLiteral("message")).toString());
    QJsonObject body{
        {QStringLiteral("suspend_reason"), reason},
        {QStringLiteral("full_suspend_reason"), reason},
        {QStringLiteral("suspended_till"), json::time(member->user.suspendedUntil)},
        {QStringLiteral("suspended_at"), json::time(at)},
        {QStringLiteral("suspended_by"), actor ? json::basicUser(*actor) : QJsonObject()}};
    return Reply::json(QJsonObject{{QStringLiteral("suspension"), body}});
}

Reply silenceUser(SandboxCommunity& community, const QJsonObject& action, bool silence)
{
    SandboxUser* member = target(community, action);
    if (!member)
        return Reply::notFound();
    const QDateTime at = toDateTime(action.value(QStringLiteral("at")).toInteger());
    const SandboxUser* actor = community.user(action.value(QStringLiteral("actor")).toInteger());
    if (!silence) {
        member->user.silencedUntil = QDateTime();
        member->silenceReason.clear();
        member->silencedAt = QDateTime();
        member->silencedById = 0;
        logPenalty(community, UserHistoryAction::UnsilenceUser, *member, actor, at);
        return Reply::json(
            QJsonObject{{QStringLiteral("silence"),
                         QJsonObject{{QStringLiteral("silenced"), false},
                                     {QStringLiteral("silenced_till"), QJsonValue::Null}}}});
    }
    if (member->user.isSilencedAt(at))
        return Reply::failed(409,
                             QStringLiteral("%1 is already silenced.").arg(member->user.username));
    const QString reason = action.value(QStringLiteral("reason")).toString();
    QDateTime until =
        QDateTime::fromString(action.value(QStringLiteral("until")).toString(), Qt::ISODateWithMs);
    if (!until.isValid())
        until = at.addYears(1000); // Discourse: no end date silences "forever"
    if (reason.trimmed().isEmpty() || until <= at)
        return Reply::json(QJsonObject{{QStringLiteral("failed"), QStringLiteral("FAILED")},
                                       {QStringLiteral("errors"),
                                        QJsonArray{QStringLiteral("A reason is required.")}}},
                           400);
    member->user.silencedUntil = until.toUTC();
    member->silenceReason = reason;
    member->silencedAt = at;
    member->silencedById = actor ? actor->user.id : 0;
    StaffActionRecord& logged =
        logPenalty(community, UserHistoryAction::SilenceUser, *member, actor, at);
    logged.details = staffMessage(reason, action.value(QStringLiteral("message")).toString());
    logged.context = silenceContext(reason);
    QJsonObject body{
        {QStringLiteral("silenced"), true},
        {QStringLiteral("silence_reason"), reason},
        {QStringLiteral("full_silence_reason"), reason},
        {QStringLiteral("silenced_till"), json::time(member->user.silencedUntil)},
        {QStringLiteral("silenced_at"), json::time(at)},
        {QStringLiteral("silenced_by"), actor ? json::basicUser(*actor) : QJsonObject()}};
    return Reply::json(QJsonObject{{QStringLiteral("silence"), body}});
}

Reply createUser(SandboxCommunity& community, const QJsonObject& action)
{
    // A sign-up: what Discourse's UsersController#create leaves, an active new member.
    const QString username = action.value(QStringLiteral("username")).toString().trimmed();
    if (username.isEmpty() || community.userIdsByName.contains(username.toLower()))
        return Reply::error(422, QStringLiteral("Username must be unique"),
                            QStringLiteral("record_invalid"));
    SandboxUser member;
    member.user.id = Id(community.users.size()) + 1;
    member.user.username = username;
    member.user.name = action.value(QStringLiteral("name")).toString();
    member.user.createdAt = toDateTime(action.value(QStringLiteral("at")).toInteger());
    member.user.lastSeenAt = member.user.createdAt;
    member.user.trustLevel = TrustLevel::NewUser;
    member.persona = Persona::Newcomer;
    member.email = username.toLower() + QStringLiteral("@example.com");
    community.userIdsByName.insert(username.toLower(), member.user.id);
    community.users.push_back(std::move(member));
    return Reply::json(QJsonObject{{QStringLiteral("success"), true},
                                   {QStringLiteral("active"), true},
                                   {QStringLiteral("user_id"), community.users.back().user.id}});
}

} // namespace steward::sandbox::detail
