// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the analytics dataset from the store.
#include "models/analytics/dataset.h"
#include "models/store/database.h"
#include "models/store/statement.h"

#include <QDateTime>

#include <algorithm>

namespace steward::analytics {

namespace {

bool each(const Database& db, const char* sql, QString* error, const auto& row)
{
    Statement q;
    if (!q.prepare(db.connection(), sql, error))
        return false;
    QString stepError;
    while (q.next(&stepError))
        row(q);
    if (!stepError.isEmpty()) {
        if (error)
            *error = stepError;
        return false;
    }
    return true;
}

} // namespace

bool loadDataset(const Database& db, Dataset* out, QString* error)
{
    Dataset d;
    d.loadedAt = QDateTime::currentMSecsSinceEpoch();
    const bool ok =
        each(db, "SELECT id, COALESCE(parent_id, 0), name, accepted_answers FROM categories", error,
             [&](const Statement& q) {
                 d.categoryIndex.insert(q.int64(0), int(d.categories.size()));
                 d.categories.push_back({q.int64(0), q.int64(1), q.text(2), q.int64(3) != 0});
             }) &&
        each(db,
             "SELECT id, COALESCE(created_at, 0), CASE WHEN admin <> 0 OR moderator <> 0 THEN 1 "
             "ELSE 0 END, username FROM users",
             error,
             [&](const Statement& q) {
                 d.userIndex.insert(q.int64(0), int(d.users.size()));
                 d.users.push_back({q.int64(0), q.int64(1), q.int64(2) != 0, q.text(3)});
             }) &&
        each(db,
             "SELECT id, COALESCE(category_id, 0), COALESCE(user_id, 0), COALESCE(created_at, 0), "
             "archetype = 'regular' AND deleted_at IS NULL, closed, "
             "COALESCE(accepted_answer_post_id, 0), "
             "title, COALESCE(slug, '') FROM topics",
             error, [&](const Statement& q) {
                 TopicFact t;
                 t.id = q.int64(0);
                 t.categoryId = q.int64(1);
                 t.userId = q.int64(2);
                 t.createdAt = q.int64(3);
                 t.counted = q.int64(4) != 0;
                 t.closed = q.int64(5) != 0;
                 t.acceptedPostId = q.int64(6);
                 t.title = q.text(7);
                 t.slug = q.text(8);
                 d.topicIndex.insert(t.id, int(d.topics.size()));
                 d.topics.push_back(std::move(t));
             });
    if (!ok)
        return false;

    // Posts are the bulk: read through the covering index posts_analytics, topic by topic.
    if (Statement count;
        count.prepare(db.connection(), "SELECT count(*) FROM posts", error) && count.next(error))
        d.posts.reserve(std::size_t(count.int64(0)));
    Id lastTopic = -1;
    int lastIndex = -1;
    // In the index's order, topic by topic and by post number, on either database.
    const char* postsSql =
        db.backend() == Database::Backend::PostgreSQL
            ? "SELECT topic_id, COALESCE(created_at, 0), COALESCE(user_id, 0), post_type, "
              "deleted_at IS NOT NULL, like_count, accepted_answer, id, post_number = 1 FROM posts "
              "ORDER BY topic_id, post_number"
            : "SELECT topic_id, COALESCE(created_at, 0), COALESCE(user_id, 0), post_type, "
              "deleted_at IS NOT NULL, like_count, accepted_answer, id, post_number = 1 FROM posts "
              "INDEXED BY posts_analytics";
    const bool postsOk = each(db, postsSql, error, [&](const Statement& q) {
        const Id topicId = q.int64(0);
        if (topicId != lastTopic) {
            lastTopic = topicId;
            lastIndex = d.topicIndex.value(topicId, -1);
        }
        PostFact p;
        p.topic = lastIndex;
        p.createdAt = q.int64(1);
        p.userId = q.int64(2);
        p.type = quint8(q.int64(3));
        p.deleted = q.int64(4) != 0;
        p.likeCount = int(q.int64(5));
        p.accepted = q.int64(6) != 0;
        p.id = q.int64(7);
        p.first = q.int64(8) != 0;
        d.posts.push_back(p);
    });
    if (!postsOk)
        return false;

    const bool reviewOk =
        each(db,
             "SELECT id, type, status, COALESCE(created_at, 0), COALESCE(reviewed_at, 0), "
             "COALESCE(reviewed_by_id, 0), "
             "COALESCE(category_id, 0), COALESCE(topic_id, 0) FROM reviewables ORDER BY id",
             error,
             [&](const Statement& q) {
                 d.reviews.push_back({q.int64(0), int(q.int64(1)), int(q.int64(2)), q.int64(3),
                                      q.int64(4), q.int64(5), q.int64(6), q.int64(7)});
             }) &&
        each(db,
             "SELECT s.reviewable_id, s.score_type_id, COALESCE(s.score_type_key, ''), s.status, "
             "COALESCE(s.created_at, r.created_at, 0), COALESCE(s.reviewed_at, 0) "
             "FROM reviewable_scores s JOIN reviewables r ON r.id = s.reviewable_id ORDER BY "
             "s.reviewable_id",
             error,
             [&](const Statement& q) {
                 const Id reviewId = q.int64(0);
                 const auto it =
                     std::lower_bound(d.reviews.begin(), d.reviews.end(), reviewId,
                                      [](const ReviewFact& r, Id id) { return r.id < id; });
                 const int review =
                     it != d.reviews.end() && it->id == reviewId ? int(it - d.reviews.begin()) : -1;
                 d.flags.push_back(
                     {review, int(q.int64(1)), q.text(2), int(q.int64(3)), q.int64(4), q.int64(5)});
             }) &&
        each(db, "SELECT at, actor, action, result FROM audit_log ORDER BY at", error,
             [&](const Statement& q) {
                 d.audit.push_back({q.int64(0), q.text(1), q.text(2), q.text(3) == u"done"});
             });
    if (!reviewOk)
        return false;
    finishDataset(d);
    *out = std::move(d);
    return true;
}

} // namespace steward::analytics
