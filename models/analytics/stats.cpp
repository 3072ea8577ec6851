// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analytics/stats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace steward::analytics {

double percentile(const std::vector<double>& sorted, double fraction)
{
    if (sorted.empty())
        return 0.0;
    const double position = fraction * double(sorted.size() - 1);
    const auto lower = std::size_t(std::floor(position));
    const std::size_t upper = std::min(lower + 1, sorted.size() - 1);
    return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - double(lower));
}

namespace {

/// percentile() of values not sorted: reorders them so that the rank below the position
/// sits in place, everything before it no larger and everything after it no smaller.
double selectPercentile(std::vector<double>& values, std::size_t n, double fraction)
{
    const double position = fraction * double(n - 1);
    const auto lower = std::size_t(std::floor(position));
    const auto begin = values.begin();
    std::nth_element(begin, begin + std::ptrdiff_t(lower), begin + std::ptrdiff_t(n));
    const double low = values[lower];
    if (lower + 1 >= n)
        return low;
    const double high =
        *std::min_element(begin + std::ptrdiff_t(lower) + 1, begin + std::ptrdiff_t(n));
    return low + (high - low) * (position - double(lower));
}

} // namespace

Summary summarize(std::vector<double>& values)
{
    Summary s;
    if (values.empty())
        return s;
    const std::size_t n = values.size();
    s.count = int(n);
    s.mean = std::accumulate(values.begin(), values.end(), 0.0) / double(n);
    s.median = selectPercentile(values, n, 0.5);
    s.p90 = selectPercentile(values, n, 0.9);
    return s;
}

} // namespace steward::analytics
