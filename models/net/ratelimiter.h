// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtTypes>

#include <deque>

namespace steward {

/// The client side of Discourse's admin API limit: at most N requests in any rolling 60 s
/// window, shared by every request to one site, plus a pause after a 429. Time is passed
/// in (milliseconds on a monotonic clock), so the limiter never sleeps and tests need no clock.
class RateLimiter
{
public:
    /// perMinute <= 0 means no limit. marginMs widens the window so that network jitter
    /// cannot make the server count N+1 requests in its own 60 s.
    explicit RateLimiter(int perMinute, qint64 marginMs = 250);

    /// Milliseconds until a request may be sent at nowMs; 0 when it may go now.
    qint64 delayFor(qint64 nowMs) const;
    /// Records a request sent at nowMs.
    void recordSent(qint64 nowMs);
    /// After a 429: nothing may be sent before untilMs.
    void pauseUntil(qint64 untilMs);
    int perMinute() const { return m_perMinute; }

private:
    int m_perMinute;
    qint64 m_windowMs;
    qint64 m_pausedUntil = 0;
    std::deque<qint64> m_sent;
};

} // namespace steward
