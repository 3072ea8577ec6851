// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Flags and the review queue's backlog: the KPIs of moderation.
#include "models/analytics/scope.h"
#include "models/domain/reviewable.h"

#include <algorithm>

namespace steward::analytics {

namespace {

bool reviewKept(const Scope& scope, int review)
{
    if (!scope.filtered)
        return true;
    return review >= 0 && scope.category(scope.data.reviews[std::size_t(review)].categoryId);
}

/// When a flag was handled: its own review time, else its item's; 0 when pending or unknown.
qint64 handledAt(const Dataset& d, const FlagFact& f)
{
    if (f.status == int(ScoreStatus::Pending))
        return 0;
    if (f.reviewedAt != 0)
        return f.reviewedAt;
    return f.review >= 0 ? d.reviews[std::size_t(f.review)].reviewedAt : 0;
}

std::vector<double> handleHours(const Scope& scope, const Span& span, int* total)
{
    std::vector<double> hours;
    *total = 0;
    for (const FlagFact& f : scope.data.flags) {
        if (!span.contains(f.createdAt) || !reviewKept(scope, f.review))
            continue;
        ++*total;
        const qint64 at = handledAt(scope.data, f);
        if (at > f.createdAt)
            hours.push_back(double(at - f.createdAt) / kMsPerHour);
    }
    return hours;
}

} // namespace

Flags computeFlags(const Scope& scope, const Query& query)
{
    Flags flags;
    const Span span(query);
    QHash<int, std::size_t> rowOf;
    for (const FlagFact& f : scope.data.flags) {
        if (!span.contains(f.createdAt) || !reviewKept(scope, f.review))
            continue;
        auto it = rowOf.find(f.scoreType);
        if (it == rowOf.end()) {
            it = rowOf.insert(f.scoreType, flags.reasons.size());
            flags.reasons.push_back(
                {f.scoreType, f.key.isEmpty() ? scoreTypeKey(f.scoreType) : f.key, 0, 0, 0, 0, 0});
        }
        FlagReason& r = flags.reasons[*it];
        ++r.count;
        switch (ScoreStatus(f.status)) {
        case ScoreStatus::Agreed:
            ++r.agreed;
            break;
        case ScoreStatus::Disagreed:
            ++r.disagreed;
            break;
        case ScoreStatus::Ignored:
            ++r.ignored;
            break;
        case ScoreStatus::Pending:
            ++r.pending;
            break;
        }
    }
    std::sort(flags.reasons.begin(), flags.reasons.end(),
              [](const FlagReason& a, const FlagReason& b) {
                  return a.count != b.count ? a.count > b.count : a.scoreType < b.scoreType;
              });
    int agreed = 0;
    int disagreed = 0;
    int ignored = 0;
    for (const FlagReason& r : flags.reasons) {
        agreed += r.agreed;
        disagreed += r.disagreed;
        ignored += r.ignored;
    }
    const int handled = agreed + disagreed + ignored;
    if (handled > 0) {
        flags.agreedShare = double(agreed) / handled;
        flags.disagreedShare = double(disagreed) / handled;
        flags.ignoredShare = double(ignored) / handled;
    }
    std::vector<double> now = handleHours(scope, span, &flags.total);
    std::vector<double> before = handleHours(scope, Span(query.previous()), &flags.previousTotal);
    flags.handleHours = summarize(now);
    flags.previousHandleHours = summarize(before);
    return flags;
}

std::vector<BacklogPoint> computeBacklog(const Scope& scope, const Buckets& buckets)
{
    const Dataset& d = scope.data;
    // Items whose status left pending without a known time are left out: their stay in the
    // queue cannot be placed.
    struct Stay
    {
        qint64 from;
        qint64 to; // 0: still pending
    };
    std::vector<Stay> stays;
    for (std::size_t i = 0; i < d.reviews.size(); ++i) {
        const ReviewFact& r = d.reviews[i];
        if (r.createdAt == 0 || !reviewKept(scope, int(i)))
            continue;
        if (r.status == int(ReviewableStatus::Pending))
            stays.push_back({r.createdAt, 0});
        else if (r.reviewedAt != 0)
            stays.push_back({r.createdAt, r.reviewedAt});
    }
    std::sort(stays.begin(), stays.end(),
              [](const Stay& a, const Stay& b) { return a.from < b.from; });
    std::vector<BacklogPoint> points;
    std::vector<double> ages;
    for (int b = 0; b < buckets.size(); ++b) {
        if (buckets.starts[std::size_t(b)] > d.loadedAt)
            break;
        const qint64 at = std::min(buckets.endOf(b), d.loadedAt);
        ages.clear();
        for (const Stay& s : stays) {
            if (s.from > at)
                break;
            if (s.to == 0 || s.to > at)
                ages.push_back(double(at - s.from) / kMsPerHour);
        }
        BacklogPoint p;
        p.start = buckets.dates[std::size_t(b)];
        p.pending = int(ages.size());
        if (!ages.empty()) {
            std::sort(ages.begin(), ages.end());
            p.medianAgeHours = percentile(ages, 0.5);
            p.oldestAgeHours = ages.back();
        }
        points.push_back(p);
    }
    return points;
}

} // namespace steward::analytics
