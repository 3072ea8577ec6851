// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Incremental sync: only what changed since the watermarks the last sync left.
#include "models/net/discourseclient.h"
#include "models/net/parse/jsonread.h"
#include "models/net/parse/parse.h"
#include "models/store/database.h"
#include "models/store/sqlvalue.h"
#include "models/store/store.h"
#include "models/store/store_queries.h"
#include "models/sync/syncengine.h"

#include <QJsonArray>

namespace steward {

namespace {
constexpr int kAdminUsersPerPage = 100;
constexpr int kReviewablesPerPage = 10;
constexpr int kMaxHoles =
    500; // beyond this, the bumped-topic walk and topic refreshes cover the rest

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
}
} // namespace

void SyncEngine::newUsers(int page)
{
    report(QStringLiteral("users"), page - 1, -1);
    if (page == 1)
        m_userWatermark = checkpoint(QStringLiteral("users.created")).toLongLong();
    // Newest first. Discourse reads any asc that is present as ascending (asc=false too:
    // AdminUserIndexQuery#custom_direction), so descending is asked for by leaving it out.
    fetch(endpoints::activeUsers(page, false), [this, page](const QJsonDocument& doc) {
        const QList<User> users = parse::userList(doc.array());
        bool reachedKnown = users.size() < kAdminUsersPerPage;
        for (const User& u : users)
            reachedKnown = reachedKnown || (u.createdAt.isValid() &&
                                            u.createdAt.toMSecsSinceEpoch() < m_userWatermark);
        if (!expectProgress(m_tally.users, users, reachedKnown,
                            QStringLiteral("/admin/users/list/active.json")))
            return;
        if (!m_store.begin() || !m_store.upsertUsers(users, UserDetail::Full))
            return failStore();
        if (reachedKnown &&
            !setCheckpointToMax(QStringLiteral("users.created"), "users", "created_at"))
            return failStore();
        tally(m_tally.users, users);
        if (!commitPage())
            return;
        reachedKnown ? next() : newUsers(page + 1);
    });
}

void SyncEngine::penalisedUsers(int listIndex, int page)
{
    // Suspensions and silences change without a new user: read both lists (short), and
    // re-read anyone the store holds as penalised whom the lists no longer name.
    static const QString kLists[] = {QStringLiteral("suspended"), QStringLiteral("silenced")};
    if (listIndex >= 2) {
        const std::optional<QList<Id>> penalised = read(queries::penalisedUsers(
            m_store.database(), m_client.clock()->nowUtc().toMSecsSinceEpoch()));
        if (!penalised)
            return;
        QList<Id> stale;
        for (Id id : *penalised)
            if (!m_listedUsers.contains(id))
                stale.append(id);
        m_listedUsers.clear();
        if (stale.isEmpty())
            return next();
        auto remaining = std::make_shared<QList<Id>>(stale);
        auto loop = std::make_shared<std::function<void()>>();
        *loop = [this, remaining, weak = std::weak_ptr(loop)] {
            const auto step = weak.lock(); // held by the callbacks below, not by itself
            if (remaining->isEmpty())
                return next();
            const Id id = remaining->takeFirst();
            fetch(endpoints::adminUser(id), [this, step](const QJsonDocument& doc) {
                const User u = parse::user(doc.object());
                if (u.id != 0) {
                    if (!m_store.begin() || !m_store.upsertUsers({u}, UserDetail::Full))
                        return failStore();
                    if (!commitPage())
                        return;
                    m_tally.users.insert(u.id);
                }
                (*step)();
            });
        };
        return (*loop)();
    }
    fetch(endpoints::penalisedUsers(kLists[listIndex], page),
          [this, listIndex, page](const QJsonDocument& doc) {
              const QList<User> users = parse::userList(doc.array());
              for (const User& u : users)
                  m_listedUsers.insert(u.id);
              if (!m_store.begin() || !m_store.upsertUsers(users, UserDetail::Full))
                  return failStore();
              tally(m_tally.users, users);
              if (!commitPage())
                  return;
              // Lists come in pages of 100, like every admin user list.
              users.size() < kAdminUsersPerPage ? penalisedUsers(listIndex + 1, 1)
                                                : penalisedUsers(listIndex, page + 1);
          });
}

