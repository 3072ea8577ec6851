// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analytics/drilldown.h"

#include "models/analytics/scope.h"

#include <QHash>

#include <algorithm>

namespace steward::analytics {

QList<Id> topicsInCategory(const Dataset& data, const Query& query, Id categoryId)
{
    const Scope scope(data, query.categoryId);
    const Span span(query);
    QList<Id> ids;
    const auto [first, last] = data.topicsCreated(span.from, span.to);
    for (std::size_t i = first; i < last; ++i) {
        const TopicFact& t = data.topics[i];
        if (scope.topic(int(i)) && t.categoryId == categoryId)
            ids.append(t.id);
    }
    return ids;
}

QList<Id> topicsOfUser(const Dataset& data, const Query& query, Id userId)
{
    const Scope scope(data, query.categoryId);
    const Span span(query);
    QHash<int, int> posts;
    const auto [first, last] = data.postsCreated(span.from, span.to);
    for (std::size_t i = first; i < last; ++i) {
        const PostFact& p = data.posts[i];
        if (p.userId == userId && scope.post(p))
            ++posts[p.topic];
    }
    QList<std::pair<int, int>> order;
    for (auto it = posts.cbegin(); it != posts.cend(); ++it)
        order.append({it.value(), it.key()});
    std::sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
        return a.first != b.first
                   ? a.first > b.first
                   : data.topics[std::size_t(a.second)].id < data.topics[std::size_t(b.second)].id;
    });
    QList<Id> ids;
    for (const auto& [count, topic] : order)
        ids.append(data.topics[std::size_t(topic)].id);
    return ids;
}

QList<Id> topicsFlaggedFor(const Dataset& data, const Query& query, int scoreType)
{
    const Scope scope(data, query.categoryId);
    const Span span(query);
    QList<Id> ids;
    for (const FlagFact& f : data.flags) {
        if (f.scoreType != scoreType || f.review < 0 || !span.contains(f.createdAt))
            continue;
        const ReviewFact& r = data.reviews[std::size_t(f.review)];
        if (r.topicId != 0 && scope.category(r.categoryId) && !ids.contains(r.topicId))
            ids.append(r.topicId);
    }
    return ids;
}

} // namespace steward::analytics
