// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analytics/dataset.h"

#include "models/domain/post.h"

#include <algorithm>

namespace steward::analytics {

const UserFact* Dataset::user(Id id) const
{
    const auto it = userIndex.constFind(id);
    return it == userIndex.cend() ? nullptr : &users[std::size_t(*it)];
}

const CategoryFact* Dataset::category(Id id) const
{
    const auto it = categoryIndex.constFind(id);
    return it == categoryIndex.cend() ? nullptr : &categories[std::size_t(*it)];
}

const TopicFact* Dataset::topic(Id id) const
{
    const auto it = topicIndex.constFind(id);
    return it == topicIndex.cend() ? nullptr : &topics[std::size_t(*it)];
}

bool Dataset::isStaff(Id userId) const
{
    const UserFact* u = user(userId);
    return u && u->staff;
}

QList<Id> Dataset::withSubcategories(Id categoryId) const
{
    QList<Id> ids{categoryId};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        for (const CategoryFact& c : categories) {
            if (c.parentId == ids[i] && !ids.contains(c.id))
                ids.append(c.id);
        }
    }
    return ids;
}

std::pair<std::size_t, std::size_t> Dataset::topicsCreated(qint64 from, qint64 to) const
{
    const auto at = [](const TopicFact& t, qint64 ms) { return t.createdAt < ms; };
    const auto first = std::lower_bound(topics.begin(), topics.end(), from, at);
    const auto last = std::lower_bound(first, topics.end(), to, at);
    return {std::size_t(first - topics.begin()), std::size_t(last - topics.begin())};
}

std::pair<std::size_t, std::size_t> Dataset::postsCreated(qint64 from, qint64 to) const
{
    const auto at = [](const PostFact& p, qint64 ms) { return p.createdAt < ms; };
    const auto first = std::lower_bound(posts.begin(), posts.end(), from, at);
    const auto last = std::lower_bound(first, posts.end(), to, at);
    return {std::size_t(first - posts.begin()), std::size_t(last - posts.begin())};
}

namespace {

/// Puts topics in order of creation and points the posts at their new places.
void orderTopics(Dataset& data)
{
    std::vector<int> order(data.topics.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const TopicFact& x = data.topics[std::size_t(a)];
        const TopicFact& y = data.topics[std::size_t(b)];
        return x.createdAt != y.createdAt ? x.createdAt < y.createdAt : x.id < y.id;
    });
    std::vector<int> place(order.size());
    std::vector<TopicFact> sorted;
    sorted.reserve(order.size());
    data.topicIndex.clear();
    for (std::size_t i = 0; i < order.size(); ++i) {
        place[std::size_t(order[i])] = int(i);
        data.topicIndex.insert(data.topics[std::size_t(order[i])].id, int(i));
        sorted.push_back(std::move(data.topics[std::size_t(order[i])]));
    }
    data.topics = std::move(sorted);
    for (PostFact& p : data.posts) {
        if (p.topic >= 0)
            p.topic = place[std::size_t(p.topic)];
    }
    std::stable_sort(
        data.posts.begin(), data.posts.end(), [](const PostFact& a, const PostFact& b) {
            return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
        });
}

/// Links posts to their users and to a dense index of their authors.
void linkPosters(Dataset& data)
{
    data.posters.clear();
    data.posterUser.clear();
    QHash<Id, int> posterIndex;
    for (PostFact& p : data.posts) {
        p.user = data.userIndex.value(p.userId, -1);
        auto it = posterIndex.constFind(p.userId);
        if (it == posterIndex.cend()) {
            it = posterIndex.insert(p.userId, int(data.posters.size()));
            data.posters.push_back(p.userId);
            data.posterUser.push_back(p.user);
        }
        p.poster = *it;
    }
    data.userCreation.clear();
    data.userCreation.reserve(data.users.size());
    for (const UserFact& u : data.users)
        data.userCreation.push_back(u.createdAt);
    std::sort(data.userCreation.begin(), data.userCreation.end());
}

void deriveTopicFacts(Dataset& data)
{
    for (TopicFact& t : data.topics) {
        t.category = data.categoryIndex.value(t.categoryId, -1);
        t.repliedByOther = false;
        t.firstResponseAt.fill(0);
        t.firstResponderId.fill(0);
        t.firstResponderStaff.fill(false);
        t.closedAt = 0;
        t.acceptedAt = 0;
    }
    // The accepted answer: the topic's own field, else the post marked accepted.
    for (const PostFact& p : data.posts) {
        if (p.topic >= 0 && p.accepted && !p.deleted &&
            data.topics[std::size_t(p.topic)].acceptedPostId == 0)
            data.topics[std::size_t(p.topic)].acceptedPostId = p.id;
    }
    const auto earlier = [&](TopicFact& t, std::size_t which, const PostFact& p) {
        if (t.firstResponseAt[which] == 0 || p.createdAt < t.firstResponseAt[which]) {
            t.firstResponseAt[which] = p.createdAt;
            t.firstResponderId[which] = p.userId;
            t.firstResponderStaff[which] = p.user >= 0 && data.users[std::size_t(p.user)].staff;
        }
    };
    for (PostFact& p : data.posts) {
        p.category = -1;
        p.counted = false;
        p.solution = false;
        if (p.topic < 0)
            continue;
        TopicFact& t = data.topics[std::size_t(p.topic)];
        const auto type = PostType(p.type);
        p.category = t.category;
        p.counted = t.counted && !p.deleted && type == PostType::Regular;
        p.solution = p.id == t.acceptedPostId;
        if (p.id == t.acceptedPostId && !p.deleted)
            t.acceptedAt = p.createdAt;
        if (type == PostType::SmallAction && t.closed && !p.deleted)
            t.closedAt = std::max(t.closedAt, p.createdAt);
        if (p.first || p.deleted || p.userId == t.userId || p.createdAt <= t.createdAt) {
            if (!p.first && !p.deleted && p.userId != t.userId && type == PostType::Regular)
                t.repliedByOther = true; // a reply stamped no later than the topic still answers it
            continue;
        }
        if (type == PostType::Regular) {
            t.repliedByOther = true;
            earlier(t, 0, p);
            if (p.user >= 0 && data.users[std::size_t(p.user)].staff)
                earlier(t, 1, p);
        }
        if (type == PostType::Regular || type == PostType::Whisper)
            earlier(t, 2, p);
    }
}

} // namespace

void finishDataset(Dataset& data)
{
    orderTopics(data);
    linkPosters(data);
    deriveTopicFacts(data);
}

} // namespace steward::analytics
