// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtTypes>

#include <deque>

namespace steward::sandbox {

/// Discourse's admin API limit: one bucket for the whole site, N requests in any 60 s.
class SiteRateLimiter
{
public:
    explicit SiteRateLimiter(int perMinute) : m_perMinute(perMinute) {}

    /// Counts a request at nowMs. Returns 0 when allowed, otherwise the whole seconds to wait
    /// (at least 1) before the next request would be allowed; refused requests don't count.
    int admit(qint64 nowMs);
    int perMinute() const { return m_perMinute; }

private:
    int m_perMinute;
    std::deque<qint64> m_recent;
};

} // namespace steward::sandbox
