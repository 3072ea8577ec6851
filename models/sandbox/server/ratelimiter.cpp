// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/server/ratelimiter.h"

namespace steward::sandbox {

int SiteRateLimiter::admit(qint64 nowMs)
{
    if (m_perMinute <= 0)
        return 0;
    const qint64 kWindow = m_windowMs;
    while (!m_recent.empty() && m_recent.front() <= nowMs - kWindow)
        m_recent.pop_front();
    if (int(m_recent.size()) < m_perMinute) {
        m_recent.push_back(nowMs);
        return 0;
    }
    const qint64 waitMs = m_recent.front() + kWindow - nowMs;
    return int(std::max<qint64>(1, (waitMs + 999) / 1000));
}

} // namespace steward::sandbox
