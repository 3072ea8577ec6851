// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/threadqueries.h"

#include "models/store/database.h"
#include "models/store/statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace steward::thread {

namespace {

QDateTime time(const Statement& q, int column)
{
    return q.utf8(column) ? QDateTime::fromMSecsSinceEpoch(q.int64(column), QTimeZone::UTC)
                          : QDateTime();
}

} // namespace

std::optional<Header> header(const Database& db, Id topicId)
{
    Statement q;
    if (!q.prepare(
            db.connection(),
            "SELECT t.id, t.title, COALESCE(t.slug, ''), COALESCE(t.category_id, 0), "
            "COALESCE(c.name, ''), "
            "COALESCE(c.accepted_answers, 0), t.tags, t.closed, t.archived, t.visible, t.pinned, "
            "COALESCE(NULLIF(t.accepted_answer_post_id, 0), (SELECT p.id FROM posts p WHERE "
            "p.topic_id = t.id "
            "AND p.accepted_answer <> 0 AND p.deleted_at IS NULL ORDER BY p.post_number LIMIT 1), "
            "0), "
            "(SELECT count(*) FROM posts p WHERE p.topic_id = t.id), t.highest_post_number "
            "FROM topics t LEFT JOIN categories c ON c.id = t.category_id WHERE t.id = ?",
            nullptr))
        return std::nullopt;
    q.bind(1, topicId);
    QString error;
    if (!q.next(&error))
        return std::nullopt;
    Header h;
    h.id = q.int64(0);
    h.title = q.text(1);
    h.slug = q.text(2);
    h.categoryId = q.int64(3);
    h.categoryName = q.text(4);
    h.categorySolutions = q.int64(5) != 0;
    for (const QJsonValue& tag : QJsonDocument::fromJson(q.text(6).toUtf8()).array())
        h.tags.append(tag.isObject() ? tag.toObject().value(QStringLiteral("name")).toString()
                                     : tag.toString());
    h.closed = q.int64(7) != 0;
    h.archived = q.int64(8) != 0;
    h.visible = q.int64(9) != 0;
    h.pinned = q.int64(10) != 0;
    h.acceptedPostId = q.int64(11);
    h.storedPosts = int(q.int64(12));
    h.highestPostNumber = int(q.int64(13));
    return h;
}

QList<ThreadPost> posts(const Database& db, Id topicId, int afterNumber, int limit)
{
    QList<ThreadPost> out;
    Statement q;
    if (!q.prepare(
            db.connection(),
            "SELECT p.id, p.post_number, p.post_type, COALESCE(p.user_id, 0), COALESCE(u.username, "
            "p.username, ''), "
            "p.created_at, p.updated_at, p.deleted_at, COALESCE(p.reply_to_post_number, 0), "
            "p.reply_count, p.like_count, "
            "p.version, p.hidden, p.accepted_answer, p.raw, p.cooked, COALESCE(u.name, ''), "
            "COALESCE(u.admin, 0), "
            "COALESCE(u.moderator, 0), COALESCE(u.trust_level, 0), COALESCE(u.likes_received, 0), "
            "(SELECT count(*) FROM reviewables r WHERE r.target_id = p.id AND r.status = 0 "
            "AND r.type_name = 'ReviewableFlaggedPost') "
            "FROM posts p LEFT JOIN users u ON u.id = p.user_id "
            "WHERE p.topic_id = ? AND p.post_number > ? ORDER BY p.post_number LIMIT ?",
            nullptr))
        return out;
    q.bind(1, topicId);
    q.bind(2, afterNumber);
    q.bind(3, limit);
    QString error;
    while (q.next(&error)) {
        ThreadPost t;
        Post& p = t.post;
        p.id = q.int64(0);
        p.topicId = topicId;
        p.postNumber = int(q.int64(1));
        p.type = postTypeFromInt(int(q.int64(2))).value_or(PostType::Regular);
        p.userId = q.int64(3);
        p.username = q.text(4);
        p.createdAt = time(q, 5);
        p.updatedAt = time(q, 6);
        p.deletedAt = time(q, 7);
        p.replyToPostNumber = int(q.int64(8));
        p.replyCount = int(q.int64(9));
        p.likeCount = int(q.int64(10));
        p.version = int(q.int64(11));
        p.hidden = q.int64(12) != 0;
        p.acceptedAnswer = q.int64(13) != 0;
        p.raw = q.text(14);
        p.cooked = q.text(15);
        t.author = {p.userId,         p.username,       q.text(16),      q.int64(17) != 0,
                    q.int64(18) != 0, int(q.int64(19)), int(q.int64(20))};
        t.pendingFlags = int(q.int64(21));
        out.append(t);
    }
    return out;
}

QHash<Id, ActionKind> openPostOperations(const Database& db, Id topicId)
{
    QHash<Id, ActionKind> out;
    Statement q;
    if (!q.prepare(db.connection(),
                   "SELECT o.target_id, o.kind FROM outbox o JOIN posts p ON p.id = o.target_id "
                   "WHERE (o.kind LIKE 'post.%' OR o.kind LIKE 'solution.%') AND p.topic_id = ? "
                   "AND o.state IN ('pending', 'sending') ORDER BY o.id",
                   nullptr))
        return out;
    q.bind(1, topicId);
    QString error;
    while (q.next(&error))
        if (const std::optional<ActionKind> kind = actionKindFromName(q.text(1)))
            out.insert(q.int64(0), *kind);
    return out;
}

int topContributorLikes(const Database& db)
{
    Statement count;
    QString error;
    if (!count.prepare(db.connection(), "SELECT count(*) FROM users WHERE likes_received > 0",
                       nullptr) ||
        !count.next(&error))
        return 0;
    const qint64 n = count.int64(0);
    if (n == 0)
        return 0;
    Statement q;
    if (!q.prepare(db.connection(),
                   "SELECT likes_received FROM users WHERE likes_received > 0 "
                   "ORDER BY likes_received DESC LIMIT 1 OFFSET ?",
                   nullptr))
        return 0;
    q.bind(1, std::max<qint64>(0, n / 100 - 1));
    if (!q.next(&error))
        return 0;
    return std::max(1, int(q.int64(0)));
}

} // namespace steward::thread
