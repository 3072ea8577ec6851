// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/server/mutations.h"

#include "models/sandbox/generator/communitygenerator.h"
#include "models/sandbox/stafflog.h"

namespace steward::sandbox {

Reply applyAction(SandboxCommunity& community, const QJsonObject& action)
{
    const QString op = action.value(QStringLiteral("op")).toString();
    using namespace detail;
    if (op == u"explorer.create")
        return createExplorerQuery(community, action);
    if (op == u"explorer.update")
        return updateExplorerQuery(community, action);
    if (op == u"explorer.delete")
        return deleteExplorerQuery(community, action);
    if (op == u"user_note.create")
        return createUserNote(community, action);
    if (op == u"user_note.delete")
        return deleteUserNote(community, action);
    ++community.revision;
    if (op == u"review.perform")
        return performReview(community, action);
    if (op == u"review.claim" || op == u"review.unclaim")
        return claimTopic(community, action, op == u"review.claim");
    if (op == u"topic.status")
        return setTopicStatus(community, action);
    if (op == u"topic.update")
        return updateTopic(community, action);
    if (op == u"post.delete" || op == u"post.recover")
        return setPostDeleted(community, action, op == u"post.delete");
    if (op == u"solution.accept" || op == u"solution.unaccept")
        return setAcceptedAnswer(community, action, op == u"solution.accept");
    if (op == u"user.suspend" || op == u"user.unsuspend")
        return suspendUser(community, action, op == u"user.suspend");
    if (op == u"user.silence" || op == u"user.unsilence")
        return silenceUser(community, action, op == u"user.silence");
    if (op == u"user.create")
        return createUser(community, action);
    if (op == u"post.create")
        return createPost(community, action);
    if (op == u"posts.move")
        return movePosts(community, action);
    if (op == u"case.create")
        return createCase(community, action);
    return Reply::error(400, QStringLiteral("unknown action '%1'").arg(op),
                        QStringLiteral("invalid_parameters"));
}

namespace detail {

namespace {

/// What PostDestroyer logs: a deletion by anyone but the author (delete_topic for a first
/// post, delete_post for any other), and a first post's recovery by anyone but the author.
void logPostDestroyer(SandboxCommunity& community, const PostRecord& post, qint64 at, Id by,
                      bool deleted)
{
    if (by == post.userId || (!deleted && post.postNumber != 1))
        return;
    StaffActionRecord r;
    r.actingUserId = by;
    r.createdAt = at;
    if (post.postNumber == 1) {
        r.action = deleted ? UserHistoryAction::DeleteTopic : UserHistoryAction::RecoverTopic;
        r.topicId = post.topicId;
    } else {
        r.action = UserHistoryAction::DeletePost;
        r.postId = post.id;
    }
    appendStaffAction(community, std::move(r));
}

} // namespace

void markPostDeleted(SandboxCommunity& community, PostRecord& post, qint64 at, Id by, bool deleted)
{
    if ((post.deletedAt != 0) == deleted)
        return;
    post.deletedAt = deleted ? at : 0;
    post.deletedById = deleted ? by : 0;
    TopicRecord& topic = community.topics[std::size_t(post.topicId - 1)];
    if (post.postNumber == 1) {
        topic.topic.deletedAt = deleted ? toDateTime(at) : QDateTime();
        topic.deletedById = deleted ? by : 0;
    }
    if (SandboxUser* author = community.user(post.userId); author && post.type == PostType::Regular)
        author->user.postCount += deleted ? -1 : 1;
    refreshTopicCounts(community, topic);
    community.countCategories();
    logPostDestroyer(community, post, at, by, deleted);
}

Id appendPost(SandboxCommunity& community, Id topicId, Id userId, qint64 at, const QString& raw,
              PostType type)
{
    TopicRecord& topic = community.topics[std::size_t(topicId - 1)];
    PostRecord p;
    p.id = Id(community.posts.size() + 1);
    p.topicId = topicId;
    p.userId = userId;
    p.createdAt = at;
    p.postNumber = int(topic.posts.size()) + 1;
    p.type = type;
    p.kind = type == PostType::SmallAction ? PostKind::ClosedNotice : PostKind::Answer;
    community.posts.push_back(p);
    topic.posts.push_back(int(community.posts.size()) - 1);
    if (!raw.isEmpty())
        community.editedRaw.insert(p.id, raw);
    if (SandboxUser* author = community.user(userId); author && type == PostType::Regular)
        ++author->user.postCount;
    refreshTopicCounts(community, topic);
    community.countCategories();
    return p.id;
}

} // namespace detail

} // namespace steward::sandbox
