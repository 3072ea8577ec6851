// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Statement on libpq, with the QPSQL driver's PGconn handle: a named prepared statement,
// parameters sent as text (PostgreSQL infers their types from the SQL), results read as text
// (or, when asked, in binary).
// libpq discards what a QSqlQuery on the connection has not read yet when a statement runs
// (QPSQL reads forward-only queries row by row), so none may be read across a Statement's use.
#include "models/store/statementbackend.h"

#include <QByteArray>
#include <QVariant>
#include <QtEndian>

#include <atomic>
#include <bit>
#include <cstdlib>
#include <libpq-fe.h>
#include <vector>

namespace steward {

namespace {

/// The SQL with its "?" parameters numbered $1, $2, ... as PostgreSQL wants them ("?" inside
/// quotes is left alone); count is set to their number.
QByteArray numberParameters(const char* sql, int* count)
{
    QByteArray out;
    char quote = 0;
    *count = 0;
    for (const char* c = sql; *c; ++c) {
        if (quote) {
            if (*c == quote)
                quote = 0;
        } else if (*c == '\'' || *c == '"') {
            quote = *c;
        } else if (*c == '?') {
            out += '$' + QByteArray::number(++*count);
            continue;
        }
        out += *c;
    }
    return out;
}

QString message(PGconn* connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).trimmed();
}

class PostgresBackend final : public StatementBackend
{
public:
    PostgresBackend(PGconn* connection, QByteArray name, int parameters)
        : m_connection(connection)
        , m_name(std::move(name))
        , m_values(std::size_t(parameters))
        , m_null(std::size_t(parameters), true)
    {
    }
    ~PostgresBackend() override
    {
        finish();
        // Fails harmlessly inside a failed transaction: the name is unique to this process.
        PQclear(PQexec(m_connection, "DEALLOCATE " + m_name));
    }

    void bindInt(int index, qint64 value) override { set(index, QByteArray::number(value)); }
    void bindReal(int index, double value) override
    {
        set(index, QByteArray::number(value, 'g', 17));
    }
    void bindText(int index, const QString& value) override
    {
        set(index, value.isNull() ? QByteArray("") : value.toUtf8());
    }
    void bindUtf8(int index, const QByteArray& value) override { set(index, value); }
    void bindNull(int index) override
    {
        if (index >= 1 && std::size_t(index) <= m_null.size())
            m_null[std::size_t(index - 1)] = true;
    }

