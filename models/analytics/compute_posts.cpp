// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The category filter, and the one pass over the posts of a range that the activity,
// topic, category and contributor KPIs share.
#include "models/analytics/scope.h"

namespace steward::analytics {

Scope::Scope(const Dataset& d, Id category)
    : data(d)
    , categoryId(category)
    , filtered(category != 0)
{
    categoryIn.assign(d.categories.size(), filtered ? 0 : 1);
    if (filtered) {
        const QList<Id> kept = d.withSubcategories(category);
        for (std::size_t i = 0; i < d.categories.size(); ++i)
            categoryIn[i] = kept.contains(d.categories[i].id) ? 1 : 0;
    }
}

bool Scope::category(Id id) const
{
    if (!filtered)
        return true;
    const auto it = data.categoryIndex.constFind(id);
    return it == data.categoryIndex.cend() ? id == categoryId : categoryIn[std::size_t(*it)] != 0;
}

PostTally tallyPosts(const Scope& scope, const Query& query, const Buckets& buckets)
{
    const Dataset& d = scope.data;
    const Span now(query);
    const Span before(query.previous()); // ends where the range starts
    PostTally t;
    t.bucketPosts.assign(std::size_t(buckets.size()), 0);
    t.bucketActiveUsers.assign(std::size_t(buckets.size()), 0);
    t.topicPosts.assign(d.topics.size(), 0);
    t.categoryPosts.assign(d.categories.size(), 0);
    t.categoryPreviousPosts.assign(d.categories.size(), 0);
    t.posters.assign(d.posters.size(), {});
    if (buckets.size() == 0)
        return t;

    std::size_t bucket = 0;
    const auto [first, last] = d.postsCreated(before.from, now.to);
    for (std::size_t i = first; i < last; ++i) {
        const PostFact& p = d.posts[i];
        if (!scope.post(p))
            continue;
        PostTally::Poster& s = t.posters[std::size_t(p.poster)];
        if (p.createdAt < now.from) {
            ++t.previousPosts;
            if (!(s.periods & 2)) {
                s.periods |= 2;
                ++t.previousActiveUsers;
            }
            if (p.category >= 0)
                ++t.categoryPreviousPosts[std::size_t(p.category)];
            continue;
        }
        ++t.posts;
        while (bucket + 1 < std::size_t(buckets.size()) &&
               p.createdAt >= buckets.starts[bucket + 1])
            ++bucket;
        ++t.bucketPosts[bucket];
        if (s.bucket != int(bucket)) {
            s.bucket = int(bucket);
            ++t.bucketActiveUsers[bucket];
        }
        if (!(s.periods & 1)) {
            s.periods |= 1;
            ++t.activeUsers;
        }
        ++t.topicPosts[std::size_t(p.topic)];
        if (p.category >= 0)
            ++t.categoryPosts[std::size_t(p.category)];
        ++s.posts;
        s.likes += p.likeCount;
        s.solutions += p.solution ? 1 : 0;
    }
    return t;
}

} // namespace steward::analytics
