// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/store.h"

#include "models/store/database.h"
#include "models/store/statement.h"
#include "models/store/teamchannel.h"

#include <QDateTime>
#include <QSqlError>

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
    if (!m_pending.isEmpty() && !notifyTeam()) {
        rollback();
        return false;
    }
    if (!m_database.connection().commit()) {
        m_lastError = m_database.connection().lastError().text();
        rollback();
        return false;
    }
    m_inTransaction = false;
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

bool Store::notifyTeam()
{
    if (m_database.backend() != Database::Backend::PostgreSQL)
        return true;
    QSqlQuery q(m_database.connection());
    if (m_backendPid == 0) {
        if (!q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next()) {
            m_lastError = q.lastError().text();
            return false;
        }
        m_backendPid = q.value(0).toLongLong();
    }
    // Delivered when the transaction commits, and only then.
    q.prepare(QStringLiteral("SELECT pg_notify('steward_changes', ?)"));
    for (const QString& payload : changeNotifications(m_pending, m_backendPid)) {
        q.addBindValue(payload);
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            return false;
        }
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

bool Store::clearCheckpoints(const QString& prefix)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM sync_checkpoints WHERE substr(name, 1, ?) = ?"));
    q.addBindValue(prefix.size());
    q.addBindValue(prefix);
    return run(q);
}

} // namespace steward
