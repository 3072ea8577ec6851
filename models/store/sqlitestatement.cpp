// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/sqlitestatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace steward {

SqliteStatement::~SqliteStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

bool SqliteStatement::prepare(const QSqlDatabase& connection, const char* sql, QString* error)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = QStringLiteral("not an SQLite connection");
        return false;
    }
    m_connection = *static_cast<sqlite3* const*>(handle.constData());
    if (sqlite3_prepare_v3(m_connection, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement,
                           nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_connection));
        m_statement = nullptr;
        return false;
    }
    return true;
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString& value)
{
    if (m_textCount < MaxTexts) {
        QByteArray& utf8 = m_texts[std::size_t(m_textCount++)];
        utf8 = value.toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData() ? utf8.constData() : "",
                          int(utf8.size()), SQLITE_STATIC);
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData() ? utf8.constData() : "",
                      int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindTime(int index, const QDateTime& value)
{
    if (value.isValid())
        bind(index, value.toMSecsSinceEpoch());
    else
        bindNull(index);
}

void SqliteStatement::bindOptional(int index, qint64 value)
{
    if (value != 0)
        bind(index, value);
    else
        bindNull(index);
}

bool SqliteStatement::step(QString* error)
{
    int rc = sqlite3_step(m_statement);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_statement);
    const bool ok = rc == SQLITE_DONE;
    if (!ok)
        *error = QString::fromUtf8(sqlite3_errmsg(m_connection));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_textCount = 0;
    return ok;
}

bool SqliteStatement::next(QString* error)
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(m_connection));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_textCount = 0;
    return false;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

const char* SqliteStatement::utf8(int column) const
{
    return reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
}

QString SqliteStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

} // namespace steward
