// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/net/ratelimiter.h"

#include <algorithm>

namespace steward {

RateLimiter::RateLimiter(int perMinute, qint64 marginMs)
    : m_perMinute(perMinute)
    , m_windowMs(60000 + marginMs)
{
}

qint64 RateLimiter::delayFor(qint64 nowMs) const
{
    qint64 delay = std::max<qint64>(0, m_pausedUntil - nowMs);
    if (m_perMinute > 0 && qsizetype(m_sent.size()) >= m_perMinute) {
        // The oldest of the last N sends must leave the window first.
        const qint64 oldest = m_sent[m_sent.size() - std::size_t(m_perMinute)];
        delay = std::max(delay, oldest + m_windowMs - nowMs);
    }
    return delay;
}

void RateLimiter::recordSent(qint64 nowMs)
{
    if (m_perMinute <= 0)
        return;
    m_sent.push_back(nowMs);
    while (qsizetype(m_sent.size()) > m_perMinute)
        m_sent.pop_front();
}

void RateLimiter::pauseUntil(qint64 untilMs)
{
    m_pausedUntil = std::max(m_pausedUntil, untilMs);
}

} // namespace steward
