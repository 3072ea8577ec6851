// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/generator/rhythm.h"

#include <algorithm>
#include <array>

namespace steward::sandbox {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kMonth = 30 * 24 * kHour;

struct Region
{
    int utcOffsetHours;
    double share;
};
constexpr std::array kRegions{Region{-6, 0.45}, Region{1, 0.35}, Region{8, 0.20}};

int isoWeekday(qint64 moment)
{
    // 1970-01-01 was a Thursday (ISO 4).
    const qint64 days = moment >= 0 ? moment / 86400 : (moment - 86399) / 86400;
    return int(((days + 3) % 7 + 7) % 7) + 1;
}

int hourOfDay(qint64 moment)
{
    return int(((moment / kHour) % 24 + 24) % 24);
}

} // namespace

double ActivityClock::weekdayWeight(int isoWeekday)
{
    constexpr std::array<double, 7> weights{0.95, 1.0, 1.0, 1.0, 0.85, 0.35, 0.4};
    return weights.at(std::size_t(std::clamp(isoWeekday, 1, 7) - 1));
}

double ActivityClock::hourWeight(int localHour)
{
    constexpr std::array<double, 24> weights{0.15, 0.15, 0.15, 0.15, 0.15, 0.15, 0.15, 0.5,
                                             0.9,  1.6,  1.6,  1.6,  1.3,  1.6,  1.6,  1.6,
                                             1.6,  1.0,  0.6,  0.6,  0.6,  0.6,  0.3,  0.3};
    return weights.at(std::size_t(((localHour % 24) + 24) % 24));
}

ActivityClock::ActivityClock(qint64 start, qint64 end, std::span<const double> monthly)
    : m_start(start)
    , m_end(end)
{
    for (qint64 h = 0; h < 7 * 24; ++h)
        m_peak = std::max(m_peak, intensityAt(start + h * kHour));
    const qint64 hours = std::max<qint64>(1, (end - start) / kHour);
    m_cumulative.reserve(std::size_t(hours));
    double total = 0.0;
    for (qint64 h = 0; h < hours; ++h) {
        const qint64 moment = start + h * kHour;
        const std::size_t month =
            std::min<std::size_t>(std::size_t(h * kHour / kMonth), monthly.size() - 1);
        total += monthly[month] * intensityAt(moment);
        m_cumulative.push_back(total);
    }
}

double ActivityClock::intensityAt(qint64 moment) const
{
    double value = 0.0;
    for (const auto& region : kRegions) {
        const qint64 local = moment + region.utcOffsetHours * kHour;
        value += region.share * weekdayWeight(isoWeekday(local)) * hourWeight(hourOfDay(local));
    }
    return value;
}

qint64 ActivityClock::nextActive(Rng& rng, qint64 from) const
{
    qint64 t = from;
    for (int step = 0; step < 2000; ++step) {
        // Squared: a reply needs the asker's side and a responder's side to be around.
        const double level = intensityAt(t) / m_peak;
        if (rng.uniform() < level * level)
            return t;
        t += rng.range(10, 40) * 60;
    }
    return t;
}

qint64 ActivityClock::sample(Rng& rng) const
{
    const double pick = rng.uniform() * m_cumulative.back();
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), pick);
    const qint64 hour =
        std::min<qint64>(it - m_cumulative.begin(), qint64(m_cumulative.size()) - 1);
    const qint64 moment = m_start + hour * kHour + qint64(rng.uniform() * double(kHour));
    return std::min(moment, m_end - 1);
}

} // namespace steward::sandbox
