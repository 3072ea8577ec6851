// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// JSON in the shapes of Discourse's serializers (discourse-api.md; the OpenAPI schemas in
// shared/fixtures). Every function is pure: the same community gives the same bytes.
#pragma once

#include "models/sandbox/community.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace steward::sandbox {
class JsonWriter;
}
namespace steward::sandbox::json {

QJsonValue time(const QDateTime& dateTime); ///< ISO 8601 with ms in UTC, or null
QJsonValue time(qint64 secondsSinceEpoch);  ///< 0 gives null
QJsonValue nullable(const QString& text);   ///< empty gives null
QJsonValue nullableId(Id id);               ///< 0 gives null

/// Only the listed keys of object, in the order Qt keeps them (sorted).
QJsonObject pick(const QJsonObject& object, std::initializer_list<const char*> keys);

// Values that the writers below and the Data Explorer mirror (explorermirror.cpp) both
// serve, so that the two agree by construction.
/// posts.updated_at: the deletion time of a deleted post, else its creation time.
qint64 postUpdatedAt(const PostRecord& post);
/// topics.last_post_user_id: the newest undeleted regular post's author, else the topic's.
const SandboxUser* lastPoster(const SandboxCommunity& community, const TopicRecord& topic);
/// user_stats.likes_given (the admin user page's like_given_count).
int likesGiven(const User& user);
/// reviewable_scores.id of the index-th score of a reviewable.
Id reviewableScoreId(const Reviewable& item, qsizetype index);
/// reviewables.target_id: the flagged post or user, a queued post's created post; 0 if none.
Id reviewableTargetId(const SandboxCommunity& community, const ReviewRecord& record);
/// reviewables.payload: queued posts' {raw, title}, users' {username, name, email}; else empty.
QJsonObject reviewablePayload(const SandboxCommunity& community, const ReviewRecord& record);

QJsonObject basicUser(const SandboxUser& member);
/// Every field Discourse sends for a category; site.json and categories.json pick from it.
QJsonObject category(const SandboxCommunity& community, const Category& category);
QJsonObject categoryList(const SandboxCommunity& community);
QJsonObject site(const SandboxCommunity& community);
QJsonObject basicInfo(const SandboxCommunity& community);
QJsonObject about(const SandboxCommunity& community);
/// /about.json's stats at a time, with the definitions of Discourse's Stat.api_stats.
QJsonObject aboutStats(const SandboxCommunity& community, const QDateTime& at);

enum class PostView
{
    TopicStream,
    Latest,
    Single
};
/// Writes a post as the acting staff member sees it; the hot path of the server.
void writePost(JsonWriter& writer, const SandboxCommunity& community, const PostRecord& post,
               PostView view, bool includeRaw);
/// A post as the acting staff member sees it. includeRaw adds the Markdown.
QJsonObject post(const SandboxCommunity& community, const PostRecord& post, PostView view,
                 bool includeRaw);

QJsonObject topicListItem(const SandboxCommunity& community, const TopicRecord& topic);
/// The body of GET /t/{id}.json: stream holds the indexes (into SandboxCommunity::posts) of
/// the posts the acting user is shown, in order; the chunk is count of them from firstIndex.
QByteArray topic(const SandboxCommunity& community, const TopicRecord& topic,
                 const std::vector<int>& stream, int firstIndex, int count, bool includeRaw);

QJsonObject publicUser(const SandboxCommunity& community, const SandboxUser& member);
QJsonObject adminUser(const SandboxCommunity& community, const SandboxUser& member);
QJsonObject adminUserListItem(const SandboxUser& member);

/// The reviewable's type-specific and common fields plus the ids of side-loaded objects.
QJsonObject reviewable(const SandboxCommunity& community, const ReviewRecord& record);
/// The side-loaded list response of GET /review.json for these records.
QJsonObject reviewList(const SandboxCommunity& community, const QList<const ReviewRecord*>& records,
                       int totalRows, const QString& loadMore, int pendingCount);
QJsonObject reviewDetail(const SandboxCommunity& community, const ReviewRecord& record);

/// A Data Explorer query as QuerySerializer writes it; details adds QueryDetailsSerializer's
/// sql, param_info, created_at and hidden (mutations_explorer.cpp).
QJsonObject explorerQuery(const SandboxCommunity& community, const ExplorerQueryRecord& query,
                          bool details);

} // namespace steward::sandbox::json
