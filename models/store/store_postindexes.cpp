// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The posts' secondary and full-text indexes: dropped for a first walk's bulk load, built again
// after it, and the full-text index filled (SQLite) or rebuilt (PostgreSQL) in the search phase.
#include "models/store/database.h"
#include "models/store/statement.h"
#include "models/store/store.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace steward {

namespace {

/// The posts' secondary indexes that a bulk load drops and builds again, as 0001_initial.sql
/// and 0006_analytics.sql define them; on PostgreSQL also the full-text index (0001).
struct PostIndex
{
    const char* name;
    const char* definition;
};
constexpr PostIndex kPostIndexes[] = {
    {"posts_topic", "posts (topic_id, post_number)"},
    {"posts_user", "posts (user_id, created_at)"},
    {"posts_analytics", "posts (topic_id, post_number, created_at, user_id, post_type, "
                        "deleted_at, like_count, accepted_answer)"},
};
constexpr PostIndex kPostgresSearchIndex = {"posts_search",
                                            "posts USING gin (to_tsvector('simple', raw))"};

} // namespace

bool Store::beginBulkLoad()
{
    const bool server = m_database.backend() == Database::Backend::PostgreSQL;
    if (!server &&
        !m_database.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 10000"), &m_lastError))
        return false;
    QList<PostIndex> indexes(std::begin(kPostIndexes), std::end(kPostIndexes));
    if (server)
        indexes.append(kPostgresSearchIndex);
    for (const PostIndex& index : indexes)
        if (!m_database.exec(
                QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1StringView(index.name)),
                &m_lastError))
            return false;
    return true;
}

bool Store::hasPostIndexes() const
{
    Statement q;
    QString error;
    const char* sql =
        m_database.backend() == Database::Backend::PostgreSQL
            ? "SELECT count(*) FROM pg_indexes WHERE tablename = 'posts' "
              "AND indexname IN ('posts_topic', 'posts_user', 'posts_analytics')"
            : "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'posts' "
              "AND name IN ('posts_topic', 'posts_user', 'posts_analytics')";
    return q.prepare(m_database.connection(), sql, &error) && q.next(&error) && q.int64(0) == 3;
}

bool Store::createPostIndexes()
{
    const bool server = m_database.backend() == Database::Backend::PostgreSQL;
    // PostgreSQL checks that the role owns the table before it looks whether the index exists:
    // a moderator's own role (docs/security.md, T6) may sync but must not ask.
    QSet<QString> present;
    if (server) {
        QSqlQuery q(m_database.connection());
        if (!q.exec(QStringLiteral("SELECT indexname FROM pg_indexes WHERE tablename = 'posts'"))) {
            m_lastError = q.lastError().text();
            return false;
        }
        while (q.next())
            present.insert(q.value(0).toString());
    }
    for (const PostIndex& index : kPostIndexes)
        if (!present.contains(QLatin1StringView(index.name)) &&
            !m_database.exec(
                QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2")
                    .arg(QLatin1StringView(index.name), QLatin1StringView(index.definition)),
                &m_lastError))
            return false;
    return server ||
           m_database.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 1000"), &m_lastError);
}

bool Store::refreshStatistics()
{
    if (m_inTransaction) {
        m_lastError = QStringLiteral("refreshStatistics() inside a transaction");
        return false;
    }
    return m_database.exec(m_database.backend() == Database::Backend::PostgreSQL
                               ? QStringLiteral("VACUUM ANALYZE")
                               : QStringLiteral("PRAGMA optimize"),
                           &m_lastError);
}

int Store::indexSearch(int limit)
{
    // PostgreSQL keeps its full-text index itself; only after a bulk load (which dropped it)
    // is it built again, here, in one pass as SQLite's is filled from its queue.
    if (m_database.backend() == Database::Backend::PostgreSQL) {
        Statement exists;
        if (!exists.prepare(m_database.connection(),
                            "SELECT count(*) FROM pg_indexes WHERE indexname = 'posts_search'",
                            &m_lastError) ||
            !exists.next(&m_lastError))
            return -1;
        if (exists.int64(0) != 0)
            return 0;
        // Its statistics (what the planner judges a search's hits by) come when the sync ends
        // (refreshStatistics()).
        const bool built =
            m_database.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2")
                                .arg(QLatin1StringView(kPostgresSearchIndex.name),
                                     QLatin1StringView(kPostgresSearchIndex.definition)),
                            &m_lastError);
        return built ? 0 : -1;
    }
    // The queue's lowest ids first; both statements see the same rows inside one transaction.
    QSqlQuery& index = prepared(
        9, QStringLiteral(
               "INSERT INTO post_search (rowid, raw) SELECT p.id, p.raw FROM posts p WHERE p.id IN "
               "(SELECT post_id FROM post_search_pending ORDER BY post_id LIMIT ?)"));
    QSqlQuery& dequeue = prepared(
        10, QStringLiteral("DELETE FROM post_search_pending WHERE post_id IN "
                           "(SELECT post_id FROM post_search_pending ORDER BY post_id LIMIT ?)"));
    if (!begin())
        return -1;
    index.bindValue(0, limit);
    dequeue.bindValue(0, limit);
    if (!run(index) || !run(dequeue)) {
        rollback();
        return -1;
    }
    const int count = dequeue.numRowsAffected();
    return commit() ? count : -1;
}

bool Store::indexQueuePosts(const QByteArray& postIds)
{
    if (!m_queuePostIndex) {
        // The page's queue posts found through the queue's own index, then their documents
        // written only where they changed (an unchanged post leaves no dead row).
        auto statement = std::make_unique<Statement>();
        if (!statement->prepare(
                m_database.connection(),
                "INSERT INTO queue_post_search (rowid, document) "
                "SELECT p.id, to_tsvector('simple', p.raw) FROM posts p WHERE p.id IN "
                "(SELECT r.target_id FROM reviewables r WHERE r.type IN (0, 3) "
                "AND r.target_id = ANY(?::bigint[])) "
                "ON CONFLICT (rowid) DO UPDATE SET document = excluded.document "
                "WHERE queue_post_search.document IS DISTINCT FROM excluded.document",
                &m_lastError))
            return false;
        m_queuePostIndex = std::move(statement);
    }
    m_queuePostIndex->bindUtf8(1, postIds);
    return m_queuePostIndex->step(&m_lastError);
}

qint64 Store::searchBacklog() const
{
    QSqlQuery q(m_database.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM post_search_pending")) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

} // namespace steward
