// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Activity, first response, resolution and unanswered topics: the KPIs of topics and posts.
#include "models/analytics/scope.h"

#include <cmath>
#include <limits>

namespace steward::analytics {

namespace {

/// Topics and new users in the span; per bucket too when asked.
ActivityCounts countActivity(const Scope& scope, const Span& span, const Buckets* buckets,
                             std::vector<ActivityBucket>* perBucket)
{
    const Dataset& d = scope.data;
    ActivityCounts total;
    const auto [first, last] = d.topicsCreated(span.from, span.to);
    for (std::size_t i = first; i < last; ++i) {
        if (!scope.topic(int(i)))
            continue;
        const TopicFact& t = d.topics[i];
        ++total.topics;
        if (perBucket) {
            ActivityBucket& b = (*perBucket)[std::size_t(buckets->indexOf(t.createdAt))];
            ++b.counts.topics;
            b.topics.append(t.id);
        }
    }
    const auto from = std::lower_bound(d.userCreation.begin(), d.userCreation.end(), span.from);
    const auto to = std::lower_bound(from, d.userCreation.end(), span.to);
    total.newUsers = int(to - from);
    if (perBucket) {
        for (auto it = from; it != to; ++it)
            ++(*perBucket)[std::size_t(buckets->indexOf(*it))].counts.newUsers;
    }
    return total;
}

} // namespace

Activity computeActivity(const Scope& scope, const Query& query, const Buckets& buckets,
                         const PostTally& tally)
{
    Activity a;
    a.buckets.resize(std::size_t(buckets.size()));
    for (std::size_t i = 0; i < a.buckets.size(); ++i) {
        a.buckets[i].start = buckets.dates[i];
        a.buckets[i].counts.posts = tally.bucketPosts[i];
        a.buckets[i].counts.activeUsers = tally.bucketActiveUsers[i];
    }
    a.total = countActivity(scope, Span(query), &buckets, &a.buckets);
    a.total.posts = tally.posts;
    a.total.activeUsers = tally.activeUsers;
    a.previous = countActivity(scope, Span(query.previous()), nullptr, nullptr);
    a.previous.posts = tally.previousPosts;
    a.previous.activeUsers = tally.previousActiveUsers;
    return a;
}

const std::vector<double>& histogramEdges()
{
    static const std::vector<double> edges{
        0, 1, 2, 4, 8, 24, 48, 168, std::numeric_limits<double>::infinity()};
    return edges;
}

namespace {

struct ResponseTimes
{
    std::vector<double> hours;
    int staff = 0;
    int community = 0;
    int without = 0;
};

ResponseTimes responseTimes(const Scope& scope, const Span& span, ResponseDefinition definition,
                            const auto& each)
{
    ResponseTimes r;
    const auto which = std::size_t(definition);
    const auto [first, last] = scope.data.topicsCreated(span.from, span.to);
    for (std::size_t i = first; i < last; ++i) {
        const TopicFact& t = scope.data.topics[i];
        if (!scope.topic(int(i)))
            continue;
        const qint64 at = t.firstResponseAt[which];
        if (at == 0) {
            ++r.without;
            continue;
        }
        const double hours = double(at - t.createdAt) / kMsPerHour;
        r.hours.push_back(hours);
        (t.firstResponderStaff[which] ? r.staff : r.community) += 1;
        each(t, hours);
    }
    return r;
}

double share(int part, int whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

} // namespace

Response computeResponse(const Scope& scope, const Query& query, const Buckets& buckets)
{
    Response r;
    const std::vector<double>& edges = histogramEdges();
    for (std::size_t i = 0; i + 1 < edges.size(); ++i)
        r.histogram.push_back({edges[i], edges[i + 1], {}});
    std::vector<std::vector<double>> perBucket(std::size_t(buckets.size()));
    ResponseTimes now =
        responseTimes(scope, Span(query), query.definition, [&](const TopicFact& t, double hours) {
            perBucket[std::size_t(buckets.indexOf(t.createdAt))].push_back(hours);
            const auto bin =
                std::upper_bound(edges.begin(), edges.end(), hours) - edges.begin() - 1;
            r.histogram[std::size_t(
                            std::clamp<qsizetype>(bin, 0, qsizetype(r.histogram.size()) - 1))]
                .topics.append(t.id);
        });
    ResponseTimes before = responseTimes(scope, Span(query.previous()), query.definition,
                                         [](const TopicFact&, double) {});
    r.hours = summarize(now.hours);
    r.previousHours = summarize(before.hours);
    r.staffFirst = now.staff;
    r.communityFirst = now.community;
    r.communityShare = share(now.community, now.staff + now.community);
    r.previousCommunityShare = share(before.community, before.staff + before.community);
    r.withoutResponse = now.without;
    for (int i = 0; i < buckets.size(); ++i)
        r.buckets.push_back({buckets.dates[std::size_t(i)], summarize(perBucket[std::size_t(i)])});
    return r;
}

namespace {

struct ResolutionTimes
{
    std::vector<double> solution;
    std::vector<double> close;
    int eligible = 0;
    int solved = 0;
    int closedUnsolved = 0;
};

ResolutionTimes resolutionTimes(const Scope& scope, const Span& span, const auto& solvedIn)
{
    const Dataset& d = scope.data;
    // Solved rate counts the categories that allow solutions; a store that names none
    // (an older server) counts every category.
    bool anyAllow = false;
    for (const CategoryFact& c : d.categories)
        anyAllow = anyAllow || c.solutions;
    ResolutionTimes r;
    const auto [first, last] = d.topicsCreated(span.from, span.to);
    for (std::size_t i = first; i < last; ++i) {
        const TopicFact& t = d.topics[i];
        if (!scope.topic(int(i)))
            continue;
        const bool allows = t.category >= 0 && d.categories[std::size_t(t.category)].solutions;
        const bool eligible = !anyAllow || allows || t.acceptedAt != 0;
        if (eligible)
            ++r.eligible;
        if (t.acceptedAt != 0) {
            ++r.solved;
            solvedIn(t);
            if (t.acceptedAt > t.createdAt)
                r.solution.push_back(double(t.acceptedAt - t.createdAt) / kMsPerHour);
        } else if (t.closed) {
            ++r.closedUnsolved;
            if (t.closedAt > t.createdAt)
                r.close.push_back(double(t.closedAt - t.createdAt) / kMsPerHour);
        }
    }
    return r;
}

} // namespace

Resolution computeResolution(const Scope& scope, const Query& query, const Buckets& buckets)
{
    Resolution r;
    r.solvedPerBucket.assign(std::size_t(buckets.size()), 0);
    ResolutionTimes now = resolutionTimes(scope, Span(query), [&](const TopicFact& t) {
        ++r.solvedPerBucket[std::size_t(buckets.indexOf(t.createdAt))];
    });
    ResolutionTimes before =
        resolutionTimes(scope, Span(query.previous()), [](const TopicFact&) {});
    r.toSolution = summarize(now.solution);
    r.previousToSolution = summarize(before.solution);
    r.toClose = summarize(now.close);
    r.previousToClose = summarize(before.close);
    r.eligible = now.eligible;
    r.solved = now.solved;
    r.closedUnsolved = now.closedUnsolved;
    r.solvedRate = share(now.solved, now.eligible);
    r.previousSolvedRate = share(before.solved, before.eligible);
    return r;
}

Unanswered computeUnanswered(const Scope& scope, const Query& query, const Buckets& buckets)
{
    Unanswered u;
    u.perBucket.assign(std::size_t(buckets.size()), 0);
    const Span now(query);
    const Span before(query.previous());
    const auto [first, last] = scope.data.topicsCreated(before.from, now.to);
    for (std::size_t i = first; i < last; ++i) {
        const TopicFact& t = scope.data.topics[i];
        if (!scope.topic(int(i)) || t.repliedByOther)
            continue;
        if (now.contains(t.createdAt)) {
            ++u.count;
            ++u.perBucket[std::size_t(buckets.indexOf(t.createdAt))];
            u.topics.append(t.id);
        } else if (before.contains(t.createdAt)) {
            ++u.previous;
        }
    }
    return u;
}

} // namespace steward::analytics
