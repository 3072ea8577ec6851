// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/server/sandboxthread.h"

namespace steward::sandbox {

SandboxThread::~SandboxThread()
{
    if (!m_context)
        return;
    QMetaObject::invokeMethod(m_context, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_context->deleteLater();
    m_thread.quit();
    m_thread.wait();
}

void SandboxThread::startThread()
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
}

bool SandboxThread::waitForExplorerMirror(int timeoutMs)
{
    if (!m_server || !m_server->options().dataExplorer)
        return false;
    bool ready = false;
    QMetaObject::invokeMethod(
        m_context, [&] { ready = m_server->waitForExplorerMirror(timeoutMs); },
        Qt::BlockingQueuedConnection);
    return ready;
}

void SandboxThread::start(const GeneratorParams& params, const ServerOptions& options,
                          QObject* context, std::function<void(const QString& error)> done,
                          std::function<void(const QUrl& url)> listening)
{
    startThread();
    // The destructor's delete is queued behind this, so m_server is set before it is read there;
    // the caller reads server() only after done(), which the queued call orders after it too.
    QMetaObject::invokeMethod(
        m_context,
        [this, params, options, context, done = std::move(done), listening = std::move(listening)] {
            m_server = new SandboxServer(params, options);
            QString error;
            if (listening && m_server->listen(&error))
                QMetaObject::invokeMethod(
                    context, [listening, url = m_server->url()] { listening(url); },
                    Qt::QueuedConnection);
            if (error.isEmpty() && !m_server->start(&error) && error.isEmpty())
                error = QStringLiteral("the sandbox server did not start");
            QMetaObject::invokeMethod(
                context, [done, error] { done(error); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

bool SandboxThread::start(const GeneratorParams& params, const ServerOptions& options,
                          QString* error)
{
    startThread();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            m_server = new SandboxServer(params, options);
            ok = m_server->start(error);
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

} // namespace steward::sandbox
