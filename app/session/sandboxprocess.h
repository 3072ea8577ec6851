// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace steward {

/// `stewardctl sandbox` run as a child process, read from its output: the address as soon as
/// it listens ("Listening on URL", standard error), then the admin account (standard output,
/// "URL api-username=NAME api-key=KEY") and the case system's account once it serves. The
/// child ends with SIGTERM (closing its journal cleanly) when this object is destroyed, and
/// by itself if this process dies first.
class SandboxProcess : public QObject
{
    Q_OBJECT
public:
    struct Served
    {
        QUrl url;
        QString adminUsername, adminKey;
        QString caseUsername, casePassword;
    };

    explicit SandboxProcess(QObject* parent = nullptr);
    ~SandboxProcess() override;

    /// Starts program with arguments; listening(url) when it has its port, then
    /// done(error) once it serves (error empty) or when it failed or ended first.
    void start(const QString& program, const QStringList& arguments,
               std::function<void(const QUrl& url)> listening,
               std::function<void(const QString& error)> done);
    const Served& served() const { return m_served; }
    qint64 processId() const { return m_process.processId(); }

private:
    void readLines(QProcess::ProcessChannel channel);
    void finish(const QString& error);

    QProcess m_process;
    QByteArray m_partial[2];
    QString m_lastErrorLine; ///< what it said last on standard error, for a failure's message
    Served m_served;
    std::function<void(const QUrl&)> m_listening;
    std::function<void(const QString&)> m_done;
};

} // namespace steward
