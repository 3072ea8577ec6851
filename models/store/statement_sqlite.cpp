// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Statement on SQLite's C API, with the QSQLITE driver's sqlite3 handle.
#include "models/store/statementbackend.h"

#include <QByteArray>
#include <QVariant>

#include <array>
#include <sqlite3.h>

namespace steward {

namespace {

class SqliteBackend final : public StatementBackend
{
public:
    SqliteBackend(sqlite3* connection, sqlite3_stmt* statement)
        : m_connection(connection)
        , m_statement(statement)
    {
    }
    ~SqliteBackend() override { sqlite3_finalize(m_statement); }

    void bindInt(int index, qint64 value) override
    {
        sqlite3_bind_int64(m_statement, index, value);
    }
    void bindReal(int index, double value) override
    {
        sqlite3_bind_double(m_statement, index, value);
    }
    void bindText(int index, const QString& value) override
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
    void bindUtf8(int index, const QByteArray& value) override
    {
        sqlite3_bind_text(m_statement, index, value.constData() ? value.constData() : "",
                          int(value.size()), SQLITE_TRANSIENT);
    }
    void bindNull(int index) override { sqlite3_bind_null(m_statement, index); }

    bool step(QString* error) override
    {
        int rc = sqlite3_step(m_statement);
        while (rc == SQLITE_ROW)
            rc = sqlite3_step(m_statement);
        const bool ok = rc == SQLITE_DONE;
        if (!ok)
            *error = QString::fromUtf8(sqlite3_errmsg(m_connection));
        reset();
        return ok;
    }
    bool next(QString* error) override
    {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            *error = QString::fromUtf8(sqlite3_errmsg(m_connection));
        reset();
        return false;
    }
    qint64 int64(int column) const override { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const override { return sqlite3_column_double(m_statement, column); }
    const char* utf8(int column) const override
    {
        return reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    }
    QString text(int column) const override
    {
        const char* data = utf8(column);
        return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column))
                    : QString();
    }

private:
    void reset()
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        m_textCount = 0;
    }

    static constexpr int MaxTexts = 8;
    sqlite3* m_connection;
    sqlite3_stmt* m_statement;
    std::array<QByteArray, MaxTexts> m_texts; // UTF-8 kept alive until step()
    int m_textCount = 0;
};

} // namespace

std::unique_ptr<StatementBackend> prepareSqlite(const QVariant& handle, const char* sql,
                                                QString* error)
{
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(connection, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) !=
        SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(connection));
        return nullptr;
    }
    return std::make_unique<SqliteBackend>(connection, statement);
}

} // namespace steward
