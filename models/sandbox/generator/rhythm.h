// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sandbox/generator/rng.h"

#include <span>
#include <vector>

namespace steward::sandbox {

/// Samples moments from an hourly intensity: monthly growth times weekday times hour of day,
/// with the hour-of-day curve taken in each region's local time (Americas 45%, EMEA 35%,
/// APAC 20%), following community-metrics.md ("Weekly rhythm", "Daily rhythm").
class ActivityClock
{
public:
    /// monthly: relative volume per 30-day month from start; the last one extends to end.
    ActivityClock(qint64 start, qint64 end, std::span<const double> monthly);

    /// A moment in [start, end), in seconds since the epoch.
    qint64 sample(Rng& rng) const;
    /// Relative intensity at a moment (1.0 = a weekday mid-morning in a mid-sized month).
    double intensityAt(qint64 moment) const;

    /// The first moment at or after `from` when someone is around to post: moves forward in
    /// steps of 10-40 minutes and stops with a chance of the squared relative intensity there,
    /// so that a Friday-evening question waits for Monday (community-metrics.md §1).
    qint64 nextActive(Rng& rng, qint64 from) const;

    static double weekdayWeight(int isoWeekday); ///< 1 = Monday
    static double hourWeight(int localHour);

private:
    qint64 m_start;
    qint64 m_end;
    double m_peak = 0.0;              ///< the highest hourly intensity of a week
    std::vector<double> m_cumulative; ///< one entry per hour
};

} // namespace steward::sandbox
