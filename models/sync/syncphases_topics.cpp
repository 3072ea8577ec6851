// SPDX-License-Identifier: GPL-3.0-or-later
// Whole topics: the first chunk from /t/{id}.json, the rest of the stream by post_ids[].
#include "models/sync/syncengine.h"

#include "models/net/parse/parse.h"
#include "models/store/database.h"
#include "models/store/store.h"
#include "models/store/store_queries.h"

namespace steward {

namespace {
constexpr int kPostsPerBatch = 20; // what the web client asks for; larger batches are unconfirmed
} // namespace

void SyncEngine::fetchTopic(Id topicId, bool allPosts, std::function<void()> done)
{
    // show_deleted: without it TopicView leaves deleted replies out of the stream even for staff
    // (lib/topic_view.rb, setup_filtered_posts), and a deletion on the site would never arrive.
    fetch(QStringLiteral("/t/%1").arg(topicId), {{QStringLiteral("include_raw"), QStringLiteral("true")},
                                                 {QStringLiteral("show_deleted"), QStringLiteral("true")}},
          [this, topicId, allPosts, done](const QJsonDocument& doc) {
        const parse::TopicView view = parse::topicView(doc.object());
        if (view.topic.id == 0)
            return done(); // gone or no longer visible
        if (!m_store.begin() || !m_store.upsertTopics({view.topic}) || !m_store.upsertPosts(view.posts))
            return failStore();
        m_tally.topics.insert(view.topic.id);
        tally(m_tally.posts, view.posts);
        if (!commitPage())
            return;
        auto have = std::make_shared<QSet<Id>>(allPosts ? QSet<Id>() : queries::postIdsOfTopic(m_store.database(), topicId));
        for (const Post& p : view.posts)
            have->insert(p.id);
        if (view.megaTopic) {
            // No stream: every id after the chunk comes from post_ids.json (no page limit there).
            int last = 0;
            for (const Post& p : view.posts)
                last = std::max(last, p.postNumber);
            const QUrlQuery query{{QStringLiteral("post_number"), QString::number(last)},
                                  {QStringLiteral("show_deleted"), QStringLiteral("true")}};
            return fetch(QStringLiteral("/t/%1/post_ids").arg(topicId), query,
                         [this, topicId, have, done](const QJsonDocument& ids) {
                QList<Id> stream;
                for (const QJsonValue& v : ids.object().value(QLatin1StringView("post_ids")).toArray())
                    if (v.toInteger() > 0)
                        stream.append(v.toInteger());
                fetchPostsOf(topicId, stream, *have, done);
            }, Answer::Item);
        }
        fetchPostsOf(topicId, view.stream, *have, done);
    }, Answer::Item);
}

void SyncEngine::fetchPostsOf(Id topicId, const QList<Id>& stream, const QSet<Id>& have, std::function<void()> done)
{
    auto wanted = std::make_shared<QList<Id>>();
    for (Id id : stream)
        if (!have.contains(id))
            wanted->append(id);
    auto batch = std::make_shared<std::function<void()>>();
    *batch = [this, topicId, wanted, batch, done] {
        if (wanted->isEmpty())
            return done();
        QUrlQuery query{{QStringLiteral("include_raw"), QStringLiteral("true")}};
        for (int i = 0; i < kPostsPerBatch && !wanted->isEmpty(); ++i)
            query.addQueryItem(QStringLiteral("post_ids[]"), QString::number(wanted->takeFirst()));
        fetch(QStringLiteral("/t/%1/posts").arg(topicId), query, [this, batch](const QJsonDocument& posts) {
            const QList<Post> list = parse::postStream(posts.object());
            if (!m_store.begin() || !m_store.upsertPosts(list))
                return failStore();
            tally(m_tally.posts, list);
            if (commitPage())
                (*batch)();
        }, Answer::Item);
    };
    (*batch)();
}

void SyncEngine::referencedTopics()
{
    for (Id id : queries::topicsOnlyReferenced(m_store.database()))
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
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, left, total, step] {
        if (left->isEmpty())
            return next();
        report(QStringLiteral("threads"), total - left->size(), total);
        fetchTopic(left->takeFirst(), true, [step] { (*step)(); });
    };
    (*step)();
}

} // namespace steward
