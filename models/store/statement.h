// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace steward {

class StatementBackend;

/// A prepared statement run through the database's C API on the connection that a Qt Sql
/// connection holds (SQLite's on QSQLITE, libpq's on QPSQL), for the store's bulk paths, where
/// QSqlQuery's per-row cost (a QVariant per value, UTF-16 text) outweighs the work the
/// database does. It shares the connection's transaction. Must be destroyed before the
/// connection is closed.
///
/// The SQL is written once for both databases, with "?" parameters. Values are bound by
/// 1-based index, in the order of the "?"s; step() runs the statement once and clears the
/// bindings for the next row. Queries read their rows with next().
class Statement
{
public:
    Statement();
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    /// False with error set when the connection is neither SQLite nor PostgreSQL, or the SQL
    /// does not compile.
    bool prepare(const QSqlDatabase& connection, const char* sql, QString* error);
    bool isPrepared() const { return m_backend != nullptr; }

    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, bool value) { bind(index, qint64(value ? 1 : 0)); }
    void bind(int index, double value);
    /// Text is bound as UTF-8; a null QString binds ''.
    void bind(int index, const QString& value);
    /// Text already in UTF-8.
    void bindUtf8(int index, const QByteArray& value);
    void bindNull(int index);
    /// UTC milliseconds, or NULL for an invalid time.
    void bindTime(int index, const QDateTime& value);
    /// NULL for 0 (ids are positive; 0 means none).
    void bindOptional(int index, qint64 value);

    /// Runs the statement to completion; false with error set on failure.
    bool step(QString* error);

    /// Reading: next() moves to the next result row (true) or ends (false; error set, and
    /// the statement reset for another run, either way). Columns are 0-based. A NULL reads
    /// as 0, 0.0 or a null string; a PostgreSQL boolean as 1 or 0.
    bool next(QString* error);
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    /// The column as UTF-8, valid until the next next(); null for NULL.
    const char* utf8(int column) const;
    /// After prepare(): on PostgreSQL the rows come in binary, which neither side has to turn
    /// into or out of text (the queue's 100,000 rows: 96 -> 90 ms). Only for queries whose columns
    /// are integers, floats, booleans or text. Nothing changes on SQLite.
    void setBinaryResults(bool binary);
    /// After prepare(): on PostgreSQL the rows arrive in chunks while the server still
    /// produces the rest, so that reading them overlaps its work (libpq's chunked rows mode).
    /// Until next() has returned false, nothing else may run on the connection; a statement
    /// left earlier reads (and drops) the rest when it is destroyed. Nothing changes on SQLite.
    void setStreamedResults(bool streamed);

private:
    std::unique_ptr<StatementBackend> m_backend;
};

} // namespace steward
