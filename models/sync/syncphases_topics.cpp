// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Whole topics: the first chunk from /t/{id}.json, the rest of the stream by post_ids[].
#include "models/net/parse/parse.h"
#include "models/store/database.h"
#include "models/store/store.h"
#include "models/store/store_queries.h"
#include "models/sync/syncengine.h"

namespace steward {

namespace {
constexpr int kPostsPerBatch = 20; // what the web client asks for; larger batches are unconfirmed
} // namespace

void SyncEngine::fetchTopic(Id topicId, bool allPosts, std::function<void()> done)
{
    // show_deleted: without it TopicView leaves deleted replies out of the stream even for staff
    // (lib/topic_view.rb, setup_filtered_posts), and a deletion on the site would never arrive.
    fetch(endpoints::topic(topicId), [this, topicId, allPosts, done](const QJsonDocument& doc) {
        const parse::TopicView view = parse::topicView(doc.object());
        if (view.topic.id == 0)
            return done(); // gone or no longer visible
        if (!m_store.begin() || !m_store.upsertTopics({view.topic}) ||
            !m_store.upsertPosts(view.posts))
            return failStore();
        m_tally.topics.insert(view.topic.id);
        tally(m_tally.posts, view.posts);
        if (!commitPage())
            return;
        if (view.megaTopic) { // no stream to pick ids from: read it page by page
            auto walked = std::make_shared<QSet<Id>>();
            for (const Post& p : view.posts)
                walked->insert(p.id);
            return fetchTopicPages(topicId, 2, walked, done);
        }
        QSet<Id> have;
        if (!allPosts) {
            std::optional<QSet<Id>> stored =
                read(queries::postIdsOfTopic(m_store.database(), topicId));
            if (!stored)
                return;
            have = std::move(*stored);
        }
        for (const Post& p : view.posts)
            have.insert(p.id);
        fetchPostsOf(topicId, view.stream, have, done);
    });
}

void SyncEngine::fetchTopicPages(Id topicId, int page, std::shared_ptr<QSet<Id>> walked,
                                 std::function<void()> done)
{
    // A mega topic (10,000 posts or more) has no stream in its answer. post_ids.json would list
    // its ids, but TopicsController#post_ids passes no show_deleted, so deleted replies would
    // be missed: its pages of 20 with show_deleted are read instead. A page past the end is
    // answered with the last one (a redirect), which brings nothing new and ends the walk.
    fetch(endpoints::topic(topicId, page), [this, topicId, page, walked,
                                            done](const QJsonDocument& doc) {
        const parse::TopicView view = parse::topicView(doc.object());
        const bool fresh = std::any_of(view.posts.cbegin(), view.posts.cend(),
                                       [&](const Post& p) { return !walked->contains(p.id); });
        if (!m_store.begin() || !m_store.upsertPosts(view.posts))
            return failStore();
        tally(m_tally.posts, view.posts);
        if (!commitPage())
            return;
        for (const Post& p : view.posts)
            walked->insert(p.id);
        fresh&& view.posts.size() >= kPostsPerBatch
            ? fetchTopicPages(topicId, page + 1, walked, done)
            : done();
    });
}

void SyncEngine::fetchPostsOf(Id topicId, const QList<Id>& stream, const QSet<Id>& have,
                              std::function<void()> done)
{
    auto wanted = std::make_shared<QList<Id>>();
    for (Id id : stream)
        if (!have.contains(id))
            wanted->append(id);
    auto loop = std::make_shared<std::function<void()>>();
    *loop = [this, topicId, wanted, weak = std::weak_ptr(loop), done] {
        const auto batch = weak.lock(); // held by the callbacks below, not by itself
        if (wanted->isEmpty())
            return done();
        QList<Id> ids;
        for (int i = 0; i < kPostsPerBatch && !wanted->isEmpty(); ++i)
            ids.append(wanted->takeFirst());
        fetch(endpoints::topicPosts(topicId, ids), [this, batch](const QJsonDocument& posts) {
            const QList<Post> list = parse::postStream(posts.object());
            if (!m_store.begin() || !m_store.upsertPosts(list))
                return failStore();
            tally(m_tally.posts, list);
            if (commitPage())
                (*batch)();
        });
    };
    (*loop)();
}

void SyncEngine::referencedTopics()
{
    const std::optional<QList<Id>> referenced =
        read(queries::topicsOnlyReferenced(m_store.database()));
    if (!referenced)
        return;
    for (Id id : *referenced)
        m_topicsToRefresh.insert(id);
    next();
}

void SyncEngine::refreshTopics()
{
    QList<Id> ids(m_topicsToRefresh.cbegin(), m_topicsToRefresh.cend());
    std::sort(ids.begin(), ids.end());
    m_topicsToRefresh.clear();
    auto left = std::make_shared<QList<Id>>(ids);
    const qint64 total = ids.size();
    auto loop = std::make_shared<std::function<void()>>();
    *loop = [this, left, total, weak = std::weak_ptr(loop)] {
        const auto step = weak.lock(); // held by the callbacks below, not by itself
        if (left->isEmpty())
            return next();
        report(QStringLiteral("threads"), total - left->size(), total);
        const Id topic = left->takeFirst();
        fetchTopic(topic, true, [this, step, topic] {
            // A topic asked for is done once read (or gone): its request goes with it.
            if (const auto asked = m_requestedTopics.find(topic);
                asked != m_requestedTopics.end()) {
                const qint64 generation = asked.value();
                m_requestedTopics.erase(asked);
                if (!m_store.clearTopicRequest(topic, generation))
                    return failStore();
            }
            (*step)();
        });
    };
    (*loop)();
}

} // namespace steward
