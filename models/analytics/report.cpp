// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analytics/report.h"

#include "models/analytics/scope.h"

namespace steward::analytics {

Report computeReport(const Dataset& data, const Query& query)
{
    Report r;
    r.query = query;
    if (!query.isValid())
        return r;
    const Scope scope(data, query.categoryId);
    const Buckets buckets = makeBuckets(query);
    const PostTally tally = tallyPosts(scope, query, buckets);
    r.activity = computeActivity(scope, query, buckets, tally);
    for (int i = 0; i < buckets.size(); ++i)
        r.activity.buckets[std::size_t(i)].partial = buckets.isPartial(i, data.loadedAt);
    r.response = computeResponse(scope, query, buckets);
    r.resolution = computeResolution(scope, query, buckets);
    r.unanswered = computeUnanswered(scope, query, buckets);
    r.activeTopics = computeActiveTopics(scope, query, tally);
    r.categories = computeCategories(scope, query, tally);
    r.responseByCategory = computeResponseByCategory(scope, query);
    r.contributors = computeContributors(scope, query, tally);
    r.moderators = computeModerators(scope, query);
    r.flags = computeFlags(scope, query);
    r.backlog = computeBacklog(scope, buckets);
    return r;
}

} // namespace steward::analytics
