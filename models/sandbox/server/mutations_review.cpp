// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Review actions, as Discourse's reviewable classes perform them (discourse-api.md §9.2-9.4),
// with the staff action log rows they write (post_approved, post_rejected, approve_user,
// delete_user; deletions through markPostDeleted()).
#include "models/sandbox/server/mutations.h"
#include "models/sandbox/server/reviewactions.h"
#include "models/sandbox/stafflog.h"

#include <QJsonArray>

namespace steward::sandbox::detail {

namespace {

void transition(ReviewRecord& r, ReviewableStatus status, Id actor, qint64 at)
{
    r.item.status = status;
    r.item.version += 1;
    r.item.claimedById = 0;
    r.reviewedById = actor;
    r.reviewedAt = toDateTime(at);
    ScoreStatus scoreStatus = ScoreStatus::Pending;
    switch (status) {
    case ReviewableStatus::Approved:
        scoreStatus = ScoreStatus::Agreed;
        break;
    case ReviewableStatus::Rejected:
        scoreStatus = ScoreStatus::Disagreed;
        break;
    case ReviewableStatus::Ignored:
    case ReviewableStatus::Deleted:
        scoreStatus = ScoreStatus::Ignored;
        break;
    case ReviewableStatus::Pending:
        break;
    }
    for (ReviewableScore& s : r.item.scores) {
        s.status = scoreStatus;
        s.reviewedById = actor;
        s.reviewedAt = r.reviewedAt;
    }
}

/// Appends a staff action log row by actor at at; ids left 0 are null in the served row.
void logAction(SandboxCommunity& community, int action, Id actor, qint64 at, Id postId = 0,
               Id targetUserId = 0, QString details = {})
{
    StaffActionRecord r;
    r.action = action;
    r.actingUserId = actor;
    r.createdAt = at;
    r.postId = postId;
    r.targetUserId = targetUserId;
    r.details = std::move(details);
    appendStaffAction(community, std::move(r));
}

/// Deletes a user's posts and account (UserDestroyer: each post as PostDestroyer logs it, then
/// delete_user, which names the user in its details only); other pending items about them go.
QJsonArray deleteUser(SandboxCommunity& community, Id userId, Id actor, qint64 at, Id except)
{
    QJsonArray removed;
    SandboxUser* member = community.user(userId);
    if (!member)
        return removed;
    member->deleted = true;
    for (PostRecord& p : community.posts) {
        if (p.userId == userId && p.deletedAt == 0)
            markPostDeleted(community, p, at, actor, true);
    }
    logAction(community, UserHistoryAction::DeleteUser, actor, at, 0, 0,
              userDeletionDetails(*member));
    for (ReviewRecord& other : community.reviews) {
        if (other.item.id != except && other.item.isPending() &&
            other.item.targetCreatedById == userId) {
            transition(other, ReviewableStatus::Deleted, actor, at);
            removed.append(other.item.id);
        }
    }
    return removed;
}

int pendingCount(const SandboxCommunity& community)
{
    int n = 0;
    for (const ReviewRecord& r : community.reviews)
        n += r.item.isPending();
    return n;
}

} // namespace

Reply performReview(SandboxCommunity& community, const QJsonObject& action)
{
    const Id id = action.value(QStringLiteral("id")).toInteger();
    const QString requested = action.value(QStringLiteral("action")).toString();
    const Id actor = action.value(QStringLiteral("actor")).toInteger();
    const qint64 at = action.value(QStringLiteral("at")).toInteger();
    ReviewRecord* record = community.review(id);
    if (!record)
        return Reply::notFound();
    if (!action.contains(QStringLiteral("version")))
        return Reply::error(422, QStringLiteral("Missing version parameter"));
    if (action.value(QStringLiteral("version")).toInt() != record->item.version)
        return Reply::error(
            409,
            QStringLiteral("The reviewable was changed by someone else; reload it and try again."));

    QString serverAction;
    for (const ReviewableAction& a : availableActions(community, *record)) {
        if (a.performId() == requested || a.actionName == requested)
            serverAction = a.performId();
    }
    if (serverAction.isEmpty())
        return Reply::error(403,
                            QStringLiteral("You can't perform '%1' on this item.").arg(requested),
                            QStringLiteral("invalid_access"));

    Reviewable& item = record->item;
    QJsonArray removed{item.id};
    QJsonObject result;
    PostRecord* post =
        item.type == ReviewableType::FlaggedPost ? community.post(item.targetId) : nullptr;
    auto deletePost = [&](bool replies) {
        if (!post)
            return;
        markPostDeleted(community, *post, at, actor, true);
        if (!replies)
            return;
        const TopicRecord& topic = community.topics[std::size_t(post->topicId - 1)];
        for (int index : topic.posts) {
            PostRecord& reply = community.posts[std::size_t(index)];
            if (reply.replyToPostNumber == post->postNumber)
                markPostDeleted(community, reply, at, actor, true);
        }
    };

    if (serverAction.startsWith(u"agree") || serverAction.startsWith(u"delete_and_agree")) {
        if (serverAction == u"agree_and_hide" && post)
            post->hidden = true;
        if (serverAction == u"agree_and_restore" && post)
            markPostDeleted(community, *post, at, actor, false);
        if (serverAction.startsWith(u"delete_and_agree"))
            deletePost(serverAction == u"delete_and_agree_replies");
        transition(*record, ReviewableStatus::Approved, actor, at);
    } else if (serverAction == u"disagree") {
        if (post)
            post->hidden = false;
        transition(*record, ReviewableStatus::Rejected, actor, at);
    } else if (serverAction == u"ignore" || serverAction == u"delete_and_ignore") {
        if (serverAction == u"delete_and_ignore")
            deletePost(false);
        transition(*record, ReviewableStatus::Ignored, actor, at);
    } else if (serverAction == u"approve_post" || serverAction == u"approve_post_closed") {
        const Id created = appendPost(community, item.topicId, item.createdById, at,
                                      item.payloadRaw, PostType::Regular);
        record->createdPostId = created;
        transition(*record, ReviewableStatus::Approved, actor, at);
        logAction(community, UserHistoryAction::PostApproved, actor, at, created);
        result.insert(QStringLiteral("created_post_id"), created);
        result.insert(QStringLiteral("created_post_topic_id"), item.topicId);
    } else if (serverAction == u"reject_post" || serverAction == u"revise_and_reject_post") {
        record->rejectReason = action.value(QStringLiteral("reject_reason")).toString();
        transition(*record, ReviewableStatus::Rejected, actor, at);
        logAction(community, UserHistoryAction::PostRejected, actor, at, 0, 0,
                  postRejectedDetails(community, *record, at));
    } else if (serverAction == u"delete") {
        transition(*record, ReviewableStatus::Deleted, actor, at);
    } else if (serverAction == u"approve_user") {
        if (SandboxUser* member = community.user(item.targetId))
            member->user.approved = true;
        transition(*record, ReviewableStatus::Approved, actor, at);
        logAction(community, UserHistoryAction::ApproveUser, actor, at, 0, item.targetId);
    } else if (serverAction == u"delete_user" || serverAction == u"delete_user_block") {
        const bool flagged = item.type == ReviewableType::FlaggedPost;
        transition(*record, flagged ? ReviewableStatus::Approved : ReviewableStatus::Rejected,
                   actor, at);
        for (const QJsonValue& other :
             deleteUser(community, item.targetCreatedById, actor, at, item.id))
            removed.append(other);
    }
    community.indexReviews();

    result.insert(QStringLiteral("success"), true);
    result.insert(QStringLiteral("transition_to"), reviewableStatusName(item.status));
    result.insert(QStringLiteral("transition_to_id"), int(item.status));
    result.insert(QStringLiteral("remove_reviewable_ids"), removed);
    result.insert(QStringLiteral("version"), item.version);
    result.insert(QStringLiteral("reviewable_count"), pendingCount(community));
    return Reply::json(QJsonObject{{QStringLiteral("reviewable_perform_result"), result}});
}

Reply claimTopic(SandboxCommunity& community, const QJsonObject& action, bool claim)
{
    const Id topicId = action.value(QStringLiteral("topic_id")).toInteger();
    const Id actor = action.value(QStringLiteral("actor")).toInteger();
    if (!community.topic(topicId))
        return Reply::notFound();
    QList<ReviewRecord*> items;
    for (ReviewRecord& r : community.reviews) {
        if (r.item.topicId == topicId && r.item.isPending())
            items.append(&r);
    }
    for (ReviewRecord* r : items) {
        if (claim && r->item.claimedById && r->item.claimedById != actor)
            return Reply::error(
                409, QStringLiteral("This topic has already been claimed by another moderator."));
    }
    for (ReviewRecord* r : items)
        r->item.claimedById = claim ? actor : 0;
    return Reply::success();
}

} // namespace steward::sandbox::detail
