// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace steward {

/// One connection to Steward's database: an SQLite file in WAL mode with foreign keys on (one
/// person's copy), or a PostgreSQL database (a team's shared copy). open() brings the schema
/// up to date from the migrations in :/sql (files NNNN_name.sql, each applied once in its own
/// transaction; see migrationScript() for the parts written for one database only). SQLite
/// counts them in PRAGMA user_version, PostgreSQL in the table steward_schema.
/// A Database belongs to the thread that opened it.
class Database
{
public:
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Whether open() first reads every page with SQLite's quick_check (about 0.8 s for the
    /// medium sandbox's copy). A second connection to a file already checked may Trust it.
    /// CheckUnlessClosedCleanly skips the check when this class closed the file last, with
    /// its log checkpointed, and nothing has changed it since (the file's size and time match
    /// the "-clean" note written at close, and there is no log): a restart after a clean exit
    /// opens at once, and one after a crash, a kill or an outside change is checked.
    enum class Integrity
    {
        Check,
        Trust,
        CheckUnlessClosedCleanly
    };

    enum class Backend
    {
        SQLite,
        PostgreSQL
    };

    /// Opens (creating if needed) and migrates. location is an SQLite file's path, or a
    /// PostgreSQL database as a postgresql:// URL or a libpq connection string
    /// ("host=... dbname=..."; see isServerLocation()). password is used for a server whose
    /// location names none. On failure returns false with a one-line error; a file that fails
    /// the quick check is not written to, and the error says it is damaged. Integrity applies
    /// to files only (PostgreSQL checks its own pages).
    bool open(const QString& location, QString* error, Integrity integrity = Integrity::Check,
              const QString& password = {});
    /// Opens an existing file read-only, as it is: no migration, no check. For integrityProblems().
    bool openForInspection(const QString& path, QString* error);
    void close();
    bool isOpen() const;
    QSqlDatabase connection() const;
    Backend backend() const { return m_backend; }
    /// What open() was given: the file's path or the server's URL or connection string, and
    /// the password for a server (for another connection to the same database).
    QString location() const { return m_location; }
    QString password() const { return m_password; }
    /// Whether location names a PostgreSQL database rather than a file.
    static bool isServerLocation(const QString& location);
    /// location with any password in it replaced by "***", for messages and logs.
    static QString displayLocation(const QString& location);
    /// A name for the copy in titles: a file's name without its suffix, a server's database.
    static QString shortName(const QString& location);
    /// The schema version the file is at, and the newest this build knows.
    int schemaVersion() const;
    static int latestSchemaVersion();
    /// SQLite's full integrity_check of the open file: the problems it lists (at most max),
    /// none when the file is sound. False with error set when the check itself cannot run.
    /// On PostgreSQL, which checks its own pages, there are none.
    bool integrityProblems(QStringList* problems, int max, QString* error) const;
    /// Whether this connection reads through a memory map (open() turns it on): faster reads,
    /// but every page read stays in the process's resident memory while mapped. False with
    /// error set on failure. Nothing to do on PostgreSQL.
    bool setMemoryMapped(bool mapped, QString* error = nullptr);
    /// Runs one statement that returns nothing; false with error set on failure.
    bool exec(const QString& sql, QString* error = nullptr);

private:
    bool migrate(QString* error);
    bool openPostgres(const QString& location, const QString& password, QString* error);
    bool quickCheck(const QString& path, QString* error) const;
    /// Adds this object's connection to path with the driver's connect options and opens it.
    bool connectTo(const QString& path, const QString& options, QString* error);
    /// Whether the "-clean" note matches the file as it is now.
    static bool closedCleanly(const QString& path);
    /// Checkpoints the log and notes the file's size and time beside it; close() calls it when
    /// the file was opened CheckUnlessClosedCleanly.
    void noteCleanClose();
    QString m_name;
    QString m_path;
    Backend m_backend = Backend::SQLite;
    QString m_location;
    QString m_password;
    bool m_noteCleanClose = false;
};

/// A migration file's SQL for one database. Lines between "-- [sqlite]" (or
/// "-- [postgresql]") and "-- [all]" are that database's alone. For PostgreSQL the rest is
/// translated: INTEGER becomes BIGINT (times are milliseconds), REAL DOUBLE PRECISION, and
/// "INTEGER PRIMARY KEY AUTOINCREMENT" an identity column.
QString migrationScript(const QString& script, Database::Backend backend);

/// Splits a migration file into statements; trigger bodies (BEGIN ... END;) stay whole and
/// "--" comment lines are dropped.
QStringList splitSqlStatements(const QString& script);

} // namespace steward
