// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/store_queries.h"

#include "models/domain/reviewable.h"
#include "models/store/database.h"
#include "models/store/storelog.h"

#include <QSqlQuery>
#include <QVariant>

namespace steward::queries {

namespace {

/// The ids in the first column of every row.
template <typename Ids> StoreResult<Ids> ids(QSqlQuery& q)
{
    Ids out;
    while (q.next()) {
        if constexpr (std::is_same_v<Ids, QList<Id>>)
            out.append(q.value(0).toLongLong());
        else
            out.insert(q.value(0).toLongLong());
    }
    return out;
}

} // namespace

StoreResult<QList<Id>> topicsMissingPosts(const Database& db, Id afterId, int limit)
{
    QSqlQuery q(db.connection());
    if (!prepareOrLog(
            q, QStringLiteral(
                   "SELECT t.id FROM topics t WHERE t.id > ? AND t.deleted_at IS NULL AND "
                   "t.highest_post_number > "
                   "(SELECT COUNT(*) FROM posts p WHERE p.topic_id = t.id) ORDER BY t.id LIMIT ?")))
        return failedRead(q);
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (!execOrLog(q))
        return failedRead(q);
    return ids<QList<Id>>(q);
}

StoreResult<QList<Id>> topicsOnlyReferenced(const Database& db)
{
    QSqlQuery q(db.connection());
    if (!execOrLog(q,
                   QStringLiteral(
                       "SELECT DISTINCT p.topic_id FROM posts p WHERE p.topic_id IS NOT NULL AND "
                       "NOT EXISTS "
                       "(SELECT 1 FROM topics t WHERE t.id = p.topic_id) ORDER BY p.topic_id")))
        return failedRead(q);
    return ids<QList<Id>>(q);
}

StoreResult<QSet<Id>> postIdsOfTopic(const Database& db, Id topicId)
{
    QSqlQuery q(db.connection());
    if (!prepareOrLog(q, QStringLiteral("SELECT id FROM posts WHERE topic_id = ?")))
        return failedRead(q);
    q.addBindValue(topicId);
    if (!execOrLog(q))
        return failedRead(q);
    return ids<QSet<Id>>(q);
}

StoreResult<int> storedPostCount(const Database& db, Id topicId)
{
    QSqlQuery q(db.connection());
    if (!prepareOrLog(q, QStringLiteral("SELECT COUNT(*) FROM posts WHERE topic_id = ?")))
        return failedRead(q);
    q.addBindValue(topicId);
    if (!execOrLog(q) || !q.next())
        return failedRead(q);
    return q.value(0).toInt();
}

StoreResult<QList<Id>> penalisedUsers(const Database& db, qint64 nowMs)
{
    QSqlQuery q(db.connection());
    if (!prepareOrLog(
            q,
            QStringLiteral("SELECT id FROM users WHERE suspended_until > ? OR silenced_until > ?")))
        return failedRead(q);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    if (!execOrLog(q))
        return failedRead(q);
    return ids<QList<Id>>(q);
}

StoreResult<QSet<Id>> storedPostIds(const Database& db, Id from, Id to)
{
    QSqlQuery q(db.connection());
    if (!prepareOrLog(q, QStringLiteral("SELECT id FROM posts WHERE id BETWEEN ? AND ?")))
        return failedRead(q);
    q.addBindValue(from);
    q.addBindValue(to);
    if (!execOrLog(q))
        return failedRead(q);
    return ids<QSet<Id>>(q);
}

StoreResult<QHash<Id, int>> pendingReviewables(const Database& db)
{
    QSqlQuery q(db.connection());
    if (!execOrLog(q, QStringLiteral("SELECT id, version FROM reviewables WHERE status = 0")))
        return failedRead(q);
    QHash<Id, int> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return out;
}

StoreResult<QueueReferences> pendingReferences(const Database& db)
{
    QueueReferences out;
    QSqlQuery q(db.connection());
    // type: ReviewableType (0 flagged post, 2 user, 3 post); user targets are users.
    if (!execOrLog(q, QStringLiteral("SELECT type, target_id, topic_id, created_by_id, "
                                     "target_created_by_id FROM reviewables "
                                     "WHERE status = 0")))
        return failedRead(q);
    while (q.next()) {
        const Id target = q.value(1).toLongLong();
        (q.value(0).toInt() == int(ReviewableType::User) ? out.users : out.posts).insert(target);
        out.topics.insert(q.value(2).toLongLong());
        out.users.insert(q.value(3).toLongLong());
        out.users.insert(q.value(4).toLongLong());
    }
    if (!execOrLog(q, QStringLiteral("SELECT s.user_id FROM reviewable_scores s JOIN reviewables r "
                                     "ON r.id = s.reviewable_id "
                                     "WHERE r.status = 0")))
        return failedRead(q);
    while (q.next())
        out.users.insert(q.value(0).toLongLong());
    for (QSet<Id>* set : {&out.posts, &out.topics, &out.users})
        set->remove(0);
    return out;
}

StoreResult<Id> topicOfPost(const Database& db, Id postId)
{
    QSqlQuery q(db.connection());
    if (!prepareOrLog(q, QStringLiteral("SELECT topic_id FROM posts WHERE id = ?")))
        return failedRead(q);
    q.bindValue(0, postId);
    if (!execOrLog(q))
        return failedRead(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

StoreResult<QSet<Id>> authorsOfPosts(const Database& db, const QSet<Id>& postIds)
{
    QSet<Id> out;
    QSqlQuery q(db.connection());
    if (!prepareOrLog(
            q, QStringLiteral("SELECT user_id FROM posts WHERE id = ? AND user_id IS NOT NULL")))
        return failedRead(q);
    for (Id id : postIds) {
        q.bindValue(0, id);
        if (!execOrLog(q))
            return failedRead(q);
        if (q.next())
            out.insert(q.value(0).toLongLong());
    }
    return out;
}

StoreResult<QHash<Id, int>> reviewableVersions(const Database& db, const QList<Id>& ids)
{
    QHash<Id, int> out;
    QSqlQuery q(db.connection());
    if (!prepareOrLog(q, QStringLiteral("SELECT version FROM reviewables WHERE id = ?")))
        return failedRead(q);
    for (Id id : ids) {
        q.bindValue(0, id);
        if (!execOrLog(q))
            return failedRead(q);
        if (q.next())
            out.insert(id, q.value(0).toInt());
    }
    return out;
}

StoreResult<qint64> maxOf(const Database& db, const char* table, const char* column)
{
    QSqlQuery q(db.connection());
    const QString sql = QStringLiteral("SELECT MAX(%1) FROM %2")
                            .arg(QLatin1StringView(column), QLatin1StringView(table));
    if (!execOrLog(q, sql) || !q.next())
        return failedRead(q);
    return q.value(0).toLongLong(); // NULL (an empty table) reads as 0
}

StoreResult<qint64> rowCount(const Database& db, const char* table)
{
    QSqlQuery q(db.connection());
    if (!execOrLog(q, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1StringView(table))) ||
        !q.next())
        return failedRead(q);
    return q.value(0).toLongLong();
}

} // namespace steward::queries
