// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/statement.h"

#include "models/store/statementbackend.h"

#include <QSqlDriver>
#include <QVariant>

namespace steward {

Statement::Statement() = default;
Statement::~Statement() = default;

bool Statement::prepare(const QSqlDatabase& connection, const char* sql, QString* error)
{
    m_backend.reset();
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    QString why;
    m_backend = prepareSqlite(handle, sql, &why);
    if (!m_backend && why.isEmpty())
        m_backend = preparePostgres(handle, sql, &why);
    if (m_backend)
        return true;
    if (error)
        *error = why.isEmpty() ? QStringLiteral("not an SQLite or PostgreSQL connection (%1)")
                                     .arg(QString::fromLatin1(handle.typeName()))
                               : why;
    return false;
}

void Statement::bind(int index, qint64 value)
{
    m_backend->bindInt(index, value);
}

void Statement::bind(int index, double value)
{
    m_backend->bindReal(index, value);
}

void Statement::bind(int index, const QString& value)
{
    m_backend->bindText(index, value);
}

void Statement::bindUtf8(int index, const QByteArray& value)
{
    m_backend->bindUtf8(index, value);
}

void Statement::bindNull(int index)
{
    m_backend->bindNull(index);
}

void Statement::bindTime(int index, const QDateTime& value)
{
    if (value.isValid())
        bind(index, value.toMSecsSinceEpoch());
    else
        bindNull(index);
}

void Statement::bindOptional(int index, qint64 value)
{
    if (value != 0)
        bind(index, value);
    else
        bindNull(index);
}

bool Statement::step(QString* error)
{
    return m_backend->step(error);
}

bool Statement::next(QString* error)
{
    return m_backend->next(error);
}

qint64 Statement::int64(int column) const
{
    return m_backend->int64(column);
}

double Statement::real(int column) const
{
    return m_backend->real(column);
}

QString Statement::text(int column) const
{
    return m_backend->text(column);
}

const char* Statement::utf8(int column) const
{
    return m_backend->utf8(column);
}

void Statement::setBinaryResults(bool binary)
{
    if (m_backend)
        m_backend->setBinaryResults(binary);
}

void Statement::setStreamedResults(bool streamed)
{
    if (m_backend)
        m_backend->setStreamedResults(streamed);
}

} // namespace steward
