// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The first build of the Data Explorer mirror, off the server's thread (docs/sandbox.md
// "Data Explorer"): a large community takes ~50 s to mirror, longer than a client waits for
// an answer, and the server must keep answering everything else meanwhile.
#pragma once

#include "models/sandbox/community.h"

#include <QElapsedTimer>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace steward::sandbox {

class ExplorerMirror;

/// Builds an ExplorerMirror of a snapshot of the community on a thread of its own. The
/// snapshot is a copy taken by the caller (snapshotForMirror()); the worker reads only it and
/// frees it when done. Every member function is for the thread that made the object; the
/// destructor cancels a build in flight and joins the worker.
class ExplorerWarmUp
{
public:
    /// Starts at once; delayMs postpones the build (tests use it to meet the warm-up).
    /// finished, if set, is called once on the worker when the build has ended (or was
    /// cancelled), after isFinished() turned true.
    explicit ExplorerWarmUp(std::unique_ptr<SandboxCommunity> snapshot, int delayMs = 0,
                            std::function<void()> finished = {});
    ~ExplorerWarmUp();
    ExplorerWarmUp(const ExplorerWarmUp&) = delete;
    ExplorerWarmUp& operator=(const ExplorerWarmUp&) = delete;

    bool isFinished() const { return m_finished.load(std::memory_order_acquire); }
    /// Blocks up to timeoutMs for the build to end; true when it has.
    bool wait(int timeoutMs);
    /// Once isFinished(): the built mirror, or nullptr with error set when the build failed.
    /// The mirror belongs to the caller's thread from then on. Call once.
    std::unique_ptr<ExplorerMirror> take(QString* error);
    /// How many seconds the build will likely still take, at least 1: the elapsed time scaled
    /// by the work left (posts weigh more than other rows) once 1% is done, before that a pace
    /// measured on the medium and large communities.
    int secondsLeft() const;

    /// A copy of community for a worker to read: the records only, the caches (which point into
    /// community, or fill on use) left empty.
    static std::unique_ptr<SandboxCommunity> snapshotForMirror(const SandboxCommunity& community);

private:
    void run();

    std::unique_ptr<SandboxCommunity> m_snapshot; ///< the worker's until it finishes
    const qint64 m_expectedWork;
    const int m_delayMs;
    std::function<void()> m_onFinished;
    QElapsedTimer m_clock;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_finished{false};
    std::atomic<qint64> m_progress{0};
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::unique_ptr<ExplorerMirror> m_result; ///< guarded by m_mutex until m_finished
    QString m_error;
    std::thread m_worker; ///< last: starts once every member above is ready
};

} // namespace steward::sandbox
