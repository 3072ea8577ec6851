// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analytics/dataset.h"

#include "models/domain/post.h"
#include "models/store/database.h"
#include "models/store/sqlitestatement.h"

#include <QDateTime>

#include <algorithm>

namespace steward::analytics {

const UserFact* Dataset::user(Id id) const
{
    const auto it = userIndex.constFind(id);
    return it == userIndex.cend() ? nullptr : &users[std::size_t(*it)];
}

const CategoryFact* Dataset::category(Id id) const
{
    const auto it = categoryIndex.constFind(id);
    return it == categoryIndex.cend() ? nullptr : &categories[std::size_t(*it)];
}

const TopicFact* Dataset::topic(Id id) const
{
    const auto it = topicIndex.constFind(id);
    return it == topicIndex.cend() ? nullptr : &topics[std::size_t(*it)];
}

bool Dataset::isStaff(Id userId) const
{
    const UserFact* u = user(userId);
    return u && u->staff;
}

QList<Id> Dataset::withSubcategories(Id categoryId) const
{
    QList<Id> ids{categoryId};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        for (const CategoryFact& c : categories) {
            if (c.parentId == ids[i] && !ids.contains(c.id))
                ids.append(c.id);
        }
    }
    return ids;
}

namespace {

bool each(const Database& db, const char* sql, QString* error, const auto& row)
{
    SqliteStatement q;
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
             [&](const SqliteStatement& q) {
                 d.categoryIndex.insert(q.int64(0), int(d.categories.size()));
                 d.categories.push_back({q.int64(0), q.int64(1), q.text(2), q.int64(3) != 0});
             })
        && each(db, "SELECT id, COALESCE(created_at, 0), admin OR moderator, username FROM users", error,
                [&](const SqliteStatement& q) {
                    d.userIndex.insert(q.int64(0), int(d.users.size()));
                    d.users.push_back({q.int64(0), q.int64(1), q.int64(2) != 0, q.text(3)});
                })
        && each(db,
                "SELECT id, COALESCE(category_id, 0), COALESCE(user_id, 0), COALESCE(created_at, 0), "
                "archetype = 'regular' AND deleted_at IS NULL, closed, COALESCE(accepted_answer_post_id, 0), "
                "title, COALESCE(slug, '') FROM topics",
                error,
                [&](const SqliteStatement& q) {
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
    if (SqliteStatement count; count.prepare(db.connection(), "SELECT count(*) FROM posts", error) && count.next(error))
        d.posts.reserve(std::size_t(count.int64(0)));
    Id lastTopic = -1;
    int lastIndex = -1;
    const bool postsOk = each(
        db,
        "SELECT topic_id, COALESCE(created_at, 0), COALESCE(user_id, 0), post_type, deleted_at IS NOT NULL, "
        "like_count, accepted_answer, id, post_number = 1 FROM posts INDEXED BY posts_analytics",
        error, [&](const SqliteStatement& q) {
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
             "SELECT id, type, status, COALESCE(created_at, 0), COALESCE(reviewed_at, 0), COALESCE(reviewed_by_id, 0), "
             "COALESCE(category_id, 0), COALESCE(topic_id, 0) FROM reviewables ORDER BY id",
             error,
             [&](const SqliteStatement& q) {
                 d.reviews.push_back({q.int64(0), int(q.int64(1)), int(q.int64(2)), q.int64(3), q.int64(4),
                                      q.int64(5), q.int64(6), q.int64(7)});
             })
        && each(db,
                "SELECT s.reviewable_id, s.score_type_id, COALESCE(s.score_type_key, ''), s.status, "
                "COALESCE(s.created_at, r.created_at, 0), COALESCE(s.reviewed_at, 0) "
                "FROM reviewable_scores s JOIN reviewables r ON r.id = s.reviewable_id ORDER BY s.reviewable_id",
                error,
                [&](const SqliteStatement& q) {
                    const Id reviewId = q.int64(0);
                    const auto it = std::lower_bound(d.reviews.begin(), d.reviews.end(), reviewId,
                                                     [](const ReviewFact& r, Id id) { return r.id < id; });
                    const int review = it != d.reviews.end() && it->id == reviewId ? int(it - d.reviews.begin()) : -1;
                    d.flags.push_back({review, int(q.int64(1)), q.text(2), int(q.int64(3)), q.int64(4), q.int64(5)});
                })
        && each(db, "SELECT at, actor, action, result FROM audit_log ORDER BY at", error,
                [&](const SqliteStatement& q) {
                    d.audit.push_back({q.int64(0), q.text(1), q.text(2), q.text(3) == u"done"});
                });
    if (!reviewOk)
        return false;
    deriveTopicFacts(d);
    *out = std::move(d);
    return true;
}

void deriveTopicFacts(Dataset& data)
{
    for (TopicFact& t : data.topics) {
        t.repliedByOther = false;
        t.firstResponseAt.fill(0);
        t.firstResponderId.fill(0);
        t.closedAt = 0;
        t.acceptedAt = 0;
    }
    // The accepted answer: the topic's own field, else the post marked accepted.
    for (PostFact& p : data.posts) {
        p.user = data.userIndex.value(p.userId, -1);
        if (p.topic >= 0 && p.accepted && !p.deleted && data.topics[std::size_t(p.topic)].acceptedPostId == 0)
            data.topics[std::size_t(p.topic)].acceptedPostId = p.id;
    }
    const auto earlier = [](qint64& at, Id& who, qint64 when, Id user) {
        if (at == 0 || when < at) {
            at = when;
            who = user;
        }
    };
    for (const PostFact& p : data.posts) {
        if (p.topic < 0)
            continue;
        TopicFact& t = data.topics[std::size_t(p.topic)];
        const auto type = PostType(p.type);
        if (p.id == t.acceptedPostId && !p.deleted)
            t.acceptedAt = p.createdAt;
        if (type == PostType::SmallAction && t.closed && !p.deleted)
            t.closedAt = std::max(t.closedAt, p.createdAt);
        if (p.first || p.deleted || p.userId == t.userId || p.createdAt <= t.createdAt) {
            if (!p.first && !p.deleted && p.userId != t.userId && type == PostType::Regular)
                t.repliedByOther = true; // a reply stamped no later than the topic still answers it
            continue;
        }
        if (type == PostType::Regular) {
            t.repliedByOther = true;
            earlier(t.firstResponseAt[0], t.firstResponderId[0], p.createdAt, p.userId);
            if (p.user >= 0 && data.users[std::size_t(p.user)].staff)
                earlier(t.firstResponseAt[1], t.firstResponderId[1], p.createdAt, p.userId);
        }
        if (type == PostType::Regular || type == PostType::Whisper)
            earlier(t.firstResponseAt[2], t.firstResponderId[2], p.createdAt, p.userId);
    }
}

} // namespace steward::analytics
