// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace steward::analytics {

/// Count, mean, median and 90th percentile of a set of durations (hours). Percentiles
/// interpolate linearly between the two nearest ranks, as PostgreSQL's percentile_cont does;
/// an empty set has count 0 and zeros elsewhere.
struct Summary
{
    int count = 0;
    double mean = 0.0;
    double median = 0.0;
    double p90 = 0.0;
};

/// values need not be sorted; they are reordered in place (selected, not fully sorted).
Summary summarize(std::vector<double>& values);
double percentile(const std::vector<double>& sorted, double fraction);

constexpr double kMsPerHour = 3600.0 * 1000.0;

} // namespace steward::analytics
