// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the KPI computations: which topics and posts a query counts.
#pragma once

#include "models/analytics/dataset.h"
#include "models/analytics/query.h"
#include "models/analytics/report.h"

#include <vector>

namespace steward::analytics {

/// The category filter, worked out once per report: the topics it keeps are the counted
/// ones (regular, not deleted) in the chosen category or below it.
struct Scope
{
    const Dataset& data;
    std::vector<char> categoryIn; ///< by category index; all when no filter
    Id categoryId = 0;            ///< the filter; 0 for none
    bool filtered = false;

    Scope(const Dataset& d, Id category);
    bool category(Id id) const;
    bool topic(int index) const
    {
        if (index < 0)
            return false;
        const TopicFact& t = data.topics[std::size_t(index)];
        if (!t.counted || !filtered)
            return t.counted;
        return t.category >= 0 ? categoryIn[std::size_t(t.category)] != 0
                               : t.categoryId == categoryId;
    }
    /// A live regular post in a kept topic: what "posts" counts.
    bool post(const PostFact& p) const
    {
        if (!p.counted || !filtered)
            return p.counted;
        return p.category >= 0 ? categoryIn[std::size_t(p.category)] != 0 : topic(p.topic);
    }
};

/// [from, to) in ms of a query.
struct Span
{
    qint64 from = 0;
    qint64 to = 0;
    explicit Span(const Query& q)
        : from(q.startMs())
        , to(q.endMs())
    {
    }
    bool contains(qint64 ms) const { return ms >= from && ms < to; }
};

/// What one pass over the posts of the range and the period before it counts.
struct PostTally
{
    int posts = 0;
    int previousPosts = 0;
    int activeUsers = 0;
    int previousActiveUsers = 0;
    std::vector<int> bucketPosts;
    std::vector<int> bucketActiveUsers;
    std::vector<int> topicPosts;            ///< by topic index, in the range
    std::vector<int> categoryPosts;         ///< by category index, in the range
    std::vector<int> categoryPreviousPosts; ///< by category index, in the period before
    /// By poster index: what they wrote in the range, and (while tallying) the last bucket
    /// and the periods (1: range, 2: before) they were counted active in.
    struct Poster
    {
        int posts = 0;
        int solutions = 0;
        int likes = 0;
        int bucket = -1;
        quint8 periods = 0;
    };
    std::vector<Poster> posters;
};

PostTally tallyPosts(const Scope& scope, const Query& query, const Buckets& buckets);

Activity computeActivity(const Scope& scope, const Query& query, const Buckets& buckets,
                         const PostTally& tally);
Response computeResponse(const Scope& scope, const Query& query, const Buckets& buckets);
Resolution computeResolution(const Scope& scope, const Query& query, const Buckets& buckets);
Unanswered computeUnanswered(const Scope& scope, const Query& query, const Buckets& buckets);
std::vector<TopicRow> computeActiveTopics(const Scope& scope, const Query& query,
                                          const PostTally& tally);
std::vector<CategoryRow> computeCategories(const Scope& scope, const Query& query,
                                           const PostTally& tally);
std::vector<CategoryResponse> computeResponseByCategory(const Scope& scope, const Query& query);
Contributors computeContributors(const Scope& scope, const Query& query, const PostTally& tally);
std::vector<ModeratorRow> computeModerators(const Scope& scope, const Query& query);
Flags computeFlags(const Scope& scope, const Query& query);
std::vector<BacklogPoint> computeBacklog(const Scope& scope, const Buckets& buckets);

} // namespace steward::analytics
