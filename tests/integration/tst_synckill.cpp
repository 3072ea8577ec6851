// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `stewardctl sync` as a process: killed with SIGKILL at many points, the database passes
// SQLite's integrity checks every time, and resuming ends equal to an uninterrupted sync;
// its exit codes and messages say what went wrong.
#include "tests/support/synctesting.h"

#include <QProcess>
#include <QSqlError>
#include <QTemporaryDir>

using namespace steward;
using namespace steward::testing;

namespace {

QString integrity(const QString& path)
{
    Database db;
    QString error;
    if (!db.open(path, &error))
        return error;
    QSqlQuery q(db.connection());
    if (!q.exec("PRAGMA integrity_check") || !q.next())
        return QStringLiteral("integrity_check did not run");
    if (q.value(0).toString() != u"ok")
        return q.value(0).toString();
    if (!q.exec("INSERT INTO post_search (post_search) VALUES ('integrity-check')"))
        return QStringLiteral("full-text index: ") + q.lastError().text();
    return QStringLiteral("ok");
}

} // namespace

class TestSyncKill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedSyncResumesToTheSameDatabase_data()
    {
        QTest::addColumn<bool>("bulk");
        QTest::addColumn<int>("latencyMs");
        // Each stretches a first sync of the small community to about a second.
        QTest::newRow("REST walk") << false << 3;
        QTest::newRow("Data Explorer") << true << 60;
    }

    void killedSyncResumesToTheSameDatabase()
    {
        QFETCH(bool, bulk);
        QFETCH(int, latencyMs);
        sandbox::ServerOptions options;
        options.faults.latencyMs = latencyMs;
        auto server = startSandbox(options);
        QTemporaryDir dir;

        QString reference;
        {
            SyncRig rig(dir.filePath("reference.db"), adminSite(*server));
            rig.engine.setBulkPathAllowed(bulk);
            QVERIFY(rig.sync());
            QCOMPARE(rig.engine.summary().bulkPath,
                     bulk ? BulkPath::DataExplorer : BulkPath::NotTried);
            reference = dumpTables(rig.database);
        }

        const QString path = dir.filePath("killed.db");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("STEWARD_API_KEY", server->adminCredentials().key);
        const QStringList args =
            QStringList{"sync",
                        "--url",
                        server->url().toString(),
                        "--api-username",
                        server->adminCredentials().username,
                        "--db",
                        path,
                        "--rate-limit",
                        "0"} +
            (bulk ? QStringList{"--explorer-rate", "0"} : QStringList{"--rest-only"});
        int killed = 0;
        for (int delayMs : {40, 80, 130, 190, 260, 340, 430, 530, 640, 760, 900}) {
            QProcess sync;
            sync.setProcessEnvironment(env);
            sync.start(QStringLiteral(STEWARDCTL), args);
            QVERIFY(sync.waitForStarted());
            QTest::qWait(delayMs); // the event loop keeps serving the sandbox meanwhile
            if (sync.state() == QProcess::Running) {
                sync.kill(); // SIGKILL
                ++killed;
            }
            QTRY_VERIFY_WITH_TIMEOUT(sync.state() == QProcess::NotRunning, 10000);
            const QString check = integrity(path);
            QVERIFY2(
                check == u"ok",
                qPrintable(QStringLiteral("after a kill at %1 ms: %2").arg(delayMs).arg(check)));
        }
        QVERIFY2(killed >= 5,
                 qPrintable(QStringLiteral("only %1 kills landed mid-sync").arg(killed)));

        QProcess last;
        last.setProcessEnvironment(env);
        last.start(QStringLiteral(STEWARDCTL), args);
        QTRY_VERIFY_WITH_TIMEOUT(last.state() == QProcess::NotRunning, 60000);
        QCOMPARE(last.exitCode(), 0);
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        const QString resumed = dumpTables(db);
        QCOMPARE(digest(resumed), digest(reference));
        qInfo(
            "%d kills mid-sync, resumed database equals the uninterrupted one (%lld bytes of rows)",
            killed, qint64(resumed.size()));
    }

    void exitCodesSayWhatWentWrong()
    {
        auto server = startSandbox();
        QTemporaryDir dir;
        auto run = [&](const QString& key, const QString& url, QByteArray* out, QByteArray* err) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("STEWARD_API_KEY", key);
            // The closed port's retries back off on a virtual clock: the same attempts, at once.
            env.insert("STEWARD_TEST_VIRTUAL_CLOCK", "1");
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(STEWARDCTL),
                    {"sync", "--url", url, "--api-username", server->adminCredentials().username,
                     "--db", dir.filePath("c.db"), "--rate-limit", "0", "--only", "queue"});
            [&] { QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 30000); }();
            *out = p.readAllStandardOutput();
            *err = p.readAllStandardError();
            return p.exitCode();
        };
        QByteArray out, err;
        QCOMPARE(run("wrong", server->url().toString(), &out, &err), 77);
        QVERIFY2(err.contains("refused the API key"), err.constData());
        QCOMPARE(run(server->adminCredentials().key, "http://127.0.0.1:1", &out, &err), 68);
        QVERIFY2(err.contains("cannot reach the server"), err.constData());
        QCOMPARE(run(server->adminCredentials().key, server->url().toString(), &out, &err), 0);
        QVERIFY2(out.contains("full sync finished") && out.contains("reviewables") &&
                     out.contains("requests"),
                 out.constData());
        QCOMPARE(err.count('\n'),
                 err.count("syncing")); // progress lines only, no errors, no log lines
    }

    void verboseLogsEachRequestButNeverTheKey()
    {
        auto server = startSandbox();
        QTemporaryDir dir;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("STEWARD_API_KEY", server->adminCredentials().key);
        env.remove("QT_LOGGING_RULES");
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(STEWARDCTL),
                {"sync", "--url", server->url().toString(), "--api-username",
                 server->adminCredentials().username, "--db", dir.filePath("v.db"), "--rate-limit",
                 "0", "--only", "queue", "--verbose"});
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 30000);
        QCOMPARE(p.exitCode(), 0);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("steward.net debug: GET /site (attempt 1)"), err.constData());
        QVERIFY2(err.contains("steward.net debug: GET /review"), err.constData());
        QVERIFY2(err.contains("steward.sync info: sync of ") &&
                     err.contains("steward.sync info: sync finished in"),
                 err.constData());
        QVERIFY2(!err.contains(server->adminCredentials().key.toUtf8()),
                 "the API key must never be logged");
    }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"
