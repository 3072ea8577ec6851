// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/generator/drafts.h"

#include <algorithm>
#include <numeric>

namespace steward::sandbox::detail {

int Draft::add(Id userId, qint64 at, PostKind kind, PostType type, int replyTo)
{
    PostRecord p;
    p.userId = userId;
    p.createdAt = at;
    p.kind = kind;
    p.type = type;
    p.replyToPostNumber = replyTo + 1;
    posts.push_back(p);
    return int(posts.size()) - 1;
}

int Draft::firstResponse() const
{
    int first = -1;
    for (int i = 1; i < int(posts.size()); ++i) {
        const PostRecord& p = posts[std::size_t(i)];
        if (p.type == PostType::Regular && p.userId != record.topic.userId &&
            p.createdAt > createdAt() &&
            (first < 0 || p.createdAt < posts[std::size_t(first)].createdAt))
            first = i;
    }
    return first;
}

qint64 Draft::lastPostAt() const
{
    qint64 last = 0;
    for (const PostRecord& p : posts)
        last = std::max(last, p.createdAt);
    return last;
}

void Draft::markDeleted(int index, qint64 at, Id by)
{
    PostRecord& p = posts[std::size_t(index)];
    p.deletedAt = at;
    p.deletedById = by;
}

void Draft::deleteTopic(qint64 at, Id by)
{
    record.topic.deletedAt = toDateTime(at);
    record.deletedById = by;
    markDeleted(0, at, by);
}

Draft& TopicStage::add(qint64 at, TopicKind kind, Id categoryId, Id author)
{
    Draft d;
    d.record.kind = kind;
    d.record.topic.categoryId = categoryId;
    d.record.originalCategoryId = categoryId;
    d.record.topic.userId = author;
    d.record.topic.createdAt = toDateTime(at);
    d.add(author, at, kind == TopicKind::Spam ? PostKind::Spam : PostKind::Opening);
    drafts.push_back(std::move(d));
    return drafts.back();
}

qint64 TopicStage::sampleAfter(Rng& rng, qint64 from) const
{
    for (int tries = 0; tries < 16; ++tries) {
        const qint64 at = clock.sample(rng);
        if (at > from)
            return at;
    }
    return clock.nextActive(rng, from + 60);
}

void commitDrafts(SandboxCommunity& community, std::vector<Draft>& drafts)
{
    // Ids follow creation time, as on a real server.
    std::stable_sort(drafts.begin(), drafts.end(),
                     [](const Draft& a, const Draft& b) { return a.createdAt() < b.createdAt(); });
    std::size_t postTotal = 0;
    std::vector<int> order;
    std::vector<int> numberOf;
    std::vector<PostRecord> sorted;
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        Draft& d = drafts[i];
        d.record.topic.id = Id(i + 1);
        // Posts in time order (the opening first, same-second replies after it); replies and
        // the accepted answer follow their posts to the new numbers.
        order.resize(d.posts.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin() + 1, order.end(), [&d](int a, int b) {
            return d.posts[std::size_t(a)].createdAt < d.posts[std::size_t(b)].createdAt;
        });
        numberOf.assign(d.posts.size(), 0);
        for (std::size_t n = 0; n < order.size(); ++n)
            numberOf[std::size_t(order[n])] = int(n + 1);
        sorted.clear();
        for (int index : order) {
            PostRecord p = d.posts[std::size_t(index)];
            p.topicId = d.record.topic.id;
            p.postNumber = numberOf[std::size_t(index)];
            p.replyToPostNumber =
                p.replyToPostNumber > 0 ? numberOf[std::size_t(p.replyToPostNumber - 1)] : 0;
            sorted.push_back(p);
        }
        if (d.acceptedIndex >= 0)
            d.acceptedIndex = numberOf[std::size_t(d.acceptedIndex)] - 1;
        d.posts.swap(sorted);
        postTotal += d.posts.size();
    }

    std::vector<PostRecord> all;
    all.reserve(postTotal);
    for (const Draft& d : drafts)
        all.insert(all.end(), d.posts.begin(), d.posts.end());
    std::stable_sort(all.begin(), all.end(), [](const PostRecord& a, const PostRecord& b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.topicId < b.topicId;
    });
    community.topics.reserve(drafts.size());
    for (Draft& d : drafts) {
        d.record.posts.assign(d.posts.size(), -1);
        community.topics.push_back(std::move(d.record));
    }
    for (std::size_t i = 0; i < all.size(); ++i) {
        all[i].id = Id(i + 1);
        community.topics[std::size_t(all[i].topicId - 1)]
            .posts[std::size_t(all[i].postNumber - 1)] = int(i);
    }
    community.posts = std::move(all);
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        if (drafts[i].acceptedIndex >= 0) {
            TopicRecord& t = community.topics[i];
            t.topic.acceptedAnswerPostId =
                community.posts[std::size_t(t.posts[std::size_t(drafts[i].acceptedIndex)])].id;
        }
    }
}

} // namespace steward::sandbox::detail
