// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/hostile/watchedrun.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>
#include <QUrl>
#include <QUuid>

namespace steward::testing {

namespace {

qint64 vmHighWaterKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

QString exitList(const QList<int>& codes)
{
    QStringList names;
    for (int code : codes)
        names.append(QString::number(code));
    return names.join(QStringLiteral(" or "));
}

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

} // namespace

QByteArray RunResult::describe() const
{
    return "exit " + QByteArray::number(exitCode) + (crashed ? " (crashed)" : "") +
           (overran ? " (overran, killed)" : "") + " after " + QByteArray::number(elapsedMs) +
           " ms, peak " + QByteArray::number(peakKb / 1024) +
           " MiB; stderr: " + messages().right(600);
}

QByteArray RunResult::messages() const
{
    QByteArrayList lines;
    for (const QByteArray& line : err.split('\n'))
        if (!line.startsWith("syncing ") && !line.trimmed().isEmpty())
            lines.append(line);
    return lines.join('\n');
}

WatchedProcess::WatchedProcess(QObject* parent)
    : QObject(parent)
{
    m_poll.setInterval(20);
    connect(&m_poll, &QTimer::timeout, this, &WatchedProcess::poll);
    connect(&m_process, &QProcess::finished, this, [this] {
        m_endedMs = monotonicMs();
        m_poll.stop();
    });
}

WatchedProcess::~WatchedProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void WatchedProcess::start(const QString& program, const QStringList& arguments,
                           const QProcessEnvironment& environment)
{
    if (!environment.isEmpty())
        m_process.setProcessEnvironment(environment);
    m_startedMs = monotonicMs();
    m_process.start(program, arguments);
    m_process.waitForStarted(10000);
    m_poll.start();
}

void WatchedProcess::poll()
{
    if (const qint64 pid = m_process.processId(); pid > 0)
        m_peakKb = std::max(m_peakKb, vmHighWaterKb(pid));
}

RunResult WatchedProcess::wait(int boundMs)
{
    RunResult result;
    const QDeadlineTimer bound(std::max<qint64>(0, boundMs - (monotonicMs() - m_startedMs)));
    while (m_process.state() != QProcess::NotRunning && !bound.hasExpired()) {
        poll();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        m_process.waitForFinished(
            5); // also reaps; the servers in this process answer in processEvents
    }
    if (m_process.state() != QProcess::NotRunning) {
        result.overran = true;
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_poll.stop();
    result.elapsedMs = (m_endedMs >= 0 ? m_endedMs : monotonicMs()) - m_startedMs;
    result.exitCode = m_process.exitCode();
    result.crashed = !result.overran && m_process.exitStatus() == QProcess::CrashExit;
    result.peakKb = m_peakKb;
    result.out = m_process.readAllStandardOutput();
    result.err = m_process.readAllStandardError();
    return result;
}

QProcessEnvironment stewardctlEnvironment(const QStringList& extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STEWARD_API_KEY"), QString::fromLatin1(kSecretKey));
    // Retries, 429 pauses and run spacing pass at once; deadlines stay on real time.
    env.insert(QStringLiteral("STEWARD_TEST_VIRTUAL_CLOCK"), QStringLiteral("1"));
    for (const QString& pair : extra)
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    return env;
}

RunResult runStewardctl(const QStringList& arguments, int boundMs,
                        const QStringList& extraEnvironment)
{
    WatchedProcess process;
    process.start(QStringLiteral(STEWARDCTL), arguments, stewardctlEnvironment(extraEnvironment));
    return process.wait(boundMs);
}

QStringList syncArguments(const QUrl& url, const QString& db, const QStringList& extra)
{
    return QStringList{QStringLiteral("sync"),
                       QStringLiteral("--url"),
                       url.toString(),
                       QStringLiteral("--api-username"),
                       QStringLiteral("system"),
                       QStringLiteral("--db"),
                       db,
                       QStringLiteral("--rate-limit"),
                       QStringLiteral("0"),
                       QStringLiteral("--timeout"),
                       QStringLiteral("2"),
                       QStringLiteral("--max-wait"),
                       QStringLiteral("5"),
                       QStringLiteral("--rest-only")} +
           extra;
}

QStringList bulkSyncArguments(const QUrl& url, const QString& db)
{
    QStringList arguments =
        syncArguments(url, db, {QStringLiteral("--explorer-rate"), QStringLiteral("0")});
    arguments.removeAll(QStringLiteral("--rest-only"));
    return arguments;
}

RunResult runSync(const QUrl& url, const QString& db, const QStringList& extra, int boundMs)
{
    return runStewardctl(syncArguments(url, db, extra), boundMs);
}

namespace {

template <typename Body> auto withDatabase(const QString& path, Body body)
{
    const QString name = QUuid::createUuid().toString();
    decltype(body(std::declval<QSqlDatabase&>())) result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        result = body(db);
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

QString endedAs(const RunResult& r, const QString& db, const QList<int>& exitCodes,
                const QString& message, qint64 boundMs, const QString& label)
{
    const QString name = !label.isEmpty() ? label
                         : QTest::currentDataTag()
                             ? QString::fromUtf8(QTest::currentDataTag())
                             : QString::fromUtf8(QTest::currentTestFunction());
    qInfo("%s: %s", qPrintable(name), r.describe().left(400).constData());
    const QString got = QString::fromUtf8(r.describe());
    if (r.overran || r.crashed || r.elapsedMs > boundMs)
        return QStringLiteral("no bounded end (%1 ms allowed): %2").arg(boundMs).arg(got);
    if (r.peakKb > kMemoryBoundKb)
        return QStringLiteral("peak memory %1 MiB: %2").arg(r.peakKb / 1024).arg(got);
    if (!exitCodes.contains(r.exitCode) ||
        !QRegularExpression(message).match(QString::fromUtf8(r.err)).hasMatch())
        return QStringLiteral("expected exit %1 and /%2/; got %3")
            .arg(exitList(exitCodes), message, got);
    if (const QString check = integrity(db); check != u"ok")
        return QStringLiteral("database damaged: %1").arg(check);
    return {};
}

QString integrity(const QString& dbPath)
{
    if (!QFile::exists(dbPath))
        return QStringLiteral("no database file");
    return withDatabase(dbPath, [](QSqlDatabase& db) {
        if (!db.open())
            return QStringLiteral("cannot open");
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            return QStringLiteral("integrity_check did not run");
        QStringList findings;
        while (q.next())
            findings.append(q.value(0).toString());
        return findings.join(QStringLiteral("; "));
    });
}

qint64 scalar(const QString& dbPath, const QString& sql)
{
    return withDatabase(dbPath, [&sql](QSqlDatabase& db) -> qint64 {
        QSqlQuery q(db);
        if (!db.open() || !q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    });
}

} // namespace steward::testing
