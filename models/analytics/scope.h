// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the KPI computations: which topics and posts a query counts.
#pragma once

#include "models/analytics/dataset.h"
#include "models/analytics/query.h"
#include "models/analytics/report.h"
#include "models/domain/post.h"

#include <vector>

namespace steward::analytics {

/// The category filter, worked out once per report: the topics it keeps are the counted
/// ones (regular, not deleted) in the chosen category or below it.
struct Scope
{
    const Dataset& data;
    std::vector<char> topicIn;      ///< by topic index
    std::vector<char> categoryIn;   ///< by category index; all when no filter
    bool filtered = false;

    Scope(const Dataset& d, Id categoryId);
    bool category(Id id) const;
    bool topic(int index) const { return index >= 0 && topicIn[std::size_t(index)]; }
    /// A live regular post in a kept topic: what "posts" counts.
    bool post(const PostFact& p) const
    {
        return topic(p.topic) && !p.deleted && PostType(p.type) == PostType::Regular;
    }
};

/// [from, to) in ms of a query.
struct Span
{
    qint64 from = 0;
    qint64 to = 0;
    explicit Span(const Query& q) : from(q.startMs()), to(q.endMs()) {}
    bool contains(qint64 ms) const { return ms >= from && ms < to; }
};

Activity computeActivity(const Scope& scope, const Query& query, const Buckets& buckets);
Response computeResponse(const Scope& scope, const Query& query, const Buckets& buckets);
Resolution computeResolution(const Scope& scope, const Query& query, const Buckets& buckets);
Unanswered computeUnanswered(const Scope& scope, const Query& query, const Buckets& buckets);
std::vector<TopicRow> computeActiveTopics(const Scope& scope, const Query& query);
std::vector<CategoryRow> computeCategories(const Scope& scope, const Query& query);
Contributors computeContributors(const Scope& scope, const Query& query);
std::vector<ModeratorRow> computeModerators(const Scope& scope, const Query& query);
Flags computeFlags(const Scope& scope, const Query& query);
std::vector<BacklogPoint> computeBacklog(const Scope& scope, const Buckets& buckets);

} // namespace steward::analytics
