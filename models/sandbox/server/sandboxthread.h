// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sandbox/server/sandboxserver.h"

#include <QThread>
#include <QUrl>

#include <functional>

namespace steward::sandbox {

/// A SandboxServer serving from a thread of its own, so that the thread that talks to it
/// (a window, a benchmark's client) never waits on it. The server is made, started and
/// destroyed on that thread; from others, use only what does not change once started
/// (url(), adminCredentials(), caseCredentials(), and community() while no request mutates it).
class SandboxThread
{
public:
    SandboxThread() = default;
    ~SandboxThread();
    SandboxThread(const SandboxThread&) = delete;
    SandboxThread& operator=(const SandboxThread&) = delete;

    /// Generates (or reloads from options.dataDirectory) and starts serving; waits until
    /// it listens. False with an error.
    bool start(const GeneratorParams& params, const ServerOptions& options, QString* error);
    /// The same without waiting: done(error) runs in context's thread once the server listens
    /// (error empty) or could not start. context must outlive this object (own it, say); when
    /// it is being destroyed by then, done() does not run.
    /// listening(url), when given, runs in context's thread first, as soon as the server has
    /// its port and before it has its community: requests sent from then on are answered once
    /// it has.
    void start(const GeneratorParams& params, const ServerOptions& options, QObject* context,
               std::function<void(const QString& error)> done,
               std::function<void(const QUrl& url)> listening = {});
    SandboxServer* server() const { return m_server; }
    /// Waits up to timeoutMs until the server has adopted its Data Explorer mirror (which it
    /// builds on a worker after start), so that runs answer at once and the build no longer
    /// competes for a core (benchmarks). False when it is not ready by then or the plugin is off.
    bool waitForExplorerMirror(int timeoutMs = 120000);

private:
    /// Starts the thread and the object that runs calls on it.
    void startThread();

    QThread m_thread;
    QObject* m_context = nullptr;
    SandboxServer* m_server = nullptr;
};

} // namespace steward::sandbox
