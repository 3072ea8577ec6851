// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Opening, migrating and reopening the database; the statement splitter; bad files.
#include "models/store/database.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void migratesFromNothing()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath("a.db"), &error), qPrintable(error));
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec("PRAGMA journal_mode") && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec("PRAGMA foreign_keys") && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        for (const char* table :
             {"categories", "users", "topics", "posts", "post_search", "reviewables",
              "reviewable_scores", "sync_checkpoints", "outbox", "audit_log"}) {
            QVERIFY2(
                q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1StringView(table))),
                table);
        }
    }

    void reopenKeepsDataAndVersion()
    {
        QTemporaryDir dir;
        QString error;
        {
            Database db;
            QVERIFY(db.open(dir.filePath("a.db"), &error));
            QVERIFY(db.exec(
                "INSERT INTO categories (id, name, slug) VALUES (1, 'Billing', 'billing')"));
        }
        Database db;
        QVERIFY2(db.open(dir.filePath("a.db"), &error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec("SELECT name FROM categories") && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Billing"));
    }

    void anEarlierNoteBecomesAStewardOnlyNote()
    {
        // Version 11 kept one free-text note per user; version 12 keeps the plugin's list.
        QTemporaryDir dir;
        QString error;
        {
            Database db;
            QVERIFY(db.open(dir.filePath("a.db"), &error));
            QVERIFY(db.exec("DROP TABLE user_note_entries"));
            // What versions after 11 added, so that they apply again.
            QVERIFY(db.exec("ALTER TABLE outbox DROP COLUMN queued_by_role"));
            QVERIFY(db.exec("DROP TABLE sync_topic_requests"));
            QVERIFY(db.exec("CREATE TABLE user_notes (user_id INTEGER PRIMARY KEY, note TEXT NOT "
                            "NULL, updated_at INTEGER NOT NULL)"));
            QVERIFY(db.exec("INSERT INTO user_notes VALUES (42, 'Warned twice.', 1700000000000)"));
            QVERIFY(db.exec("PRAGMA user_version = 11"));
        }
        Database db;
        QVERIFY2(db.open(dir.filePath("a.db"), &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec("SELECT user_id, raw, created_by, created_at, forum_id FROM "
                       "user_note_entries") &&
                q.next());
        QCOMPARE(q.value(0).toLongLong(), 42);
        QCOMPARE(q.value(1).toString(), QStringLiteral("Warned twice."));
        QCOMPARE(q.value(2).toString(), QString(""));
        QCOMPARE(q.value(3).toLongLong(), 1700000000000);
        QVERIFY(q.value(4).isNull()); // kept in Steward only
        QVERIFY(!q.exec("SELECT 1 FROM user_notes"));
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        QString error;
        {
            Database db;
            QVERIFY(db.open(dir.filePath("a.db"), &error));
            QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = %1")
                                .arg(Database::latestSchemaVersion() + 1)));
        }
        Database db;
        QVERIFY(!db.open(dir.filePath("a.db"), &error));
        QVERIFY2(error.contains("newer Steward"), qPrintable(error));
    }

    void aNewFileIsTheUsersAlone()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath("a.db"), &error), qPrintable(error));
        QVERIFY(
            db.exec("INSERT INTO categories (id, name, slug) VALUES (1, 'Billing', 'billing')"));
        for (const char* name : {"a.db", "a.db-wal"}) {
            const QFileDevice::Permissions p =
                QFile::permissions(dir.filePath(QLatin1StringView(name)));
            QVERIFY2(p & QFileDevice::ReadOwner, name);
            QVERIFY2(!(p & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                            QFileDevice::WriteGroup | QFileDevice::WriteOther)),
                     name);
        }
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath("junk.db"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        Database db;
        QString error;
        QVERIFY(!db.open(f.fileName(), &error));
        QVERIFY(!error.isEmpty());
    }

    void aCleanlyClosedFileIsTrustedUntilAnythingChangesIt()
    {
        // Contract of Integrity::CheckUnlessClosedCleanly: the quick check is skipped only for a
        // file this class closed with its log checkpointed and that is unchanged since.
        QTemporaryDir dir;
        const QString path = dir.filePath("a.db");
        const QString note = path + QStringLiteral("-clean");
        constexpr auto unlessClean = Database::Integrity::CheckUnlessClosedCleanly;
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, &error, unlessClean));
            QVERIFY(db.exec("CREATE TABLE ballast (n INTEGER PRIMARY KEY, text TEXT)"));
            QVERIFY(db.exec(
                "WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 3000) "
                "INSERT INTO ballast SELECT n, printf('%0600d', n) FROM k"));
            QVERIFY(!QFile::exists(note)); // a crash now leaves nothing that vouches for it
        }
        QVERIFY(QFile::exists(note));

        // Damaged behind Steward's back, with its size and time put back: trusted, as promised.
        const auto damage = [&](bool keepTime) {
            QFile file(path);
            const QDateTime modified = QFileInfo(path).lastModified();
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 pages = file.size() / 4096;
            for (qint64 page = pages / 3; page < pages / 3 + 8; ++page) {
                QVERIFY(file.seek(page * 4096));
                file.write(QByteArray(32, '\x5a'));
            }
            file.flush();
            if (keepTime)
                QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
            file.close();
        };
        damage(true);
        {
            Database db;
            QVERIFY2(db.open(path, &error, unlessClean), qPrintable(error));
        }
        // Any change to its time is a change: checked, and refused as damaged.
        damage(false);
        Database db;
        QVERIFY(!db.open(path, &error, unlessClean));
        QVERIFY2(error.contains(QStringLiteral("is damaged")), qPrintable(error));
    }

    void refusesADamagedFileAndSaysWhere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("a.db");
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, &error));
            QVERIFY(db.exec("CREATE TABLE ballast (n INTEGER PRIMARY KEY, text TEXT)"));
            QVERIFY(db.exec(
                "WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 3000) "
                "INSERT INTO ballast SELECT n, printf('%0600d', n) FROM k"));
            // Out of WAL mode: switching back to it would rewrite the header of the damaged file.
            QVERIFY(db.exec("PRAGMA journal_mode = DELETE"));
            QStringList problems;
            QVERIFY(db.integrityProblems(&problems, 10, &error));
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        }
        // Overwrite the b-tree headers of pages in the middle, as a failing disk would.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / 4096;
        QVERIFY(pages > 100);
        for (qint64 page = pages / 3; page < pages / 3 + 8; ++page) {
            QVERIFY(file.seek(page * 4096));
            file.write(QByteArray(32, '\x5a'));
        }
        file.close();
        const QByteArray damaged = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();

        Database db;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("is damaged")) && error.contains(path),
                 qPrintable(error));
        db.close();
        // Nothing was written: the file is byte for byte as it was found.
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QVERIFY(after.readAll() == damaged);

        Database inspect;
        QVERIFY2(inspect.openForInspection(path, &error), qPrintable(error));
        QStringList problems;
        QVERIFY2(inspect.integrityProblems(&problems, 10, &error), qPrintable(error));
        QVERIFY(!problems.isEmpty());
    }

    void splitsTriggersWhole()
    {
        const QStringList parts =
            splitSqlStatements("-- comment\nCREATE TABLE a (x);\nCREATE TRIGGER t AFTER INSERT ON "
                               "a BEGIN\n  INSERT INTO b VALUES (1);\n"
                               "  INSERT INTO b VALUES (2);\nEND;\nCREATE INDEX i ON a (x);\n");
        QCOMPARE(parts.size(), 3);
        QVERIFY(parts[1].startsWith("CREATE TRIGGER") && parts[1].endsWith("END;"));
        QVERIFY(parts[1].contains("VALUES (2)"));
    }

    void splitsPostgresFunctionsAndTriggersWhole()
    {
        // A $$ body keeps its semicolons (and a blank line); PostgreSQL's CREATE TRIGGER has
        // no body and ends at its semicolon.
        const QStringList parts = splitSqlStatements(
            "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
            "    NEW.x := 1;\n\n    RETURN NEW;\nEND\n$$;\n"
            "CREATE TRIGGER t BEFORE INSERT ON a\n    FOR EACH ROW EXECUTE FUNCTION f();\n"
            "CREATE INDEX i ON a (x);\n");
        QCOMPARE(parts.size(), 3);
        QVERIFY(parts[0].startsWith("CREATE FUNCTION") && parts[0].endsWith("$$;"));
        QVERIFY(parts[0].contains("RETURN NEW;"));
        QVERIFY(parts[1].startsWith("CREATE TRIGGER") && parts[1].endsWith("f();"));
        QCOMPARE(parts[2], QStringLiteral("CREATE INDEX i ON a (x);"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