void SyncEngine::newPosts(const QString& before, Id top)
{
    report(QStringLiteral("posts"), top && !before.isEmpty() ? top - before.toLongLong() : 0,
           top ? top - m_postsWatermark : -1);
    fetchBody(endpoints::latestPosts(before), [this, top, before](const QByteArray& body) {
        const std::optional<QList<Post>> page = parse::latestPostsFromJson(body);
        if (!expectShape(page.has_value(), QStringLiteral("/posts.json"),
                         QStringLiteral("no latest_posts")))
            return;
        const QList<Post>& posts = *page;
        Id lowest = 0;
        Id highest = top;
        for (const Post& p : posts) {
            lowest = lowest ? std::min(lowest, p.id) : p.id;
            highest = std::max(highest, p.id);
            m_seenPosts.insert(p.id);
            m_newPostTopics.insert(p.topicId);
        }
        // before= is exclusive: a page that does not go below it would be asked for again and
        // again.
        if (!before.isEmpty() && !posts.isEmpty() &&
            !expectShape(lowest < before.toLongLong(), QStringLiteral("/posts.json"),
                         QStringLiteral("posts not below before=")))
            return;
        if (!m_store.begin() || !m_store.upsertPosts(posts))
            return failStore();
        tally(m_tally.posts, posts);
        if (!commitPage())
            return;
        m_newTop = std::max(m_newTop, highest);
        if (posts.isEmpty() || lowest <= m_postsWatermark + 1)
            return next();
        if (before.isEmpty() && m_bulkAllowed && m_scopes == int(SyncScope::All) &&
            highest - m_postsWatermark > m_catchUpPosts)
            return bulkCatchUp(highest, lowest);
        newPosts(QString::number(lowest), highest);
    });
}

void SyncEngine::fetchHoles()
{
    // Post ids are global and increasing: ids above the old watermark that /posts.json did not
    // list are small actions (status changes), whispers or deleted posts. Fetch them one by one
    // to learn their topics, then probe above the highest listed id the same way, until
    // kMissesToStop ids in a row are not there (or not visible).
    constexpr int kMissesToStop = 3;
    const std::optional<QSet<Id>> storedIds =
        read(queries::storedPostIds(m_store.database(), m_postsWatermark + 1, m_newTop));
    if (!storedIds)
        return;
    const QSet<Id>& stored = *storedIds;
    auto holes = std::make_shared<QList<Id>>();
    for (Id id = m_postsWatermark + 1; id <= m_newTop && holes->size() < kMaxHoles; ++id)
        if (!m_seenPosts.contains(id) && !stored.contains(id))
            holes->append(id);
    m_seenPosts.clear();
    auto probe = std::make_shared<Id>(m_newTop);
    auto misses = std::make_shared<int>(0);
    auto loop = std::make_shared<std::function<void()>>();
    *loop = [this, holes, probe, misses, weak = std::weak_ptr(loop)] {
        const auto step = weak.lock(); // held by the callbacks below, not by itself
        const bool probing = holes->isEmpty();
        if (probing && (*misses >= kMissesToStop || *probe - m_newTop > kMaxHoles)) {
            if (!m_store.begin() ||
                !setCheckpoint(QStringLiteral("posts.max"), QString::number(m_newTop)))
                return failStore();
            if (commitPage())
                next();
            return;
        }
        const Id id = probing ? ++*probe : holes->takeFirst();
        report(QStringLiteral("posts"), 0, holes->size());
        fetch(endpoints::post(id), [this, step, probing, misses](const QJsonDocument& doc) {
            const Post p = parse::post(doc.object());
            if (p.id == 0) {
                *misses += probing ? 1 : 0;
                return (*step)();
            }
            *misses = 0;
            m_newTop = std::max(m_newTop, p.id);
            if (!m_store.begin() || !m_store.upsertPosts({p}))
                return failStore();
            if (!commitPage())
                return;
            m_tally.posts.insert(p.id);
            m_topicsToRefresh.insert(p.topicId);
            (*step)();
        });
    };
    (*loop)();
}

void SyncEngine::bumpedTopics(int page)
{
    const qint64 watermark = checkpoint(QStringLiteral("topics.bumped")).toLongLong();
    report(QStringLiteral("topics"), page, -1);
    fetch(endpoints::latestByActivity(page), [this, page, watermark](const QJsonDocument& doc) {
        const parse::TopicListPage list = parse::topicList(doc.object());
        bool reachedOld = list.moreTopicsUrl.isEmpty() || list.topics.isEmpty();
        for (const Topic& t : list.topics) {
            // Page 0 puts pinned topics first, whatever their age.
            if (!t.pinned && !t.pinnedGlobally && t.bumpedAt.isValid() &&
                t.bumpedAt.toMSecsSinceEpoch() < watermark)
                reachedOld = true;
            const std::optional<int> stored =
                read(queries::storedPostCount(m_store.database(), t.id));
            if (!stored)
                return;
            if (*stored < t.highestPostNumber)
                m_topicsToRefresh.insert(t.id);
        }
        if (!expectProgress(m_tally.topics, list.topics, reachedOld,
                            QStringLiteral("/latest.json")))
            return;
        if (!m_store.begin() || !m_store.upsertUsers(list.users, UserDetail::Basic) ||
            !m_store.upsertTopics(list.topics))
            return failStore();
        tally(m_tally.topics, list.topics);
        if (reachedOld &&
            !setCheckpointToMax(QStringLiteral("topics.bumped"), "topics", "bumped_at"))
            return failStore();
        if (!commitPage())
            return;
        if (!reachedOld)
            return bumpedTopics(page + 1);
        // A topic with new posts that no list page showed is one /latest leaves out for the
        // API user (muted by it, a category definition): read it whole, or its row goes stale.
        for (Id id : std::exchange(m_newPostTopics, {}))
            if (!m_tally.topics.contains(id))
                m_topicsToRefresh.insert(id);
        next();
    });
}

