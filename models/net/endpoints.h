// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every Discourse GET Steward makes, one function each: its route (config/routes.rb and the
// controller named), its parameters, what the answer must hold, and what a refusal means. The
// sync, the outbox, the copy check and the connection test ask for data through these alone;
// docs/discourse-api.md (shared) says why each parameter is set as it is.
#pragma once

#include "models/domain/ids.h"
#include "models/net/apirequest.h"

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QUrlQuery>

class QJsonDocument;

namespace steward {

/// One GET: path (without .json), query, and its contract.
struct Endpoint
{
    /// What a 403, 404 or 410 means for this request.
    enum class Missing
    {
        FailsTheSync, ///< a listing the sync cannot do without: the key lacks a permission
        NotFetched,   ///< one named item: counted as not fetched, the caller gets nothing
        Absent,       ///< an id that may not exist (a hole in post ids): not an error at all
    };
    /// What a successful answer must hold to be Discourse's.
    enum class Shape
    {
        Any,         ///< checked by the caller (or not at all)
        Array,       ///< a top-level JSON array
        ObjectField, ///< an object with `field` holding an object
        ArrayField,  ///< an object with `field` holding an array
    };

    Endpoint(QString path_, QUrlQuery query_ = {}, Missing missing_ = Missing::FailsTheSync,
             Shape shape_ = Shape::Any, QLatin1StringView field_ = {})
        : path(std::move(path_))
        , query(std::move(query_))
        , missing(missing_)
        , shape(shape_)
        , field(field_)
    {
    }

    QString path;
    QUrlQuery query;
    Missing missing;
    Shape shape;
    QLatin1StringView field;
    UrlSuffix suffix = UrlSuffix::Json;

    /// The path as the server names it, for messages: "/latest.json".
    QString shown() const
    {
        return suffix == UrlSuffix::Json ? path + QStringLiteral(".json") : path;
    }
    /// Empty when the answer has the shape; else what is missing, for the message.
    QString shapeProblem(const QJsonDocument& answer) const;
};

namespace endpoints {

/// GET /site (SiteController#site): categories (unless lazy-loaded), groups, post action types.
Endpoint site();
/// GET /site/basic-info (SiteController#basic_info): title and logo; public.
Endpoint siteBasicInfo();
/// GET /about (AboutController#index): the site's own counts of topics, posts and users.
Endpoint about();
/// GET /categories?page= (CategoriesController#index): top-level categories a page at a time,
/// with their subcategories.
Endpoint categories(int page);
/// GET /admin/users/list/active (Admin::UsersController#index, staff only), 100 a page,
/// oldest first when ascending, newest first otherwise; emails never.
Endpoint activeUsers(int page, bool oldestFirst);
/// GET /admin/users/list/{suspended|silenced} (the same controller): who is penalised now.
Endpoint penalisedUsers(const QString& list, int page);
/// GET /admin/users/{id} (Admin::UsersController#show): one user in full; missing: not fetched.
Endpoint adminUser(Id id);
/// GET /user_notes?user_id= (the user-notes plugin's UserNotesController#index, staff only; no
/// ".json": the plugin's engine is mounted at /user_notes): the notes on a user, newest first,
/// under "user_notes". 404 when the plugin is off or missing, or the user does not exist.
Endpoint userNotes(Id userId);
/// GET /latest?order=created&ascending=true (ListController#latest, TopicQuery pages of 30):
/// every topic oldest first, or, by activity, the recently bumped ones first.
Endpoint latestByCreation(int page);
Endpoint latestByActivity(int page);
/// GET /posts?before= (PostsController#latest): the newest 50 posts below `before` (empty:
/// the newest), raw included, for the walk over every post.
Endpoint latestPosts(const QString& before);
/// GET /posts/{id} (PostsController#show): one post; absent ids are holes, not errors.
Endpoint post(Id id, Endpoint::Missing missing = Endpoint::Missing::Absent);
/// GET /t/{id}?page= (TopicsController#show) with raw and deleted posts: page 0 is the first
/// chunk and the whole post stream's ids.
Endpoint topic(Id id, int page = 0);
/// GET /t/-/{id}/{a number past the end}: the topic's last chunk, where a new reply lands.
Endpoint topicEnd(Id id);
/// GET /t/{id}/posts?post_ids[]= (TopicsController#posts): these posts of the topic.
Endpoint topicPosts(Id topicId, const QList<Id>& postIds);
/// GET /admin/logs/staff_action_logs (Admin::StaffActionLogsController#index, staff): the
/// staff action log, newest first, limit rows (at most 200) from page * limit. A key that may
/// not read it (a moderator's, on builds that restrict it) leaves it not fetched.
Endpoint staffActionLogs(int page, int limit);
/// GET /review (ReviewablesController#index) by creation, oldest first, every priority:
/// status "all" or "pending", from fromDate (ISO 8601) when given, at offset.
Endpoint reviewList(const QString& status, int offset, const QString& fromDate = {});
/// GET /review?status=&priority=low (ReviewablesController#index): the first page, whose
/// meta.total_rows_reviewables counts every item of that status.
Endpoint reviewTotal(bool pendingOnly);
/// GET /review/{id} (ReviewablesController#show): one item with its scores.
Endpoint reviewable(Id id);
/// GET /review/count (ReviewablesController#count): open only to staff.
Endpoint reviewCount();

} // namespace endpoints
} // namespace steward
