// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/copycounts.h"

#include "models/store/database.h"
#include "models/store/storelog.h"

#include <QSqlQuery>

namespace steward::copycounts {

namespace {

qint64 single(const Database& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    return execOrLog(q) && q.next() ? q.value(0).toLongLong() : -1;
}

const QString kCountedTopic = QStringLiteral(
    "t.visible = 1 AND t.deleted_at IS NULL AND t.archetype = 'regular' "
    "AND NOT EXISTS (SELECT 1 FROM categories d WHERE d.definition_topic_id = t.id)");

} // namespace

qint64 listableTopics(const Database& db)
{
    return single(
        db, QStringLiteral(
                "SELECT COUNT(*) FROM topics WHERE archetype = 'regular' AND deleted_at IS NULL"));
}

qint64 undeletedPosts(const Database& db)
{
    return single(db, QStringLiteral("SELECT COUNT(*) FROM posts WHERE deleted_at IS NULL"));
}

qint64 validUsers(const Database& db, const QDateTime& at)
{
    const qint64 ms = at.toMSecsSinceEpoch();
    return single(db,
                  QStringLiteral("SELECT COUNT(*) FROM users WHERE id > 0 AND active = 1 "
                                 "AND (suspended_until IS NULL OR suspended_until <= ?) "
                                 "AND (silenced_until IS NULL OR silenced_until <= ?)"),
                  {ms, ms});
}

qint64 realUsers(const Database& db)
{
    return single(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE id > 0"));
}

QHash<Id, CategoryCounts> categoryCounts(const Database& db)
{
    QHash<Id, CategoryCounts> out;
    QSqlQuery q(db.connection());
    if (execOrLog(q, QStringLiteral("SELECT t.category_id, COUNT(*) FROM topics t WHERE ") +
                         kCountedTopic + QStringLiteral(" GROUP BY t.category_id")))
        while (q.next())
            out[q.value(0).toLongLong()].topics = q.value(1).toLongLong();
    if (execOrLog(q,
                  QStringLiteral("SELECT t.category_id, COUNT(*) FROM posts p JOIN topics t ON "
                                 "t.id = p.topic_id WHERE ") +
                      kCountedTopic +
                      QStringLiteral(
                          " AND p.deleted_at IS NULL AND p.post_type <> 4 GROUP BY t.category_id")))
        while (q.next())
            out[q.value(0).toLongLong()].posts = q.value(1).toLongLong();
    return out;
}

qint64 reviewables(const Database& db, bool pendingOnly)
{
    return single(db, pendingOnly
                          ? QStringLiteral("SELECT COUNT(*) FROM reviewables WHERE status = 0")
                          : QStringLiteral("SELECT COUNT(*) FROM reviewables"));
}

} // namespace steward::copycounts
