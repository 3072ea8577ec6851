// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Pure functions from Discourse JSON to Steward's domain types. They never fail: absent,
// null and unknown fields are tolerated, and what cannot be read keeps its default. What was
// present but could not be read (a field of the wrong form, a list element that is not an
// entity with an id) is noted in the thread's UnreadableScope (unreadable.h). Callers check
// ids (an entity with id 0 was not an entity). Lists keep only posts, topics, categories and
// reviewables with ids above 0 (Discourse's serial ids); users may be negative (system is -1).
#pragma once

#include "models/domain/category.h"
#include "models/domain/post.h"
#include "models/domain/reviewable.h"
#include "models/domain/staffaction.h"
#include "models/domain/topic.h"
#include "models/domain/user.h"
#include "models/domain/usernote.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace steward::parse {

Category category(const QJsonObject& o);
/// /site.json and /categories.json: every category, subcategories included.
QList<Category> categories(const QJsonObject& siteOrCategoryList);

/// Any user shape: basic (side-loaded), admin list item, admin detail, /u/{name} "user".
User user(const QJsonObject& o);
/// /admin/users/list/{flag}.json (a bare array).
QList<User> userList(const QJsonArray& array);

/// A topic list item or the top level of /t/{id}.json.
Topic topic(const QJsonObject& o);

struct TopicListPage
{
    QList<Topic> topics;
    QList<User> users;     ///< side-loaded posters, basic fields only
    QString moreTopicsUrl; ///< empty on the last page
    int perPage = 30;
};
TopicListPage topicList(const QJsonObject& o);

/// A post object from a topic, /posts.json, /posts/{id}.json or a post stream.
Post post(const QJsonObject& o);

struct TopicView
{
    Topic topic;
    QList<Post> posts; ///< the chunk the answer carries
    QList<Id> stream;  ///< every post id of the topic, in order; empty for a mega topic
    /// Discourse sends no stream for a topic of 10,000 posts or more (isMegaTopic,
    /// PostStreamSerializerMixin): its ids come from /t/{id}/post_ids.json instead.
    bool megaTopic = false;
};
/// /t/{id}.json. The accepted answer's post id is resolved from the posts when present.
TopicView topicView(const QJsonObject& o);
/// /t/{id}/posts.json: {"post_stream":{"posts":[...]}}.
QList<Post> postStream(const QJsonObject& o);
/// /posts.json: {"latest_posts":[...]}.
QList<Post> latestPosts(const QJsonObject& o);
/// Empty when body is JSON (or blank), else "invalid JSON at byte N: reason". Checks with
/// simdjson and asks Qt's parser for the position only when that fails.
QString jsonSyntaxError(const QByteArray& body);
/// The same as latestPosts() from the answer's bytes, several times faster (simdjson); nullopt when
/// the bytes are not JSON or hold no latest_posts array (not Discourse's answer).
std::optional<QList<Post>> latestPostsFromJson(const QByteArray& body);

struct ReviewPage
{
    QList<Reviewable> reviewables;
    QList<User> users;
    int totalRows = -1; ///< meta.total_rows_reviewables; -1 when absent
    QString loadMoreUrl;
};
/// /review.json, with the side-loaded scores, bundles and actions resolved into each item.
ReviewPage reviewList(const QJsonObject& o);

struct StaffActionPage
{
    QList<StaffAction> rows; ///< newest first, as served (rows without a time left out)
    int served = 0;          ///< rows the page held, readable or not
    int totalRows = -1;      ///< total_rows_staff_action_logs; -1 when absent
};
/// /admin/logs/staff_action_logs.json (Admin::StaffActionLogsController#index).
StaffActionPage staffActionLogs(const QJsonObject& o);
/// /review/{id}.json (root key "reviewable", same side-loading).
Reviewable reviewDetail(const QJsonObject& o);

/// One note of the user-notes plugin (UserNoteSerializer).
UserNote userNote(const QJsonObject& o);
/// GET /user_notes?user_id=: the notes on one user, newest first; notes without an id are left out.
QList<UserNote> userNotes(const QJsonObject& o);
/// POST /user_notes: the note created; nullopt when the answer holds none.
std::optional<UserNote> createdUserNote(const QJsonObject& o);

} // namespace steward::parse
