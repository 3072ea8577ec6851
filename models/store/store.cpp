// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/store.h"

#include "models/store/database.h"
#include "models/store/statement.h"
#include "models/store/storelog.h"
#include "models/store/teamchannel.h"

#include <QDateTime>
#include <QSqlError>
#include <QTimer>

namespace steward {

Store::Store(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
    qRegisterMetaType<steward::ChangeSet>();
}

Store::~Store()
{
    m_queries.clear();
    m_postUpsert.reset();
    m_notify.reset();
    if (m_inTransaction)
        rollback();
}

bool Store::begin()
{
    if (m_inTransaction)
        return true;
    m_pending = {};
    if (!m_database.connection().transaction()) {
        m_lastError = m_database.connection().lastError().text();
        return false;
    }
    m_inTransaction = true;
    return true;
}

bool Store::commit()
{
    if (!m_inTransaction)
        return true;
    for (auto& q : m_queries)
        if (q)
            q->finish();
    // A sync's page of posts is told to the team a moment later with the pages after it: a
    // notification costs the server about as much as storing the page. The rest (decisions,
    // queue items) is told in the transaction, and arrives with its commit.
    ChangeSet told = m_pending;
    if (m_database.backend() == Database::Backend::PostgreSQL && told.posts.size() > 20) {
        m_untold.posts.unite(told.posts);
        told.posts.clear();
    }
    if (!told.isEmpty() && !notifyTeam(told)) {
        rollback();
        return false;
    }
    if (!m_database.connection().commit()) {
        m_lastError = m_database.connection().lastError().text();
        rollback();
        return false;
    }
    m_inTransaction = false;
    if (!m_untold.isEmpty() && !m_untoldTimer) {
        m_untoldTimer = true;
        QTimer::singleShot(250, this, &Store::tellUntold);
    }
    const ChangeSet changes = std::exchange(m_pending, {});
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
    return true;
}

void Store::rollback()
{
    for (auto& q : m_queries)
        if (q)
            q->finish();
    if (m_inTransaction)
        m_database.connection().rollback();
    m_inTransaction = false;
    m_pending = {};
}

void Store::tellUntold()
{
    m_untoldTimer = false;
    if (m_inTransaction) { // told with the current transaction's commit, or after it
        m_untoldTimer = true;
        QTimer::singleShot(250, this, &Store::tellUntold);
        return;
    }
    const ChangeSet untold = std::exchange(m_untold, {});
    if (!untold.isEmpty() && !notifyTeam(untold))
        qCWarning(lcStore, "cannot tell the team of changes: %s", qPrintable(m_lastError));
}

bool Store::notifyTeam(const ChangeSet& changes)
{
    if (m_database.backend() != Database::Backend::PostgreSQL)
        return true;
    if (!m_notify) {
        QSqlQuery q(m_database.connection());
        if (!q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next()) {
            m_lastError = q.lastError().text();
            return false;
        }
        m_backendPid = q.value(0).toLongLong();
        auto statement = std::make_unique<Statement>();
        if (!statement->prepare(m_database.connection(), "SELECT pg_notify('steward_changes', ?)",
                                &m_lastError))
            return false;
        m_notify = std::move(statement);
    }
    // Delivered when the transaction commits, and only then.
    for (const QString& payload : changeNotifications(changes, m_backendPid)) {
        m_notify->bind(1, payload);
        if (!m_notify->step(&m_lastError))
            return false;
    }
    return true;
}

bool Store::run(QSqlQuery& query)
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

QSqlQuery& Store::prepared(int slot, const QString& sql)
{
    if (std::size_t(slot) >= m_queries.size())
        m_queries.resize(std::size_t(slot) + 1);
    std::unique_ptr<QSqlQuery>& q = m_queries[std::size_t(slot)];
    if (!q) {
        q = std::make_unique<QSqlQuery>(m_database.connection());
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            m_lastError = q->lastError().text();
    }
    return *q;
}

QString Store::checkpoint(const QString& name) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT value FROM sync_checkpoints WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool Store::setCheckpoint(const QString& name, const QString& value)
{
    QSqlQuery& q =
        prepared(100, QStringLiteral(
                          "INSERT INTO sync_checkpoints (name, value, updated_at) VALUES (?, ?, ?) "
                          "ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = "
                          "excluded.updated_at"));
    q.bindValue(0, name);
    q.bindValue(1, value.isNull()
                       ? QStringLiteral("")
                       : value); // the column is NOT NULL; a null QString would bind NULL
    q.bindValue(2, QDateTime::currentMSecsSinceEpoch());
    return run(q);
}

bool Store::requestTopics(const QList<Id>& topicIds)
{
    const bool own = !m_inTransaction;
    if (own && !begin())
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO sync_topic_requests (topic_id, requested_at) VALUES "
                             "(?, ?) ON CONFLICT (topic_id) DO UPDATE SET generation = "
                             "sync_topic_requests.generation + 1, requested_at = "
                             "excluded.requested_at"));
    for (Id id : topicIds) {
        q.bindValue(0, id);
        q.bindValue(1, QDateTime::currentMSecsSinceEpoch());
        if (!run(q)) {
            if (own)
                rollback();
            return false;
        }
        m_pending.topicRequests.insert(id);
    }
    return !own || commit();
}

QHash<Id, qint64> Store::requestedTopics() const
{
    QSqlQuery q(m_database.connection());
    QHash<Id, qint64> out;
    if (q.exec(QStringLiteral("SELECT topic_id, generation FROM sync_topic_requests")))
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

bool Store::clearTopicRequest(Id topicId, qint64 generation)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("DELETE FROM sync_topic_requests WHERE topic_id = ? AND generation = ?"));
    q.addBindValue(topicId);
    q.addBindValue(generation);
    return run(q);
}

bool Store::clearCheckpoints(const QString& prefix)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM sync_checkpoints WHERE substr(name, 1, ?) = ?"));
    q.addBindValue(prefix.size());
    q.addBindValue(prefix);
    return run(q);
}

} // namespace steward
