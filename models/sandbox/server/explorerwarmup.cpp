// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/server/explorerwarmup.h"

#include "models/sandbox/server/explorermirror.h"
#include "models/sandbox/server/explorertables.h"

#include <cmath>

namespace steward::sandbox {

namespace {

/// Microseconds a unit of work (explorer::expectedWork()) takes before a build has shown its
/// own pace: measured 2.9 on the medium and 3.5 on the large community with a -O2 build
/// (docs/sandbox.md), rounded up; debug and sanitizer builds are slower, and the estimate
/// corrects itself once 1% is done.
constexpr double kPriorMicrosecondsPerUnit = 4.0;

} // namespace

ExplorerWarmUp::ExplorerWarmUp(std::unique_ptr<SandboxCommunity> snapshot, int delayMs,
                               std::function<void()> finished)
    : m_snapshot(std::move(snapshot))
    , m_expectedWork(std::max<qint64>(1, explorer::expectedWork(*m_snapshot)))
    , m_delayMs(std::max(0, delayMs))
    , m_onFinished(std::move(finished))
{
    m_clock.start();
    m_worker = std::thread([this] { run(); });
}

ExplorerWarmUp::~ExplorerWarmUp()
{
    {
        const std::lock_guard lock(m_mutex);
        m_cancel.store(true);
    }
    m_changed.notify_all();
    if (m_worker.joinable())
        m_worker.join();
}

void ExplorerWarmUp::run()
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait_for(lock, std::chrono::milliseconds(m_delayMs),
                           [this] { return m_cancel.load(); });
    }
    auto mirror = std::make_unique<ExplorerMirror>();
    QString error;
    const bool built =
        !m_cancel.load() && mirror->build(*m_snapshot, &error, &m_cancel, &m_progress);
    m_snapshot.reset(); // its memory goes as soon as it is no longer needed
    if (!built)
        mirror.reset(); // closed here, on the thread that used it
    {
        const std::lock_guard lock(m_mutex);
        m_result = std::move(mirror);
        m_error = built ? QString() : error.isEmpty() ? QStringLiteral("cancelled") : error;
        m_finished.store(true, std::memory_order_release);
    }
    m_changed.notify_all();
    if (m_onFinished)
        m_onFinished();
}

bool ExplorerWarmUp::wait(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                              [this] { return m_finished.load(); });
}

std::unique_ptr<ExplorerMirror> ExplorerWarmUp::take(QString* error)
{
    if (m_worker.joinable())
        m_worker.join();
    const std::lock_guard lock(m_mutex);
    if (!m_result && error)
        *error = m_error;
    return std::move(m_result);
}

int ExplorerWarmUp::secondsLeft() const
{
    const qint64 elapsed = m_clock.elapsed();
    const qint64 done = m_progress.load(std::memory_order_relaxed);
    double leftMs = 0;
    if (elapsed < m_delayMs || done < m_expectedWork / 100)
        leftMs = std::max<qint64>(0, m_delayMs - elapsed) +
                 double(m_expectedWork - done) * kPriorMicrosecondsPerUnit / 1000.0;
    else
        leftMs = double(elapsed - m_delayMs) * double(std::max<qint64>(0, m_expectedWork - done)) /
                 double(done);
    return std::max(1, int(std::ceil(leftMs / 1000.0)));
}

std::unique_ptr<SandboxCommunity>
ExplorerWarmUp::snapshotForMirror(const SandboxCommunity& community)
{
    auto copy = std::make_unique<SandboxCommunity>(community);
    copy->textCache.clear();
    copy->postJsonCache.clear();
    copy->listCache.clear();
    copy->userListCache.clear();
    copy->cases.clear();
    copy->explorerQueries.clear();
    copy->userNotes.clear();
    return copy;
}

} // namespace steward::sandbox
