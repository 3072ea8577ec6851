// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The first, full sync of each scope. Every page is written with its checkpoint in one
// transaction, so a killed sync resumes at the page after the last one committed.
#include "models/net/parse/parse.h"
#include "models/store/database.h"
#include "models/store/store.h"
#include "models/store/store_queries.h"
#include "models/sync/syncengine.h"

#include <QJsonArray>

namespace steward {

namespace {
constexpr int kAdminUsersPerPage = 100;
constexpr int kTopicsPerPage = 30; // TopicQuery's page; it ignores a per_page in the request
constexpr int kReviewablesPerPage = 10;
} // namespace

void SyncEngine::syncSite()
{
    report(QStringLiteral("site"), 0, 1);
    fetch(endpoints::site(), [this](const QJsonDocument& doc) {
        // With lazy-loaded categories (site setting lazy_load_categories_groups) /site.json
        // holds only the sidebar's categories, or none, and says lazy_load_categories.
        const QJsonObject site = doc.object();
        const bool lazy = site.value(QLatin1StringView("lazy_load_categories")).toBool();
        if (!expectShape(site.value(QLatin1StringView("categories")).isArray() || lazy,
                         QStringLiteral("/site.json"), QStringLiteral("no categories")))
            return;
        const QList<Category> categories = parse::categories(site);
        if (!m_store.begin() || !m_store.upsertCategories(categories))
            return failStore();
        tally(m_tally.categories, categories);
        if (!commitPage())
            return;
        lazy ? categoryPages(1) : next();
    });
}

void SyncEngine::categoryPages(int page)
{
    // /categories.json pages its top-level categories (CategoryList); a page that brings no
    // category not seen before is the end.
    report(QStringLiteral("site"), page, -1);
    fetch(endpoints::categories(page), [this, page](const QJsonDocument& doc) {
        const QList<Category> categories = parse::categories(doc.object());
        const qsizetype known = m_tally.categories.size();
        if (!m_store.begin() || !m_store.upsertCategories(categories))
            return failStore();
        tally(m_tally.categories, categories);
        if (!commitPage())
            return;
        m_tally.categories.size() == known ? next() : categoryPages(page + 1);
    });
}

void SyncEngine::fullUsers(int page)
{
    report(QStringLiteral("users"), qint64(page - 1) * kAdminUsersPerPage, -1);
    fetch(endpoints::activeUsers(page, true), [this, page](const QJsonDocument& doc) {
        const QList<User> users = parse::userList(doc.array());
        const bool last = users.size() < kAdminUsersPerPage;
        if (!expectProgress(m_tally.users, users, last,
                            QStringLiteral("/admin/users/list/active.json")))
            return;
        if (!m_store.begin() || !m_store.upsertUsers(users, UserDetail::Full) ||
            !setCheckpoint(QStringLiteral("users.page"), QString::number(page + 1)))
            return failStore();
        if (last && (!setCheckpoint(QStringLiteral("full.users.done"), QStringLiteral("1")) ||
                     !setCheckpointToMax(QStringLiteral("users.created"), "users", "created_at")))
            return failStore();
        tally(m_tally.users, users);
        if (!commitPage())
            return;
        last ? next() : fullUsers(page + 1);
    });
}

void SyncEngine::fullTopics(int page)
{
    if (!checkpoint(QStringLiteral("full.topiclist.done")).isEmpty())
        return next();
    report(QStringLiteral("topics"), qint64(page) * kTopicsPerPage, -1);
    fetch(endpoints::latestByCreation(page), [this, page](const QJsonDocument& doc) {
        const parse::TopicListPage list = parse::topicList(doc.object());
        const bool last = list.moreTopicsUrl.isEmpty() || list.topics.isEmpty();
        if (!expectProgress(m_tally.topics, list.topics, last, QStringLiteral("/latest.json")))
            return;
        if (!m_store.begin() || !m_store.upsertUsers(list.users, UserDetail::Basic) ||
            !m_store.upsertTopics(list.topics) ||
            !setCheckpoint(QStringLiteral("topics.page"), QString::number(page + 1)))
            return failStore();
        if (last && !setCheckpoint(QStringLiteral("full.topiclist.done"), QStringLiteral("1")))
            return failStore();
        tally(m_tally.topics, list.topics);
        if (!commitPage())
            return;
        last ? next() : fullTopics(page + 1);
    });
}

void SyncEngine::fullPosts()
{
    if (!checkpoint(QStringLiteral("full.posts.done")).isEmpty())
        return next();
    if (!m_bulkLoading) {
        if (!m_store.beginBulkLoad())
            return failStore();
        m_bulkLoading = true;
    }
    const QString before = checkpoint(QStringLiteral("posts.before"));
    const qint64 top = checkpoint(QStringLiteral("posts.top")).toLongLong();
    report(QStringLiteral("posts"), before.isEmpty() ? 0 : top - before.toLongLong(),
           top > 0 ? top : -1);
    fetchBody(endpoints::latestPosts(before), [this, before](const QByteArray& body) {
        const std::optional<QList<Post>> page = parse::latestPostsFromJson(body);
        if (!expectShape(page.has_value(), QStringLiteral("/posts.json"),
                         QStringLiteral("no latest_posts")))
            return;
        const QList<Post>& posts = *page;
        Id lowest = 0;
        Id highest = 0;
        for (const Post& p : posts) {
            lowest = lowest ? std::min(lowest, p.id) : p.id;
            highest = std::max(highest, p.id);
        }
        // before= is exclusive: a page that does not go below it would be asked for again and
        // again.
        if (!before.isEmpty() && !posts.isEmpty() &&
            !expectShape(lowest < before.toLongLong(), QStringLiteral("/posts.json"),
                         QStringLiteral("posts not below before=")))
            return;
        if (!m_store.begin() || !m_store.upsertPosts(posts))
            return failStore();
        if (before.isEmpty() &&
            !setCheckpoint(QStringLiteral("posts.top"), QString::number(highest)))
            return failStore();
        const bool last = posts.isEmpty() || lowest <= 1;
        if (!setCheckpoint(QStringLiteral("posts.before"), QString::number(lowest)) ||
            (last && (!setCheckpoint(QStringLiteral("full.posts.done"), QStringLiteral("1")) ||
                      !m_store.createPostIndexes())))
            return failStore();
        tally(m_tally.posts, posts);
        if (!commitPage())
            return;
        last ? next() : fullPosts();
    });
}

void SyncEngine::fillGaps(Id afterTopicId)
{
    // /posts.json leaves out small actions, whispers and deleted posts: topics that hold fewer
    // posts than their highest post number get their whole stream fetched.
    const std::optional<QList<Id>> ids =
        read(queries::topicsMissingPosts(m_store.database(), afterTopicId, 1));
    if (!ids)
        return;
    if (ids->isEmpty())
        return next();
    const Id topicId = ids->first();
    const std::optional<qint64> highest = read(queries::maxOf(m_store.database(), "topics", "id"));
    if (!highest)
        return;
    report(QStringLiteral("threads"), topicId, *highest);
    fetchTopic(topicId, false, [this, topicId] {
        if (!m_store.begin() ||
            !setCheckpoint(QStringLiteral("gaps.after"), QString::number(topicId)))
            return failStore();
        if (commitPage())
            fillGaps(topicId);
    });
}

void SyncEngine::fullQueue(int offset)
{
    report(QStringLiteral("queue"), offset, -1);
    fetch(endpoints::reviewList(QStringLiteral("all"), offset), [this,
                                                                 offset](const QJsonDocument& doc) {
        const parse::ReviewPage page = parse::reviewList(doc.object());
        const int nextOffset = offset + int(page.reviewables.size());
        const bool last = page.reviewables.size() < kReviewablesPerPage ||
                          (page.totalRows >= 0 && nextOffset >= page.totalRows);
        if (!expectProgress(m_tally.reviewables, page.reviewables, last,
                            QStringLiteral("/review.json")))
            return;
        if (!m_store.begin() || !m_store.upsertUsers(page.users, UserDetail::Basic) ||
            !m_store.upsertReviewables(page.reviewables) ||
            !setCheckpoint(QStringLiteral("review.offset"), QString::number(nextOffset)))
            return failStore();
        if (last &&
            (!setCheckpoint(QStringLiteral("full.queue.done"), QStringLiteral("1")) ||
             !setCheckpointToMax(QStringLiteral("review.created"), "reviewables", "created_at")))
            return failStore();
        tally(m_tally.reviewables, page.reviewables);
        if (!commitPage())
            return;
        report(QStringLiteral("queue"), nextOffset, page.totalRows);
        last ? next() : fullQueue(nextOffset);
    });
}

} // namespace steward
