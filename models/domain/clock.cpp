// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/clock.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace steward {

namespace {

class SystemClock final : public Clock
{
public:
    SystemClock() { m_elapsed.start(); }
    qint64 monotonicMs() const override { return m_elapsed.elapsed(); }
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    void callAfter(qint64 ms, const QObject* context, std::function<void()> fn) override
    {
        const int wait = int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max()));
        QTimer::singleShot(wait, context, std::move(fn));
    }

private:
    QElapsedTimer m_elapsed;
};

} // namespace

Clock* Clock::system()
{
    static SystemClock clock;
    return &clock;
}

ClockTimer::ClockTimer(Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(nullptr)
{
    setClock(clock);
}

void ClockTimer::setClock(Clock* clock)
{
    stop();
    m_clock = clock ? clock : Clock::system();
    if (m_clock == Clock::system() && !m_real) {
        m_real = new QTimer(this);
        m_real->setSingleShot(true);
        connect(m_real, &QTimer::timeout, this, &ClockTimer::fire);
    }
}

void ClockTimer::fire()
{
    m_active = false;
    Q_EMIT timeout();
}

void ClockTimer::start(qint64 ms)
{
    m_active = true;
    m_dueMs = m_clock->monotonicMs() + std::max<qint64>(0, ms);
    if (m_clock == Clock::system()) {
        m_real->start(int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max())));
        return;
    }
    // A context of its own for each arming: re-arming or stopping deletes it, so the clock
    // never runs the earlier callback, nor waits (or jumps) for it.
    delete m_armed;
    m_armed = new QObject(this);
    m_clock->callAfter(std::max<qint64>(0, ms), m_armed, [this] { fire(); });
}

void ClockTimer::stop()
{
    m_active = false;
    if (m_real)
        m_real->stop();
    delete m_armed;
    m_armed = nullptr;
}

qint64 ClockTimer::remainingMs() const
{
    return m_active ? std::max<qint64>(0, m_dueMs - m_clock->monotonicMs()) : 0;
}

VirtualClock::VirtualClock(QDateTime start, QObject* parent)
    : QObject(parent)
    , m_start(std::move(start))
{
}

void VirtualClock::callAfter(qint64 ms, const QObject* context, std::function<void()> fn)
{
    const qint64 due = m_nowMs + std::max<qint64>(0, ms);
    m_pending.emplace(std::pair(due, m_sequence++), Pending{context, std::move(fn)});
    armStep();
}

void VirtualClock::endRealWork()
{
    m_realWork = std::max(0, m_realWork - 1);
    armStep();
}

void VirtualClock::setAutoAdvance(bool on)
{
    m_auto = on;
    armStep();
}

void VirtualClock::advance(qint64 ms)
{
    const qint64 until = m_nowMs + std::max<qint64>(0, ms);
    runDue(until);
    m_nowMs = until;
}

void VirtualClock::runDue(qint64 untilMs)
{
    while (!m_pending.empty() && m_pending.begin()->first.first <= untilMs) {
        auto first = m_pending.begin();
        m_nowMs = std::max(m_nowMs, first->first.first);
        Pending due = std::move(first->second);
        m_pending.erase(first);
        if (due.context)
            due.fn();
    }
}

void VirtualClock::armStep()
{
    // Callbacks due now run from the event loop (never inside callAfter), in either mode.
    const bool dueNow = !m_pending.empty() && m_pending.begin()->first.first <= m_nowMs;
    const bool mayJump = m_auto && m_realWork == 0;
    if (m_stepArmed || m_pending.empty() || !(mayJump || dueNow))
        return;
    m_stepArmed = true;
    QTimer::singleShot(0, this, &VirtualClock::step);
}

int VirtualClock::pendingCount() const
{
    return int(std::count_if(m_pending.cbegin(), m_pending.cend(),
                             [](const auto& entry) { return !entry.second.context.isNull(); }));
}

void VirtualClock::dropDead()
{
    std::erase_if(m_pending, [](const auto& entry) { return entry.second.context.isNull(); });
}

void VirtualClock::step()
{
    m_stepArmed = false;
    dropDead(); // never jump to a time nobody waits for
    if (m_pending.empty())
        return;
    // Auto: jump to the earliest callback, unless real work is open; manual: only what is due.
    const bool jump = m_auto && m_realWork == 0;
    runDue(jump ? m_pending.begin()->first.first : m_nowMs);
    armStep();
}

} // namespace steward
