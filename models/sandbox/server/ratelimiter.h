// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtTypes>

#include <deque>

namespace steward::sandbox {

/// Discourse's site-wide limiters: one bucket for the whole site, N requests in any window
/// (60 s for the admin API limit, 10 s for Data Explorer runs).
class SiteRateLimiter
{
public:
    explicit SiteRateLimiter(int perWindow, qint64 windowMs = 60'000)
        : m_perMinute(perWindow)
        , m_windowMs(windowMs)
    {
    }

    /// Counts a request at nowMs. Returns 0 when allowed, otherwise the whole seconds to wait
    /// (at least 1) before the next request would be allowed; refused requests don't count.
    int admit(qint64 nowMs);
    int perMinute() const { return m_perMinute; }

private:
    int m_perMinute; ///< per window
    qint64 m_windowMs;
    std::deque<qint64> m_recent;
};

} // namespace steward::sandbox
