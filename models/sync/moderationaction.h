// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ids.h"
#include "models/domain/moderation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace steward {

/// One moderation decision, as the outbox stores and sends it. params hold its arguments in
/// the server's own names. Build them with the functions below; ActionType (outboxrequests.h)
/// says how each kind is sent and checked.
struct ModerationAction
{
    ActionKind kind = ActionKind::ReviewPerform;
    Id targetId = 0;
    QJsonObject params;
};

/// PUT /t/-/{id}: only the fields given change. The title and tags the change was made
/// against travel as original_title / original_tags, so a topic changed meanwhile on the
/// server answers 409 (a conflict) rather than being overwritten.
struct TopicChange
{
    std::optional<QString> title;
    std::optional<Id> categoryId;
    std::optional<QStringList> tags;
    QString originalTitle;
    QStringList originalTags;
};

namespace actions {
/// PUT /review/{id}/perform/{action}; extra carries reject_reason, send_email, ...
ModerationAction performReview(Id reviewableId, const QString& performId, int version,
                               const QJsonObject& extra = {});
ModerationAction claimTopic(Id topicId);
ModerationAction unclaimTopic(Id topicId);
ModerationAction suspendUser(Id userId, const QDateTime& until, const QString& reason,
                             const QString& message = {});
ModerationAction unsuspendUser(Id userId);
ModerationAction silenceUser(Id userId, const QDateTime& until, const QString& reason,
                             const QString& message = {});
ModerationAction unsilenceUser(Id userId);
ModerationAction setTopicStatus(Id topicId, TopicFlag flag, bool enabled);
ModerationAction updateTopic(Id topicId, const TopicChange& change);
/// POST /t/{id}/move-posts: the posts (not the first) to a new topic with this title in
/// this category (0: the source's), or, when destinationTopicId is set, into that topic.
ModerationAction movePosts(Id sourceTopicId, const QList<Id>& postIds, const QString& newTitle,
                           Id categoryId, Id destinationTopicId = 0);
/// POST /posts: a reply to the topic, a whisper (staff only) when whisper is set. marker is
/// text the post will contain, by which a reply that may or may not have arrived is found.
ModerationAction addTopicNote(Id topicId, const QString& raw, bool whisper, const QString& marker);
ModerationAction deletePost(Id postId);
ModerationAction recoverPost(Id postId);
ModerationAction acceptSolution(Id postId);
ModerationAction unacceptSolution(Id postId);
/// POST /user_notes (the user-notes plugin): a note on the user, about a post when postId is set.
ModerationAction addUserNote(Id userId, const QString& raw, Id postId = 0);
/// DELETE /user_notes/{noteId}?user_id={userId}.
ModerationAction deleteUserNote(Id userId, const QString& noteId);
} // namespace actions

} // namespace steward
