// SPDX-License-Identifier: GPL-3.0-or-later
// Activity, first response, resolution and unanswered topics: the KPIs of topics and posts.
#include "models/analytics/scope.h"

#include <QSet>

#include <cmath>
#include <limits>

namespace steward::analytics {

Scope::Scope(const Dataset& d, Id categoryId) : data(d), filtered(categoryId != 0)
{
    categoryIn.assign(d.categories.size(), filtered ? 0 : 1);
    QList<Id> kept;
    if (filtered) {
        kept = d.withSubcategories(categoryId);
        for (std::size_t i = 0; i < d.categories.size(); ++i)
            categoryIn[i] = kept.contains(d.categories[i].id) ? 1 : 0;
    }
    topicIn.resize(d.topics.size());
    for (std::size_t i = 0; i < d.topics.size(); ++i) {
        const TopicFact& t = d.topics[i];
        topicIn[i] = t.counted && (!filtered || kept.contains(t.categoryId)) ? 1 : 0;
    }
}

bool Scope::category(Id id) const
{
    if (!filtered)
        return true;
    const auto it = data.categoryIndex.constFind(id);
    return it != data.categoryIndex.cend() && categoryIn[std::size_t(*it)];
}

namespace {

ActivityCounts countActivity(const Scope& scope, const Span& span, const Buckets* buckets,
                             std::vector<ActivityBucket>* perBucket)
{
    const Dataset& d = scope.data;
    ActivityCounts total;
    for (std::size_t i = 0; i < d.topics.size(); ++i) {
        const TopicFact& t = d.topics[i];
        if (!scope.topic(int(i)) || !span.contains(t.createdAt))
            continue;
        ++total.topics;
        if (perBucket) {
            ActivityBucket& b = (*perBucket)[std::size_t(buckets->indexOf(t.createdAt))];
            ++b.counts.topics;
            b.topics.append(t.id);
        }
    }
    // Active users: a user counts once per bucket and once in the total.
    std::vector<int> seenInBucket(d.users.size(), -1);
    std::vector<char> seen(d.users.size(), 0);
    QSet<Id> unknownSeen;
    QSet<quint64> unknownSeenInBucket;
    for (const PostFact& p : d.posts) {
        if (!span.contains(p.createdAt) || !scope.post(p))
            continue;
        ++total.posts;
        const int bucket = perBucket ? buckets->indexOf(p.createdAt) : -1;
        if (bucket >= 0)
            ++(*perBucket)[std::size_t(bucket)].counts.posts;
        if (p.user >= 0) {
            const auto u = std::size_t(p.user);
            if (!seen[u]) {
                seen[u] = 1;
                ++total.activeUsers;
            }
            if (bucket >= 0 && seenInBucket[u] != bucket) {
                seenInBucket[u] = bucket;
                ++(*perBucket)[std::size_t(bucket)].counts.activeUsers;
            }
        } else {
            if (!unknownSeen.contains(p.userId)) {
                unknownSeen.insert(p.userId);
                ++total.activeUsers;
            }
            if (bucket >= 0 && !unknownSeenInBucket.contains((quint64(p.userId) << 16) ^ quint64(bucket))) {
                unknownSeenInBucket.insert((quint64(p.userId) << 16) ^ quint64(bucket));
                ++(*perBucket)[std::size_t(bucket)].counts.activeUsers;
            }
        }
    }
    for (const UserFact& u : d.users) {
        if (!span.contains(u.createdAt))
            continue;
        ++total.newUsers;
        if (perBucket)
            ++(*perBucket)[std::size_t(buckets->indexOf(u.createdAt))].counts.newUsers;
    }
    return total;
}

} // namespace

Activity computeActivity(const Scope& scope, const Query& query, const Buckets& buckets)
{
    Activity a;
    a.buckets.resize(std::size_t(buckets.size()));
    for (int i = 0; i < buckets.size(); ++i)
        a.buckets[std::size_t(i)].start = buckets.dates[std::size_t(i)];
    a.total = countActivity(scope, Span(query), &buckets, &a.buckets);
    a.previous = countActivity(scope, Span(query.previous()), nullptr, nullptr);
    return a;
}

const std::vector<double>& histogramEdges()
{
    static const std::vector<double> edges{0, 1, 2, 4, 8, 24, 48, 168, std::numeric_limits<double>::infinity()};
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
    for (std::size_t i = 0; i < scope.data.topics.size(); ++i) {
        const TopicFact& t = scope.data.topics[i];
        if (!scope.topic(int(i)) || !span.contains(t.createdAt))
            continue;
        const qint64 at = t.firstResponseAt[which];
        if (at == 0) {
            ++r.without;
            continue;
        }
        const double hours = double(at - t.createdAt) / kMsPerHour;
        r.hours.push_back(hours);
        (scope.data.isStaff(t.firstResponderId[which]) ? r.staff : r.community) += 1;
        each(t, hours);
    }
    return r;
}

double share(int part, int whole) { return whole > 0 ? double(part) / double(whole) : 0.0; }

} // namespace

Response computeResponse(const Scope& scope, const Query& query, const Buckets& buckets)
{
    Response r;
    const std::vector<double>& edges = histogramEdges();
    for (std::size_t i = 0; i + 1 < edges.size(); ++i)
        r.histogram.push_back({edges[i], edges[i + 1], {}});
    std::vector<std::vector<double>> perBucket(std::size_t(buckets.size()));
    ResponseTimes now = responseTimes(scope, Span(query), query.definition, [&](const TopicFact& t, double hours) {
        perBucket[std::size_t(buckets.indexOf(t.createdAt))].push_back(hours);
        const auto bin = std::upper_bound(edges.begin(), edges.end(), hours) - edges.begin() - 1;
        r.histogram[std::size_t(std::clamp<qsizetype>(bin, 0, qsizetype(r.histogram.size()) - 1))].topics.append(t.id);
    });
    ResponseTimes before = responseTimes(scope, Span(query.previous()), query.definition, [](const TopicFact&, double) {});
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
    for (std::size_t i = 0; i < d.topics.size(); ++i) {
        const TopicFact& t = d.topics[i];
        if (!scope.topic(int(i)) || !span.contains(t.createdAt))
            continue;
        const CategoryFact* c = d.category(t.categoryId);
        const bool eligible = !anyAllow || (c && c->solutions) || t.acceptedAt != 0;
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
    ResolutionTimes before = resolutionTimes(scope, Span(query.previous()), [](const TopicFact&) {});
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
    for (std::size_t i = 0; i < scope.data.topics.size(); ++i) {
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
