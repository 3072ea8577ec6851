// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Steward's Data Explorer queries for the bulk first sync (docs/sync.md "The bulk path") and
// what their rows become. The SQL runs on Discourse's own database (PostgreSQL) and on the
// sandbox's SQLite mirror alike, so it keeps to what both accept: no string_agg or
// group_concat, no ::casts, no FILTER, booleans read as true/false or 1/0. No column ends in
// user_id, post_id, topic_id or category_id: the plugin would load every record such a
// column names into the answer's "relations" (docs/data-explorer.md §3).
#pragma once

#include "models/domain/post.h"
#include "models/domain/reviewable.h"
#include "models/domain/topic.h"
#include "models/domain/user.h"
#include "models/net/dataexplorer.h"

#include <QHash>
#include <QList>

namespace steward::bulk {

/// Rows a run asks for: the plugin's QUERY_RESULT_MAX_LIMIT.
inline constexpr int kRunLimit = 10'000;
/// Above any serial id, and exact in JSON (2^53 - 1): where a downward walk starts.
inline constexpr Id kNoBound = 9'007'199'254'740'991;

/// Every query, with the names DataExplorer::prepare() files them under.
QList<ExplorerQuery> queries();

// Query names. Paged by key: users, reviewables, scores and tags upwards with "after", posts
// and topics downwards with "before" (newest first, so the last days arrive first).
inline constexpr QLatin1StringView kCounts{"steward: bulk counts"};
inline constexpr QLatin1StringView kUsers{"steward: bulk users"};
inline constexpr QLatin1StringView kTopics{"steward: bulk topics"};
inline constexpr QLatin1StringView kPosts{"steward: bulk posts"};
/// Posts carried by one row of kPosts (bulkqueries.cpp, packedPostsSql): 20,000 posts a run.
inline constexpr int kPostSlots = 2;

/// The same rows for a list of ids ("ids"): what the review queue names, first.
inline constexpr QLatin1StringView kUsersByIds{"steward: bulk users by id"};
inline constexpr QLatin1StringView kTopicsByIds{"steward: bulk topics by id"};
inline constexpr QLatin1StringView kPostsByIds{"steward: bulk posts by id"};
/// The tags of topics by id ("ids"), for topics with more than kTagColumns.
inline constexpr QLatin1StringView kTags{"steward: bulk tags of topics"};
/// Tags a topic row carries (Discourse's max_tags_per_topic is 5 by default); a topic with
/// more is read again with kTags. Folded into the topics query, tags cost no runs of their own.
inline constexpr int kTagColumns = 5;
inline constexpr QLatin1StringView kReviewables{"steward: bulk reviewables"};
inline constexpr QLatin1StringView kScores{"steward: bulk reviewable scores"};
/// discourse-solved has kept accepted answers in discourse_solved_topic_answers since 2026-04
/// (several a topic), in discourse_solved_solved_topics from 2025-03 (one a topic), and in
/// topic_custom_fields before (docs/data-explorer.md §5). Each query's rows are (key, topic,
/// answer), paged by key; a site without the plugin has none (every one fails: no answers).
inline constexpr QLatin1StringView kSolvedAnswers{
    "steward: bulk accepted answers (several a topic)"};
inline constexpr QLatin1StringView kSolved{"steward: bulk accepted answers"};
inline constexpr QLatin1StringView kSolvedLegacy{"steward: bulk accepted answers (custom fields)"};
/// The answer queries, newest storage first.
inline constexpr QLatin1StringView kSolvedEras[]{kSolvedAnswers, kSolved, kSolvedLegacy};

/// What the counts query says; totals for progress. -1 when a column was not a number.
struct Counts
{
    qint64 users = -1, topics = -1, posts = -1, reviewables = -1, scores = -1;
    Id topPost = 0, topTopic = 0;
};

/// One page of a run as objects keyed by column name; rows of the wrong width are dropped and
/// counted in *malformed.
QList<QJsonObject> objects(const ExplorerPage& page, int* malformed);

/// The posts in rows of kPosts, as objects keyed like kPostsByIds rows; each row's "anchor"
/// (the bucket's highest stored post id) pages the walk.
QList<QJsonObject> unpackPosts(const QList<QJsonObject>& rows);

Counts counts(const QJsonObject& row);
User user(const QJsonObject& row);
/// A topic with the tags its row carries; acceptedAnswer is the site's answer for it (0 when none).
Topic topic(const QJsonObject& row, Id acceptedAnswer);
/// Whether the topic has more tags than its row carries.
bool hasMoreTags(const QJsonObject& row);
Post post(const QJsonObject& row, bool acceptedAnswer);
/// A reviewable with no scores; scores() gives them.
Reviewable reviewable(const QJsonObject& row);
/// The score and the reviewable it belongs to.
std::pair<Id, ReviewableScore> score(const QJsonObject& row);
/// (topic id, tag name)
std::pair<Id, QString> tag(const QJsonObject& row);
/// (topic id, answer post id); either 0 when the row holds no answer.
std::pair<Id, Id> solved(const QJsonObject& row);

} // namespace steward::bulk
