// SPDX-License-Identifier: GPL-3.0-or-later
// Most active topics, categories, top contributors and moderators: the KPIs of who and where.
#include "models/analytics/scope.h"
#include "models/domain/reviewable.h"

#include <QHash>

#include <algorithm>

namespace steward::analytics {

std::vector<TopicRow> computeActiveTopics(const Scope& scope, const Query& query)
{
    const Span span(query);
    std::vector<int> posts(scope.data.topics.size(), 0);
    for (const PostFact& p : scope.data.posts) {
        if (span.contains(p.createdAt) && scope.post(p))
            ++posts[std::size_t(p.topic)];
    }
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

std::vector<CategoryRow> computeCategories(const Scope& scope, const Query& query)
{
    const Dataset& d = scope.data;
    std::vector<CategoryRow> rows(d.categories.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i].category = d.categories[i].id;
    const Span now(query);
    const Span before(query.previous());
    const auto rowOf = [&](int topic) -> CategoryRow* {
        const auto it = d.categoryIndex.constFind(d.topics[std::size_t(topic)].categoryId);
        return it == d.categoryIndex.cend() ? nullptr : &rows[std::size_t(*it)];
    };
    for (std::size_t i = 0; i < d.topics.size(); ++i) {
        if (!scope.topic(int(i)))
            continue;
        CategoryRow* row = rowOf(int(i));
        const qint64 at = d.topics[i].createdAt;
        if (row && now.contains(at))
            ++row->topics;
        else if (row && before.contains(at))
            ++row->previousTopics;
    }
    for (const PostFact& p : d.posts) {
        if (!scope.post(p))
            continue;
        const bool inNow = now.contains(p.createdAt);
        if (!inNow && !before.contains(p.createdAt))
            continue;
        if (CategoryRow* row = rowOf(p.topic))
            ++(inNow ? row->posts : row->previousPosts);
    }
    int topics = 0;
    int posts = 0;
    for (const CategoryRow& r : rows) {
        topics += r.topics;
        posts += r.posts;
    }
    std::erase_if(rows, [&](const CategoryRow& r) {
        return !scope.category(r.category) || (r.topics + r.posts + r.previousTopics + r.previousPosts == 0);
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

Contributors computeContributors(const Scope& scope, const Query& query)
{
    const Dataset& d = scope.data;
    const Span span(query);
    std::vector<Contributor> byUser(d.users.size());
    for (const PostFact& p : d.posts) {
        if (p.user < 0 || !span.contains(p.createdAt) || !scope.post(p))
            continue;
        Contributor& c = byUser[std::size_t(p.user)];
        ++c.posts;
        c.likes += p.likeCount;
        if (p.id == d.topics[std::size_t(p.topic)].acceptedPostId)
            ++c.solutions;
    }
    Contributors result;
    std::vector<Contributor> staff;
    std::vector<Contributor> community;
    for (std::size_t i = 0; i < byUser.size(); ++i) {
        Contributor c = byUser[i];
        if (c.posts == 0)
            continue;
        c.user = d.users[i].id;
        (d.users[i].staff ? staff : community).push_back(c);
    }
    result.activeStaff = int(staff.size());
    result.activeCommunity = int(community.size());
    const auto value = [](const Contributor& c, ContributorMetric m) {
        switch (m) {
        case ContributorMetric::Posts: return c.posts;
        case ContributorMetric::Solutions: return c.solutions;
        case ContributorMetric::Likes: return c.likes;
        }
        return 0;
    };
    const auto top = [&](std::vector<Contributor> all, ContributorMetric m) {
        std::erase_if(all, [&](const Contributor& c) { return value(c, m) == 0; });
        const std::size_t n = std::min(all.size(), std::size_t(std::max(query.top, 0)));
        std::partial_sort(all.begin(), all.begin() + qsizetype(n), all.end(), [&](const Contributor& a, const Contributor& b) {
            return value(a, m) != value(b, m) ? value(a, m) > value(b, m) : a.user < b.user;
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
        if (r.reviewedById == 0 || r.status == int(ReviewableStatus::Pending) || !span.contains(r.reviewedAt)
            || (scope.filtered && !scope.category(r.categoryId)))
            continue;
        const UserFact* u = d.user(r.reviewedById);
        ++rowFor(r.reviewedById, u ? u->username : QStringLiteral("#%1").arg(r.reviewedById)).resolved;
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
