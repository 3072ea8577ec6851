// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Time to first response for each category: the "response times by category" report.
#include "models/analytics/scope.h"

#include <algorithm>

namespace steward::analytics {

std::vector<CategoryResponse> computeResponseByCategory(const Scope& scope, const Query& query)
{
    const Dataset& d = scope.data;
    const auto which = std::size_t(query.definition);
    struct Times
    {
        std::vector<double> now;
        std::vector<double> before;
        int without = 0;
        int staff = 0;
    };
    std::vector<Times> times(d.categories.size());
    const Span now(query);
    const Span before(query.previous());
    const auto [first, last] = d.topicsCreated(before.from, now.to);
    for (std::size_t i = first; i < last; ++i) {
        const TopicFact& t = d.topics[i];
        if (!scope.topic(int(i)) || t.category < 0)
            continue;
        Times& c = times[std::size_t(t.category)];
        const bool inRange = now.contains(t.createdAt);
        const qint64 at = t.firstResponseAt[which];
        if (at == 0) {
            c.without += inRange ? 1 : 0;
            continue;
        }
        const double hours = double(at - t.createdAt) / kMsPerHour;
        (inRange ? c.now : c.before).push_back(hours);
        c.staff += inRange && t.firstResponderStaff[which] ? 1 : 0;
    }
    std::vector<CategoryResponse> rows;
    for (std::size_t i = 0; i < times.size(); ++i) {
        Times& c = times[i];
        if (!scope.category(d.categories[i].id) || c.now.size() + c.before.size() + c.without == 0)
            continue;
        CategoryResponse row;
        row.category = d.categories[i].id;
        row.withoutResponse = c.without;
        row.staffFirst = c.staff;
        row.hours = summarize(c.now);
        row.previousHours = summarize(c.before);
        rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end(), [](const CategoryResponse& a, const CategoryResponse& b) {
        return a.hours.count != b.hours.count ? a.hours.count > b.hours.count
                                              : a.category < b.category;
    });
    return rows;
}

} // namespace steward::analytics