void SyncEngine::newReviewables(int offset)
{
    if (offset == 0) {
        std::optional<QHash<Id, int>> pending =
            read(queries::pendingReviewables(m_store.database()));
        if (!pending)
            return;
        m_pendingBefore = std::move(*pending);
    }
    report(QStringLiteral("queue"), offset, -1);
    const qint64 watermark = checkpoint(QStringLiteral("review.created")).toLongLong();
    const Endpoint list = endpoints::reviewList(QStringLiteral("all"), offset,
                                                fromMs(watermark).toString(Qt::ISODate));
    fetch(list, [this, offset](const QJsonDocument& doc) {
        const parse::ReviewPage page = parse::reviewList(doc.object());
        const bool last = page.reviewables.size() < kReviewablesPerPage;
        if (!expectProgress(m_tally.reviewables, page.reviewables, last,
                            QStringLiteral("/review.json")))
            return;
        if (!m_store.begin() || !m_store.upsertUsers(page.users, UserDetail::Basic) ||
            !m_store.upsertReviewables(page.reviewables))
            return failStore();
        if (last &&
            !setCheckpointToMax(QStringLiteral("review.created"), "reviewables", "created_at"))
            return failStore();
        tally(m_tally.reviewables, page.reviewables);
        if (!commitPage())
            return;
        last ? next() : newReviewables(offset + int(page.reviewables.size()));
    });
}

void SyncEngine::pendingReviewables(int offset)
{
    report(QStringLiteral("queue"), offset, -1);
    fetch(endpoints::reviewList(QStringLiteral("pending"), offset),
          [this, offset](const QJsonDocument& doc) {
              const parse::ReviewPage page = parse::reviewList(doc.object());
              if (!expectProgress(m_pendingNow, page.reviewables,
                                  page.reviewables.size() < kReviewablesPerPage,
                                  QStringLiteral("/review.json")))
                  return;
              for (const Reviewable& r : page.reviewables)
                  m_pendingNow.insert(r.id);
              if (!m_store.begin() || !m_store.upsertUsers(page.users, UserDetail::Basic) ||
                  !m_store.upsertReviewables(page.reviewables))
                  return failStore();
              tally(m_tally.reviewables, page.reviewables);
              if (!commitPage())
                  return;
              page.reviewables.size() < kReviewablesPerPage
                  ? next()
                  : pendingReviewables(offset + int(page.reviewables.size()));
          });
}

void SyncEngine::transitionedReviewables()
{
    // Items that were pending here and are no longer pending there were acted on (from the
    // web or another console): fetch each, and refresh its topic (a post may be gone or hidden).
    auto left = std::make_shared<QList<Id>>();
    for (auto it = m_pendingBefore.cbegin(); it != m_pendingBefore.cend(); ++it)
        if (!m_pendingNow.contains(it.key()))
            left->append(it.key());
    std::sort(left->begin(), left->end());
    m_pendingNow.clear();
    auto loop = std::make_shared<std::function<void()>>();
    *loop = [this, left, weak = std::weak_ptr(loop)] {
        const auto step = weak.lock(); // held by the callbacks below, not by itself
        if (left->isEmpty())
            return next();
        const Id id = left->takeFirst();
        report(QStringLiteral("queue"), 0, left->size());
        fetch(endpoints::reviewable(id), [this, step](const QJsonDocument& doc) {
            const Reviewable r = parse::reviewDetail(doc.object());
            if (r.id != 0) {
                if (!m_store.begin() || !m_store.upsertReviewables({r}))
                    return failStore();
                if (!commitPage())
                    return;
                m_tally.reviewables.insert(r.id);
                if (r.topicId)
                    m_topicsToRefresh.insert(r.topicId);
            }
            (*step)();
        });
    };
    (*loop)();
}

} // namespace steward
