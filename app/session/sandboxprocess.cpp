// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/sandboxprocess.h"

#include <QRegularExpression>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace steward {

SandboxProcess::SandboxProcess(QObject* parent)
    : QObject(parent)
{
    // Ends with this process even when it is killed and cannot say so; if this process died
    // before the request was made, the child ends at once.
    const pid_t self = ::getpid();
    m_process.setChildProcessModifier([self] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != self)
            ::_exit(1);
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            [this] { readLines(QProcess::StandardOutput); });
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { readLines(QProcess::StandardError); });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish(tr("%1 could not be started: %2")
                       .arg(m_process.program(), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this] {
        finish(m_lastErrorLine.isEmpty() ? tr("the sandbox ended before it served")
                                         : m_lastErrorLine);
    });
}

SandboxProcess::~SandboxProcess()
{
    // Nothing it says while it ends reaches the callbacks, whose owners may be gone.
    disconnect(&m_process, nullptr, this, nullptr);
    m_listening = nullptr;
    m_done = nullptr;
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: once it serves, its journal is closed cleanly
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(1000);
}

void SandboxProcess::start(const QString& program, const QStringList& arguments,
                           std::function<void(const QUrl& url)> listening,
                           std::function<void(const QString& error)> done)
{
    m_listening = std::move(listening);
    m_done = std::move(done);
    // Its lines are read here: in English whatever the user's language.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_process.setProcessEnvironment(environment);
    m_process.start(program, arguments);
}

void SandboxProcess::readLines(QProcess::ProcessChannel channel)
{
    static const QRegularExpression listeningLine(QStringLiteral("^Listening on (http://\\S+)"));
    static const QRegularExpression casesLine(
        QStringLiteral("sn_customerservice_case, user (\\S+), password (\\S+)$"));
    static const QRegularExpression adminLine(
        QStringLiteral("^(http://\\S+) api-username=(\\S+) api-key=(\\S+)$"));
    m_process.setReadChannel(channel);
    QByteArray& partial = m_partial[channel == QProcess::StandardOutput ? 0 : 1];
    partial += m_process.readAll();
    qsizetype end = 0;
    while ((end = partial.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(partial.left(end)).trimmed();
        partial.remove(0, end + 1);
        if (channel == QProcess::StandardError) {
            m_lastErrorLine = line;
            if (const auto m = listeningLine.match(line); m.hasMatch() && m_listening)
                std::exchange(m_listening, nullptr)(QUrl(m.captured(1)));
            if (const auto m = casesLine.match(line); m.hasMatch()) {
                m_served.caseUsername = m.captured(1);
                m_served.casePassword = m.captured(2);
            }
        } else if (const auto m = adminLine.match(line); m.hasMatch()) {
            m_served.url = QUrl(m.captured(1));
            m_served.adminUsername = m.captured(2);
            m_served.adminKey = m.captured(3);
        }
        // Served once both accounts are read: they come on two pipes, in either order.
        if (!m_served.url.isEmpty() && !m_served.caseUsername.isEmpty())
            finish({});
    }
}

void SandboxProcess::finish(const QString& error)
{
    if (auto done = std::exchange(m_done, nullptr))
        done(error);
}

} // namespace steward
