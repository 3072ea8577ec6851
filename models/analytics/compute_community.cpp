// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Most active topics, categories, top contributors and moderators: the KPIs of who and where.
#include "models/analytics/scope.h"
#include "models/domain/reviewable.h"

#include <QHash>

#include <algorithm>

namespace steward::analytics {

std::vector<TopicRow> computeActiveTopics(const Scope& scope, const Query& query,
                                          const PostTally& tally)
{
    const std::vector<int>& posts = tally.topicPosts;
    std::vector<TopicRow> rows;
    for (std::size_t i = 0; i < posts.size(); ++i) {
        if (posts[i] > 0)
            rows.push_back({scope.data.topics[i].id, posts[i]});
    }
    const auto more = [](const TopicRow& a, const TopicRow& b) {
        return a.posts != b.posts ? a.posts > b.posts : a.topic < b.topic;
    };
    const std::size_t n = std::min(rows.size(), std::size_t(std::max(query.top, 0)));
    std::partial_sort(rows.begin(), rows.begin() + qsizetype(n), rows.end(), more);
    rows.resize(n);
    return rows;
}

std::vector<CategoryRow> computeCategories(const Scope& scope, const Query& query,
                                           const PostTally& tally)
{
    const Dataset& d = scope.data;
    std::vector<CategoryRow> rows(d.categories.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i].category = d.categories[i].id;
    const Span now(query);
    const Span before(query.previous());
    const auto [first, last] = d.topicsCreated(before.from, now.to);
    for (std::size_t i = first; i < last; ++i) {
        const TopicFact& t = d.topics[i];
        if (!scope.topic(int(i)) || t.category < 0)
            continue;
        CategoryRow& row = rows[std::size_t(t.category)];
        ++(now.contains(t.createdAt) ? row.topics : row.previousTopics);
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        rows[i].posts = tally.categoryPosts[i];
        rows[i].previousPosts = tally.categoryPreviousPosts[i];
    }
    int topics = 0;
    int posts = 0;
    for (const CategoryRow& r : rows) {
        topics += r.topics;
        posts += r.posts;
    }
    std::erase_if(rows, [&](const CategoryRow& r) {
        return !scope.category(r.category) ||
               (r.topics + r.posts + r.previousTopics + r.previousPosts == 0);
    });
    for (CategoryRow& r : rows) {
        r.topicShare = topics > 0 ? double(r.topics) / topics : 0.0;
        r.postShare = posts > 0 ? double(r.posts) / posts : 0.0;
    }
    std::sort(rows.begin(), rows.end(), [](const CategoryRow& a, const CategoryRow& b) {
        return a.posts != b.posts ? a.posts > b.posts : a.category < b.category;
    });
    return rows;
}

Contributors computeContributors(const Scope& scope, const Query& query, const PostTally& tally)
{
    const Dataset& d = scope.data;
    Contributors result;
    std::vector<Contributor> staff;
    std::vector<Contributor> community;
    for (std::size_t i = 0; i < tally.posters.size(); ++i) {
        const PostTally::Poster& p = tally.posters[i];
        const int user = d.posterUser[i];
        if (p.posts == 0 || user < 0) // authors not stored as users are not listed
            continue;
        const Contributor c{d.posters[i], p.posts, p.solutions, p.likes};
        (d.users[std::size_t(user)].staff ? staff : community).push_back(c);
    }
    result.activeStaff = int(staff.size());
    result.activeCommunity = int(community.size());
    const auto value = [](const Contributor& c, ContributorMetric m) {
        switch (m) {
        case ContributorMetric::Posts:
            return c.posts;
        case ContributorMetric::Solutions:
            return c.solutions;
        case ContributorMetric::Likes:
            return c.likes;
        }
        return 0;
    };
    const auto top = [&](std::vector<Contributor> all, ContributorMetric m) {
        std::erase_if(all, [&](const Contributor& c) { return value(c, m) == 0; });
        const std::size_t n = std::min(all.size(), std::size_t(std::max(query.top, 0)));
        std::partial_sort(all.begin(), all.begin() + qsizetype(n), all.end(),
                          [&](const Contributor& a, const Contributor& b) {
                              return value(a, m) != value(b, m) ? value(a, m) > value(b, m)
                                                                : a.user < b.user;
                          });
        all.resize(n);
        return all;
    };
    for (int m = 0; m < ContributorMetricCount; ++m) {
        result.staff[std::size_t(m)] = top(staff, ContributorMetric(m));
        result.community[std::size_t(m)] = top(community, ContributorMetric(m));
    }
    return result;
}

std::vector<ModeratorRow> computeModerators(const Scope& scope, const Query& query)
{
    const Dataset& d = scope.data;
    const Span span(query);
    std::vector<ModeratorRow> rows;
    QHash<QString, std::size_t> byName; // lower-case username -> row
    const auto rowFor = [&](Id userId, const QString& name) -> ModeratorRow& {
        const QString key = name.toLower();
        auto it = byName.find(key);
        if (it == byName.end()) {
            it = byName.insert(key, rows.size());
            rows.push_back({userId, name, 0, 0});
        }
        return rows[*it];
    };
    for (const ReviewFact& r : d.reviews) {
        if (r.reviewedById == 0 || r.status == int(ReviewableStatus::Pending) ||
            !span.contains(r.reviewedAt) || (scope.filtered && !scope.category(r.categoryId)))
            continue;
        const UserFact* u = d.user(r.reviewedById);
        ++rowFor(r.reviewedById, u ? u->username : QStringLiteral("#%1").arg(r.reviewedById))
              .resolved;
    }
    QHash<QString, Id> idsByName;
    if (!d.audit.empty()) {
        for (const UserFact& u : d.users)
            idsByName.insert(u.username.toLower(), u.id);
    }
    for (const AuditFact& a : d.audit) {
        if (!a.done || !span.contains(a.at))
            continue;
        ModeratorRow& row = rowFor(idsByName.value(a.actor.toLower()), a.actor);
        ++row.stewardDecisions;
    }
    std::sort(rows.begin(), rows.end(), [](const ModeratorRow& a, const ModeratorRow& b) {
        const int ta = a.resolved + a.stewardDecisions;
        const int tb = b.resolved + b.stewardDecisions;
        return ta != tb ? ta > tb : a.name < b.name;
    });
    return rows;
}

} // namespace steward::analytics
