// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/moderationaction.h"

#include <QJsonArray>

namespace steward::actions {

namespace {
ModerationAction make(ActionKind kind, Id target, QJsonObject params = {})
{
    return ModerationAction{kind, target, std::move(params)};
}
QString isoTime(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}
} // namespace

ModerationAction performReview(Id reviewableId, const QString& performId, int version,
                               const QJsonObject& extra)
{
    QJsonObject params = extra;
    params.insert(QStringLiteral("action"), performId);
    params.insert(QStringLiteral("version"), version);
    return make(ActionKind::ReviewPerform, reviewableId, params);
}

ModerationAction claimTopic(Id topicId)
{
    return make(ActionKind::ReviewClaim, topicId);
}
ModerationAction unclaimTopic(Id topicId)
{
    return make(ActionKind::ReviewUnclaim, topicId);
}

ModerationAction suspendUser(Id userId, const QDateTime& until, const QString& reason,
                             const QString& message)
{
    return make(ActionKind::UserSuspend, userId,
                {{QStringLiteral("until"), isoTime(until)},
                 {QStringLiteral("reason"), reason},
                 {QStringLiteral("message"), message}});
}
ModerationAction unsuspendUser(Id userId)
{
    return make(ActionKind::UserUnsuspend, userId);
}

ModerationAction silenceUser(Id userId, const QDateTime& until, const QString& reason,
                             const QString& message)
{
    return make(ActionKind::UserSilence, userId,
                {{QStringLiteral("until"), isoTime(until)},
                 {QStringLiteral("reason"), reason},
                 {QStringLiteral("message"), message}});
}
ModerationAction unsilenceUser(Id userId)
{
    return make(ActionKind::UserUnsilence, userId);
}

ModerationAction setTopicStatus(Id topicId, TopicFlag flag, bool enabled)
{
    return make(
        ActionKind::TopicStatus, topicId,
        {{QStringLiteral("status"), topicFlagName(flag)}, {QStringLiteral("enabled"), enabled}});
}

ModerationAction updateTopic(Id topicId, const TopicChange& change)
{
    QJsonObject params{
        {QStringLiteral("original_title"), change.originalTitle},
        {QStringLiteral("original_tags"), QJsonArray::fromStringList(change.originalTags)}};
    if (change.title)
        params.insert(QStringLiteral("title"), *change.title);
    if (change.categoryId)
        params.insert(QStringLiteral("category_id"), *change.categoryId);
    if (change.tags)
        params.insert(QStringLiteral("tags"), QJsonArray::fromStringList(*change.tags));
    return make(ActionKind::TopicUpdate, topicId, params);
}

ModerationAction movePosts(Id sourceTopicId, const QList<Id>& postIds, const QString& newTitle,
                           Id categoryId, Id destinationTopicId)
{
    QJsonArray ids;
    for (Id id : postIds)
        ids.append(id);
    QJsonObject params{{QStringLiteral("post_ids"), ids}};
    if (destinationTopicId != 0) {
        params.insert(QStringLiteral("destination_topic_id"), destinationTopicId);
    } else {
        params.insert(QStringLiteral("title"), newTitle);
        if (categoryId != 0)
            params.insert(QStringLiteral("category_id"), categoryId);
    }
    return make(ActionKind::PostsMove, sourceTopicId, params);
}

ModerationAction addTopicNote(Id topicId, const QString& raw, bool whisper, const QString& marker)
{
    return make(ActionKind::TopicNote, topicId,
                {{QStringLiteral("raw"), raw},
                 {QStringLiteral("whisper"), whisper},
                 {QStringLiteral("marker"), marker}});
}

ModerationAction deletePost(Id postId)
{
    return make(ActionKind::PostDelete, postId);
}
ModerationAction recoverPost(Id postId)
{
    return make(ActionKind::PostRecover, postId);
}
ModerationAction acceptSolution(Id postId)
{
    return make(ActionKind::SolutionAccept, postId);
}
ModerationAction unacceptSolution(Id postId)
{
    return make(ActionKind::SolutionUnaccept, postId);
}

ModerationAction addUserNote(Id userId, const QString& raw, Id postId)
{
    QJsonObject params{{QStringLiteral("raw"), raw}};
    if (postId != 0)
        params.insert(QStringLiteral("post_id"), postId);
    return make(ActionKind::NoteAdd, userId, params);
}
ModerationAction deleteUserNote(Id userId, const QString& noteId)
{
    return make(ActionKind::NoteDelete, userId, {{QStringLiteral("note_id"), noteId}});
}

} // namespace steward::actions
