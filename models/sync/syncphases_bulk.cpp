// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The bulk path of a first sync: Steward's queries on the site's Data Explorer plugin, 10,000
// rows a run, runs spaced to the plugin's limit (docs/sync.md "The bulk path"). The review
// queue comes first (over REST, which adds the actions a moderator may take), then the posts,
// topics and users it names, then the history, newest first. Each page is written with its
// checkpoint, so a killed sync resumes where it stopped.
#include "models/net/dataexplorer.h"
#include "models/net/discourseclient.h"
#include "models/net/parse/jsonread.h"
#include "models/store/store.h"
#include "models/store/store_queries.h"
#include "models/sync/bulkqueries.h"
#include "models/sync/syncengine.h"
#include "models/sync/synclog.h"

#include <QJsonArray>

namespace steward {

namespace {
using bulk::kNoBound;
constexpr int kMinPostRows = 500; ///< where halving a posts page for an oversized answer stops
constexpr int kIdsPerRun = 1'000; ///< ids in one int_list parameter

/// Where a downward walk goes on: below its checkpoint, or from the top.
Id fromCheckpoint(const QString& value)
{
    return value.isEmpty() ? kNoBound : value.toLongLong();
}

QString joinIds(const QList<Id>& ids)
{
    QStringList text;
    text.reserve(ids.size());
    for (Id id : ids)
        text << QString::number(id);
    return text.join(u',');
}

} // namespace

bool SyncEngine::bulkPathFits() const
{
    // A first sync of everything that the REST walk has not begun; a resumed bulk sync goes on.
    const auto unset = [this](const char* name) {
        return checkpoint(QString::fromLatin1(name)).isEmpty();
    };
    if (!m_bulkAllowed || m_scopes != int(SyncScope::All))
        return false;
    if (!unset("bulk.started"))
        return true;
    return unset("full.users.done") && unset("full.topics.done") && unset("full.queue.done") &&
           unset("users.page") && unset("topics.page") && unset("posts.before") &&
           unset("review.offset");
}

void SyncEngine::prepareExplorer(std::function<void()> ready, std::function<void()> without)
{
    reportBulk(QStringLiteral("preparing"), 0, -1);
    m_explorer = std::make_unique<DataExplorer>(m_client);
    m_explorer->prepare(bulk::queries(), [this, ready = std::move(ready),
                                          without = std::move(without)](const ApiError& error) {
        if (!m_running || m_cancelled)
            return;
        if (!error.isError())
            return ready();
        const DataExplorer::Availability availability = m_explorer->availability();
        if (availability != DataExplorer::Availability::Missing &&
            availability != DataExplorer::Availability::Refused)
            return fail(error);
        // Said once, in the summary; the REST walk takes over from here.
        m_summary.bulkPath = availability == DataExplorer::Availability::Missing
                                 ? BulkPath::Missing
                                 : BulkPath::Refused;
        qCInfo(lcSync, "Data Explorer %s: walking the REST API",
               availability == DataExplorer::Availability::Missing ? "is not installed"
                                                                   : "refuses this key");
        without();
    });
}

void SyncEngine::bulkPrepare()
{
    prepareExplorer(
        [this] {
            m_summary.bulkPath = BulkPath::DataExplorer;
            qCInfo(lcSync, "first sync through Data Explorer");
            bulkRun(QString(bulk::kCounts), {}, 1, [this](const QList<QJsonObject>& rows) {
                const bulk::Counts c = rows.isEmpty() ? bulk::Counts{} : bulk::counts(rows.first());
                m_bulkRowsTotal = std::max<qint64>(0, c.users) + std::max<qint64>(0, c.topics) +
                                  std::max<qint64>(0, c.posts) +
                                  std::max<qint64>(0, c.reviewables) +
                                  std::max<qint64>(0, c.scores);
                m_bulkPostsTotal = std::max<qint64>(0, c.posts);
                if (!m_store.begin() ||
                    !setCheckpoint(QStringLiteral("bulk.started"), QStringLiteral("1")))
                    return failStore();
                if (!commitPage())
                    return;
                // The queue first, and what it names; then the newest page of topics and of posts
                // (the last days), the accepted answers, the rest of both walks, the users, and
                // what is only history. What was written before the answers were known gets them at
                // the end (bulkFinish), a resumed sync's earlier pages too.
                const QList<std::function<void()>> steps{
                    [this] { pendingReviewables(0); },
                    [this] { bulkFocus(0); },
                    [this] {
                        bulkTopics(fromCheckpoint(checkpoint(QStringLiteral("bulk.topics.before"))),
                                   1);
                    },
                    [this] {
                        bulkPosts(fromCheckpoint(checkpoint(QStringLiteral("bulk.posts.before"))),
                                  m_runLimit, 1);
                    },
                    [this] { bulkSolved(0, 0); },
                    [this] {
                        bulkTopics(fromCheckpoint(checkpoint(QStringLiteral("bulk.topics.before"))),
                                   -1);
                    },
                    [this] {
                        bulkPosts(fromCheckpoint(checkpoint(QStringLiteral("bulk.posts.before"))),
                                  m_runLimit, -1);
                    },
                    [this] {
                        const QString from = checkpoint(QStringLiteral("bulk.users.after"));
                        bulkUsers(from.isEmpty() ? -kNoBound : from.toLongLong());
                    },
                    [this] { bulkScores(0); },
                    [this] { bulkReviewables(0); },
                    [this] { bulkFinish(); },
                };
                m_steps = steps + m_steps;
                next();
            });
        },
        [this] {
            m_steps = restFullSteps() + m_steps;
            next();
        });
}

void SyncEngine::bulkRun(const QString& name, const QJsonObject& params, int limit,
                         std::function<void(const QList<QJsonObject>& rows)> handler,
                         std::function<bool(const ApiError&)> onError)
{
    ++m_summary.explorerRuns;
    m_explorer->run(
        name, params, limit,
        [this, name, handler = std::move(handler),
         onError = std::move(onError)](const ExplorerPage& page, const ApiError& error) {
            if (!m_running || m_cancelled)
                return;
            if (error.isError()) {
                if (onError && onError(error))
                    return;
                ApiError named = error;
                if (named.messages.isEmpty() && !named.detail.isEmpty())
                    named.messages.append(
                        named.detail); // summary() shows the messages when there are any
                named.messages.prepend(QStringLiteral("Data Explorer query '%1' failed").arg(name));
                return fail(named);
            }
            int malformed = 0;
            const QList<QJsonObject> rows = bulk::objects(page, &malformed);
            if (!expectShape(malformed == 0, QStringLiteral("Data Explorer query '%1'").arg(name),
                             QStringLiteral("%1 rows not as wide as the columns").arg(malformed)))
                return;
            const parse::UnreadableScope unreadable(m_summary.unreadable);
            handler(rows);
        });
}

void SyncEngine::bulkFocus(int stage)
{
    // What the pending queue names, so that it can be worked at once: its posts, then their
    // topics (and the queue's), then everyone involved. The queue does not change meanwhile:
    // what it names is read once.
    if (stage == 0) {
        std::optional<queries::QueueReferences> refs =
            read(queries::pendingReferences(m_store.database()));
        if (!refs)
            return;
        m_queueRefs = std::move(*refs);
    }
    const queries::QueueReferences& refs = m_queueRefs;
    reportBulk(QStringLiteral("queue"), stage, 3);
    QList<Id> ids;
    QString query;
    if (stage == 0) {
        ids = refs.posts.values();
        query = QString(bulk::kPostsByIds);
    } else if (stage == 1) {
        QSet<Id> topics = refs.topics;
        for (Id post : refs.posts) {
            const std::optional<Id> topic = read(queries::topicOfPost(m_store.database(), post));
            if (!topic)
                return;
            if (*topic != 0)
                topics.insert(*topic);
        }
        ids = topics.values();
        query = QString(bulk::kTopicsByIds);
    } else if (stage == 2) {
        QSet<Id> users = refs.users;
        const std::optional<QSet<Id>> authors =
            read(queries::authorsOfPosts(m_store.database(), refs.posts));
        if (!authors)
            return;
        users.unite(*authors);
        ids = users.values();
        query = QString(bulk::kUsersByIds);
    } else {
        return next();
    }
    std::sort(ids.begin(), ids.end());
    ids = ids.mid(0, kIdsPerRun); // a queue longer than that fills in with the walks below
    if (ids.isEmpty())
        return bulkFocus(stage + 1);
    bulkRun(query, {{QStringLiteral("ids"), joinIds(ids)}}, m_runLimit,
            [this, stage](const QList<QJsonObject>& rows) {
                if (stage == 1) {
                    QList<Topic> topics;
                    QList<Id> overflow;
                    for (const QJsonObject& row : rows) {
                        topics.append(bulk::topic(
                            row, m_answers.value(parse::id(row, QLatin1StringView("id")))));
                        if (bulk::hasMoreTags(row))
                            overflow.append(topics.last().id);
                    }
                    return withAllTags(topics, overflow, [this](const QList<Topic>& whole) {
                        if (!m_store.begin() || !m_store.upsertTopics(whole))
                            return failStore();
                        tally(m_tally.topics, whole);
                        if (commitPage())
                            bulkFocus(2);
                    });
                }
                bool ok = m_store.begin();
                if (stage == 0) {
                    QList<Post> posts;
                    for (const QJsonObject& row : rows)
                        posts.append(bulk::post(
                            row, m_answerPosts.contains(parse::id(row, QLatin1StringView("id")))));
                    ok = ok && m_store.upsertPosts(posts);
                    tally(m_tally.posts, posts);
                } else {
                    QList<User> users;
                    for (const QJsonObject& row : rows)
                        users.append(bulk::user(row));
                    ok = ok && m_store.upsertUsers(users, UserDetail::Full);
                    tally(m_tally.users, users);
                }
                if (!ok)
                    return failStore();
                if (commitPage())
                    bulkFocus(stage + 1);
            });
}

void SyncEngine::bulkSolved(Id after, int era)
{
    if (era >= int(std::size(bulk::kSolvedEras)))
        return next(); // no discourse-solved on this site
    reportBulk(QStringLiteral("answers"), m_answers.size(), -1);
    // A storage this site does not have answers 422 naming the missing table or column
    // (PG::UndefinedTable, PG::UndefinedColumn: a newer plugin dropped answer_post_id). Any
    // other error stops the sync: answers are never left out silently.
    auto notThisEra = [this, era](const ApiError& error) {
        const QString summary = error.summary();
        if (error.kind != ApiErrorKind::Unprocessable ||
            (!summary.contains(QStringLiteral("UndefinedTable")) &&
             !summary.contains(QStringLiteral("UndefinedColumn"))))
            return false;
        bulkSolved(0, era + 1);
        return true;
    };
    bulkRun(
        QString(bulk::kSolvedEras[era]), {{QStringLiteral("after"), after}}, m_runLimit,
        [this, after, era](const QList<QJsonObject>& rows) {
            Id last = after;
            for (const QJsonObject& row : rows) {
                const auto [topic, answer] = bulk::solved(row);
                last = std::max(last, parse::id(row, QLatin1StringView("key")));
                if (topic <= 0 || answer <= 0)
                    continue;
                // A topic with several answers names its first as the topic's, as the store does
                // (Store::resolveAcceptedAnswers); every one is marked on its post.
                const auto known = m_answers.constFind(topic);
                if (known == m_answers.cend() || answer < *known)
                    m_answers.insert(topic, answer);
                m_answerPosts.insert(answer);
            }
            rows.size() < m_runLimit ? next() : bulkSolved(last, era);
        },
        notThisEra);
}

void SyncEngine::withAllTags(QList<Topic> topics, const QList<Id>& overflow,
                             std::function<void(const QList<Topic>&)> write)
{
    if (overflow.isEmpty())
        return write(topics);
    bulkRun(QString(bulk::kTags), {{QStringLiteral("ids"), joinIds(overflow)}}, m_runLimit,
            [topics = std::move(topics),
             write = std::move(write)](const QList<QJsonObject>& rows) mutable {
                QHash<Id, QStringList> tags;
                for (const QJsonObject& row : rows) {
                    const auto [topic, name] = bulk::tag(row);
                    tags[topic].append(name);
                }
                for (Topic& t : topics)
                    if (const auto it = tags.constFind(t.id); it != tags.cend())
                        t.tags = *it;
                write(topics);
            });
}

void SyncEngine::bulkTopics(Id before, int pages)
{
    if (pages == 0)
        return next();
    if (before <= 1)
        return next(); // resumed after the last page
    reportBulk(QStringLiteral("topics"), m_bulkRowsDone, m_bulkRowsTotal);
    bulkRun(QString(bulk::kTopics), {{QStringLiteral("before"), before}}, m_runLimit,
            [this, before, pages](const QList<QJsonObject>& rows) {
                QList<Topic> topics;
                QList<Id> overflow;
                Id lowest = before;
                for (const QJsonObject& row : rows) {
                    topics.append(
                        bulk::topic(row, m_answers.value(parse::id(row, QLatin1StringView("id")))));
                    lowest = std::min(lowest, topics.last().id);
                    if (bulk::hasMoreTags(row))
                        overflow.append(topics.last().id);
                }
                if (!expectShape(rows.isEmpty() || lowest < before, QString(bulk::kTopics),
                                 QStringLiteral("ids not below before")))
                    return;
                const bool last = rows.size() < m_runLimit;
                withAllTags(topics, overflow,
                            [this, last, lowest, pages](const QList<Topic>& whole) {
                                if (!m_store.begin() || !m_store.upsertTopics(whole) ||
                                    !setCheckpoint(QStringLiteral("bulk.topics.before"),
                                                   QString::number(last ? 1 : lowest)))
                                    return failStore();
                                tally(m_tally.topics, whole);
                                m_bulkRowsDone += whole.size();
                                if (commitPage())
                                    last ? next() : bulkTopics(lowest, pages - 1);
                            });
            });
}

void SyncEngine::bulkPosts(Id before, int limit, int pages)
{
    if (pages == 0)
        return next();
    if (before <= 1)
        return next();                     // resumed after the last page
    if (!m_bulkLoading && !m_catchingUp) { // a catch-up's window keeps its indexes
        if (!m_store.beginBulkLoad())
            return failStore();
        m_bulkLoading = true;
    }
    reportBulk(QStringLiteral("posts"), m_bulkRowsDone, m_bulkRowsTotal);
    // An answer over the client's size cap (long posts) is asked for again in halves.
    auto tooLarge = [this, before, limit, pages](const ApiError& error) {
        if (error.kind != ApiErrorKind::MalformedResponse ||
            !error.detail.startsWith(u"answer larger") || limit <= kMinPostRows)
            return false;
        bulkPosts(before, limit / 2, pages);
        return true;
    };
    bulkRun(
        QString(bulk::kPosts), {{QStringLiteral("before"), before}}, limit,
        [this, before, limit, pages](const QList<QJsonObject>& rows) {
            // A row per bucket of bulk::kPostSlots ids; the next page starts below the lowest
            // bucket.
            Id anchor = before;
            for (const QJsonObject& row : rows)
                anchor = std::min(anchor, parse::id(row, QLatin1StringView("anchor")));
            if (!expectShape(rows.isEmpty() || (anchor > 0 && anchor < before),
                             QString(bulk::kPosts), QStringLiteral("anchors not below before")))
                return;
            const Id lowest = anchor / bulk::kPostSlots * bulk::kPostSlots;
            QList<Post> posts;
            Id highest = 0;
            for (const QJsonObject& row : bulk::unpackPosts(rows)) {
                const Id id = parse::id(row, QLatin1StringView("id"));
                posts.append(bulk::post(row, m_answerPosts.contains(id)));
                highest = std::max(highest, id);
            }
            const bool last = rows.size() < limit || lowest <= m_postsFloor;
            if (!m_store.begin() || !m_store.upsertPosts(posts) ||
                !setCheckpoint(QStringLiteral("bulk.posts.before"),
                               QString::number(last ? 1 : lowest)))
                return failStore();
            if (before == kNoBound && highest > 0 &&
                !setCheckpoint(QStringLiteral("posts.top"), QString::number(highest)))
                return failStore();
            if (last && (!setCheckpoint(QStringLiteral("full.posts.done"), QStringLiteral("1")) ||
                         !m_store.createPostIndexes()))
                return failStore();
            if (last)
                m_bulkLoading = false;
            tally(m_tally.posts, posts);
            m_bulkRowsDone += posts.size();
            m_bulkPostsDone += posts.size();
            if (commitPage())
                last ? next() : bulkPosts(lowest, limit, pages - 1);
        },
        tooLarge);
}

void SyncEngine::bulkUsers(Id after)
{
    if (!m_catchingUp && !checkpoint(QStringLiteral("full.users.done")).isEmpty())
        return next();
    reportBulk(QStringLiteral("users"), m_bulkRowsDone, m_bulkRowsTotal);
    bulkRun(QString(bulk::kUsers), {{QStringLiteral("after"), after}}, m_runLimit,
            [this, after](const QList<QJsonObject>& rows) {
                QList<User> users;
                Id highest = after;
                for (const QJsonObject& row : rows) {
                    users.append(bulk::user(row));
                    highest = std::max(highest, users.last().id);
                }
                if (!expectShape(rows.isEmpty() || highest > after, QString(bulk::kUsers),
                                 QStringLiteral("ids not above after")))
                    return;
                const bool last = rows.size() < m_runLimit;
                if (!m_store.begin() || !m_store.upsertUsers(users, UserDetail::Full) ||
                    !setCheckpoint(QStringLiteral("bulk.users.after"), QString::number(highest)))
                    return failStore();
                if (last &&
                    (!setCheckpoint(QStringLiteral("full.users.done"), QStringLiteral("1")) ||
                     !setCheckpointToMax(QStringLiteral("users.created"), "users", "created_at")))
                    return failStore();
                tally(m_tally.users, users);
                m_bulkRowsDone += rows.size();
                if (commitPage())
                    last ? next() : bulkUsers(highest);
            });
}

void SyncEngine::bulkScores(Id after)
{
    reportBulk(QStringLiteral("reviews"), m_bulkRowsDone, m_bulkRowsTotal);
    bulkRun(QString(bulk::kScores), {{QStringLiteral("after"), after}}, m_runLimit,
            [this, after](const QList<QJsonObject>& rows) {
                Id last = after;
                for (const QJsonObject& row : rows) {
                    auto [item, score] = bulk::score(row);
                    last = std::max(last, score.id);
                    if (item > 0)
                        m_scores[item].append(std::move(score));
                }
                m_bulkRowsDone += rows.size();
                rows.size() < m_runLimit ? next() : bulkScores(last);
            });
}

void SyncEngine::bulkReviewables(Id after)
{
    reportBulk(QStringLiteral("reviews"), m_bulkRowsDone, m_bulkRowsTotal);
    bulkRun(QString(bulk::kReviewables), {{QStringLiteral("after"), after}}, m_runLimit,
            [this, after](const QList<QJsonObject>& rows) {
                QList<Reviewable> items;
                Id last = after;
                for (const QJsonObject& row : rows) {
                    Reviewable r = bulk::reviewable(row);
                    r.scores = m_scores.take(r.id);
                    last = std::max(last, r.id);
                    items.append(std::move(r));
                }
                if (!m_store.begin() || !m_store.upsertReviewables(items))
                    return failStore();
                tally(m_tally.reviewables, items);
                m_bulkRowsDone += rows.size();
                if (commitPage())
                    rows.size() < m_runLimit ? next() : bulkReviewables(last);
            });
}

void SyncEngine::bulkFinish()
{
    // The watermarks the incremental sync starts from, as the REST walk leaves them.
    if (!m_store.begin() || !m_store.markAcceptedAnswers(m_answers, m_answerPosts) ||
        !setCheckpoint(QStringLiteral("full.topiclist.done"), QStringLiteral("1")) ||
        !setCheckpoint(QStringLiteral("full.queue.done"), QStringLiteral("1")) ||
        !setCheckpointToMax(QStringLiteral("review.created"), "reviewables", "created_at") ||
        !setCheckpoint(QStringLiteral("bulk.started"), QString()))
        return failStore();
    if (!commitPage())
        return;
    m_answers.clear();
    m_answerPosts.clear();
    m_scores.clear();
    finishPhase(QStringLiteral("full.topics.done"));
}

void SyncEngine::reportBulk(const QString& phase, qint64 done, qint64 total)
{
    if (phase != m_phase) {
        m_phase = phase;
        m_phaseStartMs = m_client.clock()->monotonicMs();
    }
    SyncProgress p{phase, done, total, -1};
    // The runs left, at the larger of the spacing and what a run has taken so far.
    if (m_explorer && total > 0 && done <= total && m_summary.explorerRuns > 0) {
        // Posts come bulk::kPostSlots to a row.
        const qint64 postsLeft = std::max<qint64>(0, m_bulkPostsTotal - m_bulkPostsDone);
        const qint64 otherLeft = std::max<qint64>(0, total - done - postsLeft);
        const qint64 runsLeft =
            (otherLeft + m_runLimit - 1) / m_runLimit +
            (postsLeft + m_runLimit * bulk::kPostSlots - 1) / (m_runLimit * bulk::kPostSlots);
        const qint64 perRun =
            std::max(m_explorer->runSpacingMs(), sinceStartMs() / m_summary.explorerRuns);
        p.etaMs = runsLeft * perRun;
    }
    Q_EMIT progressed(p);
}

} // namespace steward
