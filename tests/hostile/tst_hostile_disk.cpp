// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The disk and the key on this machine: a copy that cannot be written, a disk that fills up
// during a sync, the key kept out of every file and of the command line, and a sandbox asked
// for paths outside its API.
#include "tests/hostile/tst_hostile.h"

#include <QFile>
#include <QTcpSocket>

#include <csignal>
#include <sys/resource.h>

namespace steward::testing {

namespace {

/// Every occurrence of needle in the file; 0 when it cannot be read.
int occurrences(const QString& path, const QByteArray& needle)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return int(file.readAll().count(needle));
}

} // namespace

// Issue 21, held: a read-only place for the copy. Contract: exit 74 naming the file, at once.
void TestHostile::aCopyThatCannotBeWrittenEndsClearly()
{
    auto server = hostile();
    const QString nowhere =
        QStringLiteral("/proc/self/steward-copy/steward.db"); // not writable, even for root
    const RunResult r = runSync(server->url(), nowhere);
    QVERIFY2(!r.overran && !r.crashed && r.elapsedMs < 10000, r.describe().constData());
    QVERIFY2(r.exitCode == 74 && r.err.contains(nowhere.toUtf8()), r.describe().constData());
    QVERIFY(
        server->requests().isEmpty()); // nothing was asked of the server for a copy it cannot keep
}

// Issue 21, held: a full disk. Simulated with RLIMIT_FSIZE on the child (each write past it
// fails with EFBIG, as ENOSPC would). Contract: exit 74 with SQLite's reason, an intact file,
// and a later sync with room completes the same copy: nothing lost.
void TestHostile::aFullDiskEndsClearlyAndLosesNothing()
{
    auto server = hostile();
    WatchedProcess sync;
    sync.process().setChildProcessModifier([] {
        const rlimit limit{512 * 1024, 512 * 1024};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        ::signal(SIGXFSZ, SIG_IGN); // the write fails instead of killing the process
    });
    sync.start(QStringLiteral(STEWARDCTL), syncArguments(server->url(), db()),
               stewardctlEnvironment());
    const RunResult full = sync.wait(kBoundMs);
    QString failure = endedAs(full, db(), {74}, QStringLiteral("disk full or read-only"), kBoundMs,
                              QStringLiteral("disk full"));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    const RunResult roomy = runSync(server->url(), db());
    failure = endedAs(roomy, db(), {0}, QString(), kBoundMs, QStringLiteral("room again"));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const qint64 honest =
        m_honestPosts > 0 ? m_honestPosts : qint64(m_sandbox->community().posts.size()) / 2;
    QVERIFY2(
        scalar(db(), QStringLiteral("SELECT COUNT(*) FROM posts")) >= honest,
        qPrintable(QString::number(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM posts")))));
}

// Issue 21, held: secrets kept out of files and argv. Contract: after a whole sync the key is
// in no file Steward wrote (database, WAL, shared memory) nor in what it printed, and the
// running process's command line never carries it.
void TestHostile::theKeyStaysOutOfFilesAndTheCommandLine()
{
    auto server = hostile();
    WatchedProcess sync;
    sync.start(QStringLiteral(STEWARDCTL), syncArguments(server->url(), db()),
               stewardctlEnvironment());
    QByteArray cmdline; // read while it runs (empty for an instant after exec on a loaded machine)
    for (int tries = 0;
         cmdline.isEmpty() && tries < 100 && sync.process().state() == QProcess::Running; ++tries) {
        QFile proc(QStringLiteral("/proc/%1/cmdline").arg(sync.process().processId()));
        if (proc.open(QIODevice::ReadOnly))
            cmdline = proc.readAll();
        if (cmdline.isEmpty())
            QTest::qWait(20);
    }
    const RunResult r = sync.wait(kBoundMs);
    const QString failure = endedAs(r, db(), {0}, QString());
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(!cmdline.isEmpty());
    QVERIFY(!cmdline.contains(kSecretKey));
    QVERIFY(!r.out.contains(kSecretKey) && !r.err.contains(kSecretKey));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QVERIFY2(occurrences(db() + suffix, kSecretKey) == 0, qPrintable(suffix));
    QVERIFY(server->requests().size() > 10); // it did talk to the server, with the key
}

namespace {

/// Whether answer holds an HTTP response's head and all of the body its Content-Length gives.
bool wholeAnswer(const QByteArray& answer)
{
    const qsizetype headEnd = answer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    for (const QByteArray& line : answer.left(headEnd).split('\n'))
        if (line.toLower().startsWith("content-length:"))
            return answer.size() - headEnd - 4 >= line.mid(15).trimmed().toLongLong();
    return false; // every answer here states its length
}

} // namespace

// Issue 21, held: path traversal. Contract: the sandbox serves its API (and, as Discourse, an
// HTML shell for other paths) and nothing from disk, however the path is spelled.
void TestHostile::theSandboxServesNothingFromDisk()
{
    const QUrl base = m_sandbox->url();
    for (const QByteArray& path :
         {QByteArray("/../../../../etc/passwd"), QByteArray("/t/..%2f..%2f..%2fetc%2fpasswd.json"),
          QByteArray("/%2e%2e/%2e%2e/etc/passwd"), QByteArray("/uploads/../../etc/passwd"),
          QByteArray("//etc/passwd")}) {
        QTcpSocket socket;
        socket.connectToHost(base.host(), quint16(base.port()));
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::ConnectedState, 5000);
        socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY2_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n"),
                                  path.constData(), 10000);
        // The whole answer, as long as its Content-Length says.
        QTRY_VERIFY2_WITH_TIMEOUT((answer += socket.readAll(), wholeAnswer(answer)),
                                  answer.left(600).constData(), 10000);
        // As Discourse, a path that is not the API gets the app's HTML shell (200) or a 404.
        QVERIFY2(!answer.contains("root:") && !answer.contains("/bin/"),
                 answer.left(600).constData());
    }
}

} // namespace steward::testing
