// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

namespace steward::testing {

/// The API key every hostile case gives stewardctl: recognisable wherever it turns up.
inline constexpr char kSecretKey[] = "hostile-test-secret-7f3a9c1e5b";

/// How a child process ended, and what it took.
struct RunResult
{
    int exitCode = -1;
    bool crashed = false; ///< died of a signal
    bool overran = false; ///< still running at the bound, and killed
    qint64 elapsedMs = 0;
    qint64 peakKb = 0; ///< the highest VmHWM seen in /proc/<pid>/status while it ran
    QByteArray out;
    QByteArray err;

    /// One line for failure messages and the timing log.
    QByteArray describe() const;
    /// stderr without the progress lines ("syncing …").
    QByteArray messages() const;
};

/// A child process whose peak resident memory is polled while the caller's event loop runs
/// (so servers in this process keep answering it).
class WatchedProcess : public QObject
{
    Q_OBJECT
public:
    explicit WatchedProcess(QObject* parent = nullptr);
    ~WatchedProcess() override;

    void start(const QString& program, const QStringList& arguments,
               const QProcessEnvironment& environment = {});
    /// Spins the event loop until the process ends or boundMs (from its start) pass; then kills
    /// it (overran). Processes started together may be waited for one after the other: each
    /// keeps its own end time and peak.
    RunResult wait(int boundMs);
    QProcess& process() { return m_process; }
    qint64 peakKb() const { return m_peakKb; }

private:
    void poll();

    QProcess m_process;
    QTimer m_poll;
    qint64 m_peakKb = 0;
    qint64 m_startedMs = 0;
    qint64 m_endedMs = -1;
};

/// `stewardctl sync --url url --api-username system --db db --rate-limit 0 --timeout 2
/// --max-wait 5 <extra>` with STEWARD_API_KEY=kSecretKey, bounded by boundMs.
RunResult runSync(const QUrl& url, const QString& db, const QStringList& extra = {},
                  int boundMs = 60000);
/// The arguments runSync passes: a first sync over REST alone (--rest-only), which most cases
/// break; bulkSyncArguments() takes the Data Explorer path, its runs unspaced.
QStringList syncArguments(const QUrl& url, const QString& db, const QStringList& extra = {});
QStringList bulkSyncArguments(const QUrl& url, const QString& db);
/// The environment every stewardctl here runs with: this one plus STEWARD_API_KEY=kSecretKey and
/// `extra` (NAME=VALUE).
QProcessEnvironment stewardctlEnvironment(const QStringList& extra = {});
/// stewardctl with exactly these arguments, STEWARD_API_KEY=kSecretKey.
RunResult runStewardctl(const QStringList& arguments, int boundMs = 60000,
                        const QStringList& extraEnvironment = {});

inline constexpr qint64 kMemoryBoundKb = 600 * 1024;
inline constexpr int kBoundMs = 60000;

/// Every case's common contract: empty when the run ended within boundMs and kMemoryBoundKb,
/// with one of these exit codes, stderr matching the regular expression `message`, and the
/// database passing integrity_check; else what went wrong. Logs the run under `label` (the
/// current test row when empty) either way.
QString endedAs(const RunResult& r, const QString& db, const QList<int>& exitCodes,
                const QString& message, qint64 boundMs = kBoundMs, const QString& label = {});

/// PRAGMA integrity_check over the file: "ok", or its findings joined by "; ".
QString integrity(const QString& dbPath);
/// The first column of the first row of sql over the file; -1 if it did not run.
qint64 scalar(const QString& dbPath, const QString& sql);

} // namespace steward::testing
