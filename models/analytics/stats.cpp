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

Summary summarize(std::vector<double>& values)
{
    Summary s;
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    s.count = int(values.size());
    s.mean = std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    s.median = percentile(values, 0.5);
    s.p90 = percentile(values, 0.9);
    return s;
}

} // namespace steward::analytics
