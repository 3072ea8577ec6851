// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace steward {

namespace {

struct Migration
{
    int version = 0;
    QString path;
};

QList<Migration> migrations()
{
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    QList<Migration> out;
    for (const QString& file : QDir(QStringLiteral(":/sql")).entryList(QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch m = name.match(file);
        if (m.hasMatch())
            out.append({m.captured(1).toInt(), QStringLiteral(":/sql/") + file});
    }
    return out;
}

/// What to do first, SQLite's own words last: the reader needs the first sentence.
QString damaged(const QString& path, const QString& why)
{
    return QStringLiteral("%1 is damaged, and nothing was written to it. Keep it aside for "
                          "recovery and sync into a new "
                          "file; `stewardctl verify --integrity` lists the damage. (%2)")
        .arg(path, why);
}

} // namespace

QStringList splitSqlStatements(const QString& script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    for (const QString& rawLine : script.split(u'\n')) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QStringLiteral("--")))
            continue;
        current += rawLine + u'\n';
        const QString upper = line.toUpper();
        if (!inTrigger && upper.startsWith(QStringLiteral("CREATE TRIGGER")))
            inTrigger = true;
        if (inTrigger ? (upper == u"END;") : line.endsWith(u';')) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

Database::Database()
{
    static std::atomic<int> counter{0};
    m_name = QStringLiteral("steward-%1").arg(++counter);
}

Database::~Database()
{
    close();
}

bool Database::open(const QString& path, QString* error, Integrity integrity)
{
    close();
    const bool created = !QFile::exists(path);
    if (!connectTo(path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"), error))
        return false;
    const QSqlDatabase db = connection();
    // The copy holds the community's private messages and staff notes: the user's alone.
    // SQLite gives the -wal and -shm files the same permissions.
    if (created)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA schema_version")) || !check.next()) {
            const QString why = check.lastError().text();
            if (error)
                *error = why.contains(QStringLiteral("malformed"))
                             ? damaged(path, why)
                             : QStringLiteral("%1 is not a database: %2").arg(path, why);
            return false;
        }
    }
    // Before the pragmas below, which may write (switching the journal to WAL rewrites the header).
    const bool check = integrity == Integrity::Check ||
                       (integrity == Integrity::CheckUnlessClosedCleanly && !closedCleanly(path));
    // Gone while the file is open: a crash from here on leaves no note, so the next open checks.
    QFile::remove(path + QStringLiteral("-clean"));
    if (check && !quickCheck(path, error))
        return false;
    m_path = path;
    // WAL lets readers work while sync writes; NORMAL is durable across application crashes.
    for (const char* pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
          "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -32768"}) { // 32 MiB of page cache

        if (!exec(QString::fromLatin1(pragma), error)) {
            // SQLite's own words for SQLITE_CORRUPT.
            if (error && error->contains(QStringLiteral("malformed")))
                *error = damaged(path, *error);
            return false;
        }
    }
    if (!setMemoryMapped(true, error) || !migrate(error))
        return false;
    // Only a file that opened whole may be vouched for at close.
    m_noteCleanClose = integrity == Integrity::CheckUnlessClosedCleanly;
    return true;
}

bool Database::setMemoryMapped(bool mapped, QString* error)
{
    // 1 GiB: the queue and thread views read across a large file.
    return exec(mapped ? QStringLiteral("PRAGMA mmap_size = 1073741824")
                       : QStringLiteral("PRAGMA mmap_size = 0"),
                error);
}

bool Database::quickCheck(const QString& path, QString* error) const
{
    QSqlQuery q(connection());
    QStringList problems;
    if (q.exec(QStringLiteral("PRAGMA quick_check(5)"))) {
        while (q.next())
            problems.append(q.value(0).toString());
    } else {
        problems.append(q.lastError().text());
    }
    if (problems == QStringList{QStringLiteral("ok")})
        return true;
    if (!error)
        return false;
    // Its first finding (rows may hold several lines, after a "*** in database main ***").
    QString first;
    for (const QString& line : problems.join(u'\n').split(u'\n', Qt::SkipEmptyParts))
        if (!line.startsWith(QStringLiteral("***")) && first.isEmpty())
            first = line.trimmed();
    *error = damaged(path, QStringLiteral("SQLite's quick_check: ") + first.left(200));
    return false;
}

bool Database::integrityProblems(QStringList* problems, int max, QString* error) const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check(%1)").arg(std::max(1, max)))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    problems->clear();
    while (q.next())
        problems->append(q.value(0).toString());
    if (problems->size() == 1 && problems->first() == u"ok")
        problems->clear();
    return true;
}

bool Database::openForInspection(const QString& path, QString* error)
{
    close();
    if (!QFile::exists(path)) {
        if (error)
            *error = QStringLiteral("%1 does not exist").arg(path);
        return false;
    }
    return connectTo(path, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"),
                     error);
}

bool Database::connectTo(const QString& path, const QString& options, QString* error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    if (db.open())
        return true;
    if (error)
        *error = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
    return false;
}

namespace {
QString cleanNote(const QFileInfo& file)
{
    return QStringLiteral("%1 %2").arg(file.size()).arg(file.lastModified().toMSecsSinceEpoch());
}
} // namespace

bool Database::closedCleanly(const QString& path)
{
    QFile note(path + QStringLiteral("-clean"));
    const QFileInfo log(path + QStringLiteral("-wal"));
    if (!note.open(QIODevice::ReadOnly) || (log.exists() && log.size() > 0))
        return false;
    return QString::fromLatin1(note.readAll()).trimmed() == cleanNote(QFileInfo(path));
}

void Database::noteCleanClose()
{
    // TRUNCATE leaves an empty log only when no other connection is reading: otherwise no
    // note, and the next open checks.
    QSqlQuery checkpoint(connection());
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !checkpoint.next() ||
        checkpoint.value(0).toInt() != 0)
        return;
    checkpoint.finish();
    const QFileInfo log(m_path + QStringLiteral("-wal"));
    if (log.exists() && log.size() > 0)
        return;
    QSaveFile note(m_path + QStringLiteral("-clean"));
    if (note.open(QIODevice::WriteOnly)) {
        note.write(cleanNote(QFileInfo(m_path)).toLatin1());
        note.commit();
    }
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    if (m_noteCleanClose && isOpen())
        noteCleanClose();
    m_noteCleanClose = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

bool Database::exec(const QString& sql, QString* error)
{
    QSqlQuery q(connection());
    if (q.exec(sql))
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(sql.left(80).simplified(), q.lastError().text());
    return false;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

int Database::latestSchemaVersion()
{
    const QList<Migration> all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

bool Database::migrate(QString* error)
{
    const int current = schemaVersion();
    if (current > latestSchemaVersion()) {
        if (error)
            *error = QStringLiteral(
                         "the database is from a newer Steward (schema %1, this build knows %2)")
                         .arg(current)
                         .arg(latestSchemaVersion());
        return false;
    }
    QSqlDatabase db = connection();
    for (const Migration& m : migrations()) {
        if (m.version <= current)
            continue;
        QFile file(m.path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("missing migration %1").arg(m.path);
            return false;
        }
        db.transaction();
        for (const QString& statement : splitSqlStatements(QString::fromUtf8(file.readAll()))) {
            if (!exec(statement, error)) {
                db.rollback();
                return false;
            }
        }
        if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version), error)) {
            db.rollback();
            return false;
        }
        if (!db.commit()) {
            if (error)
                *error = QStringLiteral("migration %1 failed: %2")
                             .arg(m.version)
                             .arg(db.lastError().text());
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace steward
