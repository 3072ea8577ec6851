// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/topicqueries.h"

#include "models/store/database.h"
#include "models/store/sqldialect.h"
#include "models/store/statement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <variant>

namespace steward::topics {

namespace {

using Value = std::variant<qint64, QString>;

} // namespace

QSet<Id> topicsOf(const Database& db, const QSet<Id>& postIds, const QSet<Id>& reviewableIds)
{
    QSet<Id> out;
    const auto collect = [&](const char* table, const QSet<Id>& ids) {
        if (ids.isEmpty())
            return;
        const QByteArray sql =
            QStringLiteral(
                "SELECT DISTINCT topic_id FROM %1 WHERE topic_id IS NOT NULL AND id IN (%2)")
                .arg(QLatin1StringView(table), sqlIdList(ids))
                .toUtf8();
        Statement q;
        QString error;
        if (!q.prepare(db.connection(), sql.constData(), &error))
            return;
        while (q.next(&error))
            out.insert(q.int64(0));
    };
    collect("posts", postIds);
    collect("reviewables", reviewableIds);
    return out;
}

namespace {

const char* viewCondition(View view)
{
    switch (view) {
    case View::Latest:
        return nullptr;
    case View::Unanswered:
        return "NOT EXISTS (SELECT 1 FROM posts p WHERE p.topic_id = t.id AND p.post_number > 1 "
               "AND p.post_type = 1 "
               "AND p.deleted_at IS NULL AND p.user_id IS DISTINCT FROM t.user_id)";
    case View::Unsolved:
        return "t.closed = 0 AND t.accepted_answer_post_id IS NULL "
               "AND t.category_id IN (SELECT id FROM categories WHERE accepted_answers <> 0)";
    case View::Stale:
        return "t.closed = 0 AND t.archived = 0 AND COALESCE(t.last_posted_at, t.bumped_at, "
               "t.created_at) < ?";
    case View::Flagged:
        return "t.id IN (SELECT topic_id FROM reviewables WHERE status = 0 AND topic_id IS NOT "
               "NULL)";
    case View::Closed:
        return "t.closed = 1";
    case View::Archived:
        return "t.archived = 1";
    }
    return nullptr;
}

QString sortColumn(Sort sort, Database::Backend backend)
{
    switch (sort) {
    case Sort::Activity:
        return QStringLiteral("COALESCE(t.last_posted_at, t.bumped_at, t.created_at)");
    case Sort::Created:
        return QStringLiteral("t.created_at");
    case Sort::Replies:
        return QStringLiteral("t.posts_count");
    case Sort::Views:
        return QStringLiteral("t.views");
    case Sort::Likes:
        return QStringLiteral("t.like_count");
    case Sort::Title:
        return sqldialect::caseless(backend, "t.title");
    }
    return QStringLiteral("t.id");
}

} // namespace

QList<Id> ids(const Database& db, const Filter& filter, QString* error)
{
    QString sql = QStringLiteral(
        "SELECT t.id FROM topics t WHERE t.archetype = 'regular' AND t.deleted_at IS NULL");
    std::vector<Value> values;
    if (filter.categoryId != 0)
        sql += QStringLiteral(" AND t.category_id IN (%1)")
                   .arg(sqlIdList(withSubcategories(categoryTree(db), filter.categoryId)));
    if (const char* condition = viewCondition(filter.view)) {
        sql += QStringLiteral(" AND ") + QString::fromLatin1(condition);
        if (filter.view == View::Stale) {
            const qint64 now =
                filter.nowMs != 0 ? filter.nowMs : QDateTime::currentMSecsSinceEpoch();
            values.emplace_back(now - qint64(filter.staleDays) * 24 * 3600 * 1000);
        }
    }
    if (const QString fts = sqldialect::fullTextQuery(db.backend(), filter.search);
        !fts.isEmpty()) {
        sql += QStringLiteral(
                   " AND (t.id IN (SELECT rowid FROM topic_title_search WHERE title LIKE %1 "
                   "ESCAPE '\\') OR t.id IN (SELECT p.topic_id FROM posts p WHERE p.id "
                   "IN (SELECT rowid FROM post_search WHERE %2)))")
                   .arg(QLatin1StringView(sqldialect::likeParameter(db.backend())),
                        QLatin1StringView(sqldialect::fullTextMatch(db.backend())));
        values.emplace_back(sqldialect::containsPattern(filter.search));
        values.emplace_back(fts);
    }
    const QString direction =
        (filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC")) +
        sqldialect::nullsAsOnSqlite(db.backend(), filter.descending);
    sql += QStringLiteral(" ORDER BY ") + sortColumn(filter.sort, db.backend()) + direction +
           QStringLiteral(", t.id") + direction;

    QList<Id> out;
    Statement q;
    const QByteArray utf8 = sql.toUtf8();
    if (!q.prepare(db.connection(), utf8.constData(), error))
        return out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (const auto* number = std::get_if<qint64>(&values[i]))
            q.bind(int(i) + 1, *number);
        else
            q.bind(int(i) + 1, std::get<QString>(values[i]));
    }
    QString stepError;
    while (q.next(&stepError))
        out.append(q.int64(0));
    if (!stepError.isEmpty()) {
        if (error)
            *error = stepError;
        out.clear();
    }
    return out;
}

QHash<Id, Row> rows(const Database& db, const QList<Id>& ids)
{
    QHash<Id, Row> out;
    if (ids.isEmpty())
        return out;
    const QString sql =
        QStringLiteral(
            "SELECT t.id, t.title, COALESCE(t.slug, ''), COALESCE(t.category_id, 0), "
            "COALESCE(u.username, ''), t.tags, "
            "COALESCE(t.created_at, 0), COALESCE(t.last_posted_at, t.bumped_at, t.created_at, 0), "
            "t.posts_count, t.views, "
            "t.like_count, t.closed, t.archived, t.visible, t.pinned, "
            "t.accepted_answer_post_id IS NOT NULL OR EXISTS (SELECT 1 FROM posts p WHERE "
            "p.topic_id = t.id AND p.accepted_answer <> 0 "
            "AND p.deleted_at IS NULL), "
            "(SELECT count(*) FROM reviewables r WHERE r.topic_id = t.id AND r.status = 0) "
            "FROM topics t LEFT JOIN users u ON u.id = t.user_id WHERE t.id IN (%1)")
            .arg(sqlIdList(ids));
    Statement q;
    const QByteArray utf8 = sql.toUtf8();
    if (!q.prepare(db.connection(), utf8.constData(), nullptr))
        return out;
    QString error;
    while (q.next(&error)) {
        Row r;
        r.id = q.int64(0);
        r.title = q.text(1);
        r.slug = q.text(2);
        r.categoryId = q.int64(3);
        r.author = q.text(4);
        for (const QJsonValue& tag : QJsonDocument::fromJson(q.text(5).toUtf8()).array())
            r.tags.append(tag.isObject() ? tag.toObject().value(QStringLiteral("name")).toString()
                                         : tag.toString());
        r.createdAt = q.int64(6);
        r.activityAt = q.int64(7);
        r.posts = int(q.int64(8));
        r.views = int(q.int64(9));
        r.likes = int(q.int64(10));
        r.closed = q.int64(11) != 0;
        r.archived = q.int64(12) != 0;
        r.visible = q.int64(13) != 0;
        r.pinned = q.int64(14) != 0;
        r.solved = q.int64(15) != 0;
        r.pendingFlags = int(q.int64(16));
        out.insert(r.id, r);
    }
    return out;
}

QHash<Id, QString> openOperations(const Database& db)
{
    QHash<Id, QString> out;
    Statement q;
    if (!q.prepare(db.connection(),
                   "SELECT target_id, state FROM outbox WHERE kind LIKE 'topic.%' "
                   "AND state IN ('pending', 'sending', 'conflict', 'failed') ORDER BY id",
                   nullptr))
        return out;
    QString error;
    while (q.next(&error))
        out.insert(q.int64(0), q.text(1));
    return out;
}

QList<CategoryNode> categoryTree(const Database& db)
{
    QList<CategoryNode> all;
    QString error;
    Statement q;
    if (!q.prepare(db.connection(),
                   "SELECT c.id, COALESCE(c.parent_id, 0), c.name, COALESCE(c.color, ''), "
                   "c.accepted_answers "
                   "FROM categories c ORDER BY c.position, lower(c.name)",
                   nullptr))
        return all;
    while (q.next(&error))
        all.append({q.int64(0), q.int64(1), q.text(2), q.text(3), q.int64(4) != 0});
    // Parents first: a parent not stored counts as the top.
    QList<CategoryNode> out;
    QList<Id> placed{0};
    const auto hasParent = [&](const CategoryNode& c) {
        return placed.contains(c.parentId) ||
               std::none_of(all.begin(), all.end(),
                            [&](const CategoryNode& p) { return p.id == c.parentId; });
    };
    while (!all.isEmpty()) {
        const qsizetype before = all.size();
        for (qsizetype i = 0; i < all.size();) {
            if (hasParent(all[i])) {
                placed.append(all[i].id);
                out.append(all.takeAt(i));
            } else {
                ++i;
            }
        }
        if (all.size() == before) { // a cycle: place the rest as they are
            out.append(all);
            break;
        }
    }
    return out;
}

QList<Id> withSubcategories(const QList<CategoryNode>& tree, Id categoryId)
{
    QList<Id> ids{categoryId};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        for (const CategoryNode& c : tree) {
            if (c.parentId == ids[i] && !ids.contains(c.id))
                ids.append(c.id);
        }
    }
    return ids;
}

} // namespace steward::topics
