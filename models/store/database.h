// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace steward {

/// One connection to Steward's database: SQLite in WAL mode with foreign keys on. open()
/// brings the schema up to date from the migrations in :/sql (files NNNN_name.sql, each
/// applied once in its own transaction and counted by PRAGMA user_version).
/// A Database belongs to the thread that opened it.
class Database
{
public:
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (creating if needed) and migrates. On failure returns false with a one-line error.
    bool open(const QString& path, QString* error);
    void close();
    bool isOpen() const;
    QSqlDatabase connection() const;
    /// The schema version the file is at, and the newest this build knows.
    int schemaVersion() const;
    static int latestSchemaVersion();
    /// Runs one statement that returns nothing; false with error set on failure.
    bool exec(const QString& sql, QString* error = nullptr);

private:
    bool migrate(QString* error);
    QString m_name;
};

/// Splits a migration file into statements; trigger bodies (BEGIN ... END;) stay whole and
/// "--" comment lines are dropped.
QStringList splitSqlStatements(const QString& script);

} // namespace steward