    bool step(QString* error) override
    {
        PGresult* result = execute();
        const ExecStatusType status = PQresultStatus(result);
        const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
        if (!ok)
            *error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
        clearBindings();
        return ok;
    }
    bool next(QString* error) override
    {
        if (!m_result && !m_streaming) {
            if (m_streamed)
                return startStream(error) && next(error);
            m_result = execute();
            m_row = -1;
            if (PQresultStatus(m_result) != PGRES_TUPLES_OK) {
                *error = QString::fromUtf8(PQresultErrorMessage(m_result)).trimmed();
                finish();
                return false;
            }
        }
        while (true) {
            if (m_result && ++m_row < PQntuples(m_result))
                return true;
            if (!m_streaming)
                break;
            // The next chunk; the last result of a stream is an empty PGRES_TUPLES_OK.
            clearResult();
            m_result = PQgetResult(m_connection);
            const ExecStatusType status = PQresultStatus(m_result);
            if (status == PGRES_TUPLES_CHUNK)
                continue;
            if (status != PGRES_TUPLES_OK)
                *error = m_result ? QString::fromUtf8(PQresultErrorMessage(m_result)).trimmed()
                                  : message(m_connection);
            break;
        }
        finish();
        return false;
    }
    void setBinaryResults(bool binary) override { m_binary = binary; }
    void setStreamedResults(bool streamed) override { m_streamed = streamed; }
    qint64 int64(int column) const override
    {
        const char* v = utf8(column);
        if (!v)
            return 0;
        if (m_binary)
            return binaryInteger(column, v);
        if (v[0] == 't' && v[1] == 0)
            return 1;
        if (v[0] == 'f' && v[1] == 0)
            return 0;
        return std::strtoll(v, nullptr, 10);
    }
    double real(int column) const override
    {
        const char* v = utf8(column);
        if (v && m_binary) {
            const Oid type = PQftype(m_result, column);
            if (type == kFloat8)
                return std::bit_cast<double>(qFromBigEndian<quint64>(v));
            if (type == kFloat4)
                return double(std::bit_cast<float>(qFromBigEndian<quint32>(v)));
            return double(binaryInteger(column, v));
        }
        return v ? QByteArray::fromRawData(v, qstrlen(v)).toDouble() : 0.0; // not the locale's
    }
    const char* utf8(int column) const override
    {
        if (!m_result || m_row < 0 || PQgetisnull(m_result, m_row, column))
            return nullptr;
        return PQgetvalue(m_result, m_row, column);
    }
    QString text(int column) const override
    {
        const char* v = utf8(column);
        return v ? QString::fromUtf8(v, PQgetlength(m_result, m_row, column)) : QString();
    }

private:
    // Type oids (catalog/pg_type.dat), fixed for every server.
    static constexpr Oid kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700,
                         kFloat8 = 701;
    /// A binary integer, boolean or float column as an integer (text is read as digits).
    qint64 binaryInteger(int column, const char* v) const
    {
        switch (PQftype(m_result, column)) {
        case kInt8:
            return qFromBigEndian<qint64>(v);
        case kInt4:
            return qFromBigEndian<qint32>(v);
        case kInt2:
            return qFromBigEndian<qint16>(v);
        case kBool:
            return v[0] != 0 ? 1 : 0;
        case kFloat8:
            return qint64(std::bit_cast<double>(qFromBigEndian<quint64>(v)));
        default: // text's binary form is its bytes (libpq ends them with a NUL)
            return std::strtoll(v, nullptr, 10);
        }
    }
    /// Sends the statement for chunked reading; the chunks come from next().
    bool startStream(QString* error)
    {
        const Parameters p = parameters();
        if (!PQsendQueryPrepared(m_connection, m_name.constData(), int(p.values.size()),
                                 p.values.data(), p.lengths.data(), nullptr, m_binary ? 1 : 0)) {
            *error = message(m_connection);
            clearBindings();
            return false;
        }
        m_streaming = true;
        if (!PQsetChunkedRowsMode(m_connection, kChunkRows)) {
            *error = message(m_connection);
            finish();
            return false;
        }
        return true;
    }
    void set(int index, QByteArray value)
    {
        if (index < 1 || std::size_t(index) > m_values.size())
            return;
        m_values[std::size_t(index - 1)] = std::move(value);
        m_null[std::size_t(index - 1)] = false;
    }
    struct Parameters
    {
        std::vector<const char*> values; ///< null for SQL NULL
        std::vector<int> lengths;
    };
    Parameters parameters() const
    {
        Parameters p{std::vector<const char*>(m_values.size()), std::vector<int>(m_values.size())};
        for (std::size_t i = 0; i < m_values.size(); ++i) {
            p.values[i] = m_null[i] ? nullptr : m_values[i].constData();
            p.lengths[i] = int(m_values[i].size());
        }
        return p;
    }
    PGresult* execute()
    {
        const Parameters p = parameters();
        return PQexecPrepared(m_connection, m_name.constData(), int(p.values.size()),
                              p.values.data(), p.lengths.data(), nullptr, m_binary ? 1 : 0);
    }
    void clearBindings() { std::fill(m_null.begin(), m_null.end(), true); }
    void clearResult()
    {
        if (m_result)
            PQclear(m_result);
        m_result = nullptr;
        m_row = -1;
    }
    void finish()
    {
        clearResult();
        clearBindings();
        // A stream left early: the connection is free again only once every result is read.
        if (m_streaming)
            while (PGresult* rest = PQgetResult(m_connection))
                PQclear(rest);
        m_streaming = false;
    }

    PGconn* m_connection;
    QByteArray m_name;
    std::vector<QByteArray> m_values;
    std::vector<bool> m_null;
    PGresult* m_result = nullptr;
    int m_row = -1;
    bool m_binary = false;    ///< results in binary (setBinaryResults())
    bool m_streamed = false;  ///< results in chunks (setStreamedResults())
    bool m_streaming = false; ///< a streamed statement's results are still arriving
    static constexpr int kChunkRows = 2000;
};

} // namespace

std::unique_ptr<StatementBackend> preparePostgres(const QVariant& handle, const char* sql,
                                                  QString* error)
{
    // QPSQL declares the handle's type as libpq's struct name.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    PGconn* connection = *static_cast<PGconn* const*>(handle.constData());
    static std::atomic<quint64> counter{0};
    const QByteArray name = "steward_" + QByteArray::number(++counter);
    int parameters = 0;
    const QByteArray numbered = numberParameters(sql, &parameters);
    PGresult* result = PQprepare(connection, name.constData(), numbered.constData(), 0, nullptr);
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    if (!ok)
        *error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    if (!ok) {
        if (error->isEmpty())
            *error = message(connection);
        return nullptr;
    }
    return std::make_unique<PostgresBackend>(connection, name, parameters);
}

} // namespace steward
