// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>

#include <functional>
#include <map>

namespace steward {

/// Where time comes from for everything that waits or measures: the client's rate limiter and
/// retries, the outbox's undo window and its resolve retries, Data Explorer's spacing, the
/// sandbox's limiters and server clock. Production code uses Clock::system(); tests pass a
/// VirtualClock, so that a minute of rate limit passes at once and "nothing was sent during the
/// undo window" is checked by advancing time, not by sleeping.
///
/// Network deadlines (a stalled socket, a trickled answer) are not on a Clock: they guard
/// against a real peer and stay on real time.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Milliseconds on a monotonic scale; only differences mean anything.
    virtual qint64 monotonicMs() const = 0;
    /// The wall clock, UTC.
    virtual QDateTime nowUtc() const = 0;
    /// Calls fn on context's thread once ms (>= 0) of this clock's time have passed; never
    /// if context is destroyed first. Never calls fn before returning.
    virtual void callAfter(qint64 ms, const QObject* context, std::function<void()> fn) = 0;
    /// Work on real time started or ended (a request on the wire): a VirtualClock does not jump
    /// over it. Calls pair up; the real clock ignores them.
    virtual void beginRealWork() {}
    virtual void endRealWork() {}

    /// The real clock (QElapsedTimer, the system's time, QTimer); shared and thread-safe.
    static Clock* system();
};

/// A restartable single-shot timer on a Clock, for objects that re-arm one wake-up (the
/// client's queue, the outbox). On the real clock it is one QTimer. Lives on the thread that
/// made it.
class ClockTimer : public QObject
{
    Q_OBJECT
public:
    explicit ClockTimer(Clock* clock, QObject* parent = nullptr);

    void setClock(Clock* clock);
    /// (Re)arms: timeout() fires once ms from now, replacing any earlier arming.
    void start(qint64 ms);
    void stop();
    bool isActive() const { return m_active; }
    /// Milliseconds until timeout(); 0 when due or inactive.
    qint64 remainingMs() const;

Q_SIGNALS:
    void timeout();

private:
    void fire();

    Clock* m_clock;
    QTimer* m_real = nullptr;   ///< on the real clock
    QObject* m_armed = nullptr; ///< on another: the context of the pending callAfter
    qint64 m_dueMs = 0;
    bool m_active = false;
};

/// Time that passes only when told to, for tests. All users must be on its thread.
///
/// Manual (the default): advance() moves time forward and runs, in order of due time, every
/// callback that falls due on the way. Auto-advancing: whenever callbacks are pending, time
/// jumps to the earliest one from the event loop, but only while no real work is open
/// (beginRealWork()), so waits cost no real time and a request on the wire is answered at the
/// time it was sent, as on a real network. Do not auto-advance with a periodic timer on the clock:
/// time would race ahead.
class VirtualClock : public QObject, public Clock
{
    Q_OBJECT
public:
    explicit VirtualClock(QDateTime start = QDateTime(QDate(2026, 11, 20), QTime(15, 0),
                                                      QTimeZone::UTC),
                          QObject* parent = nullptr);

    qint64 monotonicMs() const override { return m_nowMs; }
    QDateTime nowUtc() const override { return m_start.addMSecs(m_nowMs); }
    void callAfter(qint64 ms, const QObject* context, std::function<void()> fn) override;
    void beginRealWork() override { ++m_realWork; }
    void endRealWork() override;

    void setAutoAdvance(bool on);
    /// Moves time forward by ms, running what falls due on the way (and what those callbacks
    /// schedule within the span).
    void advance(qint64 ms);
    /// Callbacks still to run (not those whose context is gone: a re-armed ClockTimer's).
    int pendingCount() const;
    /// Time moved forward by auto-advance and advance() since construction.
    qint64 elapsedMs() const { return m_nowMs; }

private:
    struct Pending
    {
        QPointer<const QObject> context;
        std::function<void()> fn;
    };
    void runDue(qint64 untilMs);
    void dropDead();
    void armStep();
    void step();

    QDateTime m_start;
    qint64 m_nowMs = 0;
    quint64 m_sequence = 0;
    int m_realWork = 0;
    bool m_auto = false;
    bool m_stepArmed = false;
    std::multimap<std::pair<qint64, quint64>, Pending> m_pending;
};

} // namespace steward
