// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's plumbing: the step list, requests, transactions, progress and the outcome.
#include "models/sync/syncengine.h"

#include "models/net/dataexplorer.h"
#include "models/net/discourseclient.h"
#include "models/store/database.h"
#include "models/store/store.h"
#include "models/store/store_queries.h"
#include "models/store/teamchannel.h"
#include "models/sync/synclog.h"

#include <QTimer>

namespace steward {

namespace {

constexpr qsizetype kMaxExamples = 5;

/// A listing refused with 404 or 403 means the key or its user lacks a permission: Discourse
/// routes /admin/* only for staff (anyone else gets 404, as for a path that does not exist)
/// and answers 403 invalid_access where a guardian check fails (the review queue, say).
ApiError refusedListing(const QString& path, const ApiError& error)
{
    ApiError refused = error;
    refused.kind = ApiErrorKind::Forbidden;
    const QString needs =
        path.startsWith(u"/admin/")
            ? QStringLiteral("an admin or moderator as API user: Discourse answers 404 on its "
                             "admin routes to anyone else")
        : path.startsWith(u"/review")
            ? QStringLiteral("an API user who can see the review queue (an admin or moderator)")
            : QStringLiteral("an admin or moderator as API user, with a key for all endpoints");
    refused.messages.prepend(
        QStringLiteral(
            "%1 answered %2; the API key or user lacks permission for it. Steward needs %3")
            .arg(path)
            .arg(error.httpStatus)
            .arg(needs));
    return refused;
}

} // namespace

SyncEngine::SyncEngine(DiscourseClient& client, Store& store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
}

SyncEngine::~SyncEngine()
{
    if (m_request)
        m_request->abandon();
}

const SiteConnection& SyncEngine::site() const
{
    return m_client.connection();
}

QString SyncEngine::checkpoint(const QString& name) const
{
    return m_store.checkpoint(name);
}

bool SyncEngine::setCheckpoint(const QString& name, const QString& value)
{
    return m_store.setCheckpoint(name, value);
}

qint64 SyncEngine::sinceStartMs() const
{
    return m_client.clock()->monotonicMs() - m_startMs;
}

qint64 SyncEngine::sincePhaseStartMs() const
{
    return m_client.clock()->monotonicMs() - m_phaseStartMs;
}

void SyncEngine::start(int scopes)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_scopes = scopes;
    m_error = {};
    m_storeError.clear();
    m_summary = {};
    m_tally = {};
    m_requestsAtStart = m_client.stats().sent;
    m_rateLimitedAtStart = m_client.stats().rateLimited;
    m_startMs = m_client.clock()->monotonicMs();
    qCInfo(lcSync, "sync of %s started (scopes %d)",
           qPrintable(m_client.connection().baseUrl.toDisplayString()), scopes);
    m_requestedTopics = m_store.requestedTopics();
    m_topicsToRefresh.clear();
    for (auto it = m_requestedTopics.cbegin(); it != m_requestedTopics.cend(); ++it)
        m_topicsToRefresh.insert(it.key());
    m_seenPosts.clear();
    m_newPostTopics.clear();
    m_pendingNow.clear();
    m_steps.clear();
    m_bulkLoading = false;
    m_catchingUp = false;
    m_postsFloor = 0;
    m_staffLogPages = -1;

    // A process killed during the walk over all posts left the store without its post
    // indexes; every later query (and this sync's last step) would scan. A resumed walk drops
    // them again.
    m_steps.append([this] {
        if (!m_store.createPostIndexes())
            return failStore();
        next();
    });
    // A sync reads and writes across the whole file; through the memory map every page it
    // touched would stay resident (190 MB of a medium first sync's 430 MB peak). Readers get
    // the map back in finish().
    m_store.database().setMemoryMapped(false);
    m_steps.append([this] { syncSite(); });
    if (bulkPathFits()) {
        m_summary.full = true;
        m_steps.append([this] { bulkPrepare(); });
    } else {
        m_steps.append(restFullSteps());
        // Posts first: far behind, they switch the sync to catching up in bulk
        // (syncphases_bulk.cpp), which also brings the new users and every topic.
        if (has(SyncScope::Topics) && !checkpoint(QStringLiteral("full.topics.done")).isEmpty()) {
            m_steps.append([this] {
                m_postsWatermark = checkpoint(QStringLiteral("posts.max")).toLongLong();
                m_newTop = m_postsWatermark;
                newPosts(QString(), 0);
            });
            m_steps.append([this] { m_catchingUp ? next() : fetchHoles(); });
            m_steps.append([this] { m_catchingUp ? next() : bumpedTopics(0); });
        }
        if (has(SyncScope::Users) && !checkpoint(QStringLiteral("full.users.done")).isEmpty()) {
            m_steps.append([this] { m_catchingUp ? next() : newUsers(1); });
            m_steps.append([this] { penalisedUsers(0, 1); });
        }
        if (has(SyncScope::Queue) && !checkpoint(QStringLiteral("full.queue.done")).isEmpty()) {
            m_steps.append([this] { newReviewables(0); });
            m_steps.append([this] { pendingReviewables(0); });
            m_steps.append([this] { transitionedReviewables(); });
        }
    }
    // The staff action log with the users: every full sync, and every tenth poll.
    if (has(SyncScope::Users))
        m_steps.append([this] { staffLog(0); });
    if (has(SyncScope::Topics))
        m_steps.append([this] { referencedTopics(); });
    m_steps.append([this] { refreshTopics(); });
    m_steps.append([this] { indexSearch(0); });
    m_steps.append([this] {
        if (!m_store.begin() || !m_store.resolveAcceptedAnswers() ||
            !m_store.resolveTopicAuthors() || !m_store.commit())
            return failStore();
        finish(true);
    });
    next();
}

bool SyncEngine::hasSyncedEverything() const
{
    return !checkpoint(QStringLiteral("full.users.done")).isEmpty() &&
           !checkpoint(QStringLiteral("full.topics.done")).isEmpty() &&
           !checkpoint(QStringLiteral("full.queue.done")).isEmpty();
}

QList<std::function<void()>> SyncEngine::restFullSteps()
{
    // The queue first: a moderator can work while the rest comes.
    QList<std::function<void()>> steps;
    if (has(SyncScope::Queue) && checkpoint(QStringLiteral("full.queue.done")).isEmpty()) {
        m_summary.full = true;
        steps.append([this] { fullQueue(checkpoint(QStringLiteral("review.offset")).toInt()); });
    }
    if (has(SyncScope::Users) && checkpoint(QStringLiteral("full.users.done")).isEmpty()) {
        m_summary.full = true;
        steps.append(
            [this] { fullUsers(std::max(1, checkpoint(QStringLiteral("users.page")).toInt())); });
    }
    if (has(SyncScope::Topics) && checkpoint(QStringLiteral("full.topics.done")).isEmpty()) {
        m_summary.full = true;
        steps.append([this] { fullTopics(checkpoint(QStringLiteral("topics.page")).toInt()); });
        steps.append([this] { fullPosts(); });
        steps.append([this] { fillGaps(checkpoint(QStringLiteral("gaps.after")).toLongLong()); });
        steps.append([this] { finishPhase(QStringLiteral("full.topics.done")); });
    }
    return steps;
}

bool SyncEngine::requestTopics(const QList<Id>& topicIds)
{
    return m_store.requestTopics(topicIds);
}

bool SyncEngine::hasRequestedTopics() const
{
    return !m_store.requestedTopics().isEmpty();
}

void SyncEngine::serveTopicRequests(const TeamChannel& team)
{
    // This Steward's own requests through its store, the others' through the team.
    const auto asked = [this, &team](const ChangeSet& changes) {
        if (!changes.topicRequests.isEmpty() && team.isLeader() && !m_running)
            start(int(SyncScope::Queue));
    };
    connect(&m_store, &Store::changed, this, asked);
    connect(&team, &TeamChannel::changed, this, asked);
    // Asked for while this sync ran: read next, unless the sync failed (it would again).
    connect(this, &SyncEngine::finished, this, [this, &team](bool ok) {
        if (ok && team.isLeader() && hasRequestedTopics())
            QTimer::singleShot(0, this, [this, &team] {
                if (!m_running && team.isLeader())
                    start(int(SyncScope::Queue));
            });
    });
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_request) {
        m_request->abandon();
        m_request = nullptr;
    }
    m_error.kind = ApiErrorKind::Abandoned;
    finish(false);
}

void SyncEngine::next()
{
    if (!m_running || m_cancelled)
        return;
    if (m_steps.isEmpty())
        return finish(true);
    std::function<void()> step = m_steps.takeFirst();
    step();
}

void SyncEngine::fetch(const Endpoint& endpoint, Handler handler)
{
    send(endpoint, [this, endpoint, handler = std::move(handler)](const ApiRequest* request) {
        if (!request)
            return handler(QJsonDocument());
        const QJsonDocument& answer = request->document();
        if (const QString problem = endpoint.shapeProblem(answer); !problem.isEmpty())
            return void(expectShape(false, endpoint.shown(), problem));
        handler(answer);
    });
}

void SyncEngine::fetchBody(const Endpoint& endpoint, std::function<void(const QByteArray&)> handler)
{
    send(endpoint, [handler = std::move(handler)](const ApiRequest* request) {
        handler(request ? request->body() : QByteArray());
    });
}

void SyncEngine::send(const Endpoint& endpoint, std::function<void(const ApiRequest*)> handler)
{
    if (!m_running || m_cancelled)
        return;
    ApiRequest* request = m_client.get(endpoint);
    m_request = request;
    const QString path = endpoint.path;
    const Endpoint::Missing missing = endpoint.missing;
    connect(
        request, &ApiRequest::finished, this,
        [this, request, path, missing, handler = std::move(handler)] {
            if (m_request == request)
                m_request = nullptr;
            if (!m_running || m_cancelled)
                return;
            if (const ApiError& error = request->error(); !request->succeeded()) {
                if (error.kind != ApiErrorKind::NotFound && error.kind != ApiErrorKind::Forbidden)
                    return fail(error);
                // Discourse answers a refusal with its JSON error body, error_type included, also
                // for routes it hides (a RoutingError is rendered as not_found); anything else is
                // not Discourse.
                if (missing == Endpoint::Missing::FailsTheSync && error.errorType.isEmpty())
                    return void(expectShape(false, path + QStringLiteral(".json"),
                                            QStringLiteral("HTTP %1 without Discourse's error body")
                                                .arg(error.httpStatus),
                                            error.httpStatus));
                if (missing == Endpoint::Missing::FailsTheSync)
                    return fail(refusedListing(path, error));
                if (missing == Endpoint::Missing::NotFetched) {
                    ++m_summary.notFetched;
                    if (m_summary.notFetchedExamples.size() < kMaxExamples)
                        m_summary.notFetchedExamples.append(
                            QStringLiteral("%1: %2").arg(path, error.summary()));
                }
            }
            // Every value the handler's parsers cannot read is counted in the summary.
            const parse::UnreadableScope unreadable(m_summary.unreadable);
            handler(request->succeeded() ? request : nullptr);
        });
}

bool SyncEngine::expectShape(bool ok, const QString& path, const QString& what, int httpStatus)
{
    if (ok)
        return true;
    ApiError error;
    error.kind = ApiErrorKind::MalformedResponse;
    error.httpStatus = httpStatus;
    error.messages = {
        QStringLiteral("%1 did not answer as Discourse does (%2): is this a Discourse site?")
            .arg(path, what)};
    fail(error);
    return false;
}

void SyncEngine::fail(const ApiError& error)
{
    m_error = error;
    finish(false);
}

void SyncEngine::failStore(const QString& error)
{
    if (!m_running)
        return; // already failed: the first error is the one to report
    m_storeError = error.isEmpty() ? m_store.lastError() : error;
    m_store.rollback();
    finish(false);
}

bool SyncEngine::setCheckpointToMax(const QString& name, const char* table, const char* column)
{
    const std::optional<qint64> max = read(queries::maxOf(m_store.database(), table, column));
    if (!max)
        return false;
    if (!setCheckpoint(name, QString::number(*max))) {
        failStore();
        return false;
    }
    return true;
}

bool SyncEngine::commitPage()
{
    if (m_store.commit())
        return true;
    failStore();
    return false;
}

void SyncEngine::finish(bool ok)
{
    if (!m_running)
        return;
    m_running = false;
    m_steps.clear();
    m_store.database().setMemoryMapped(true);
    // A walk over posts that stopped half way leaves the store indexed for its readers; the
    // resumed walk drops the indexes again.
    if (m_bulkLoading && !ok)
        m_store.createPostIndexes();
    m_bulkLoading = false;
    m_summary.categories = m_tally.categories.size();
    m_summary.users = m_tally.users.size();
    m_summary.topics = m_tally.topics.size();
    m_summary.posts = m_tally.posts.size();
    m_summary.reviewables = m_tally.reviewables.size();
    if (ok && m_summary.full && !m_store.refreshStatistics())
        qCWarning(lcSync, "statistics not refreshed: %s", qPrintable(m_store.lastError()));
    if (ok) {
        // Kept for the window: what the last finished sync could not fetch or read.
        QStringList shortfall;
        if (m_summary.notFetched > 0)
            shortfall << QStringLiteral("%1 items not fetched: %2")
                             .arg(m_summary.notFetched)
                             .arg(m_summary.notFetchedExamples.join(QStringLiteral("; ")));
        if (!m_summary.unreadable.isEmpty())
            shortfall << QStringLiteral("%1 values unreadable: %2")
                             .arg(m_summary.unreadable.total)
                             .arg(m_summary.unreadable.fieldsSummary());
        if (m_store.begin() &&
            m_store.setCheckpoint(QStringLiteral("sync.shortfall"), shortfall.join(u'\n')))
            m_store.commit();
        else
            m_store.rollback();
    }
    m_summary.requests = m_client.stats().sent - m_requestsAtStart;
    m_summary.rateLimited = m_client.stats().rateLimited - m_rateLimitedAtStart;
    m_summary.elapsedMs = sinceStartMs();
    if (ok)
        qCInfo(lcSync,
               "sync finished in %lld ms: %lld users, %lld topics, %lld posts, %lld reviewables; "
               "%d requests, %d answered 429",
               m_summary.elapsedMs, qint64(m_summary.users), qint64(m_summary.topics),
               qint64(m_summary.posts), qint64(m_summary.reviewables), int(m_summary.requests),
               int(m_summary.rateLimited));
    else if (m_cancelled)
        qCInfo(lcSync, "sync cancelled after %lld ms", m_summary.elapsedMs);
    else
        qCInfo(lcSync, "sync stopped after %lld ms: %s", m_summary.elapsedMs,
               qPrintable(m_storeError.isEmpty() ? m_error.summary()
                                                 : QStringLiteral("local copy: ") + m_storeError));
    Q_EMIT finished(ok);
}

void SyncEngine::finishPhase(const QString& doneFlag)
{
    if (!m_store.begin() || !setCheckpoint(doneFlag, QStringLiteral("1")))
        return failStore();
    if (doneFlag == u"full.topics.done") {
        if (!setCheckpoint(QStringLiteral("posts.max"), checkpoint(QStringLiteral("posts.top"))) ||
            !setCheckpointToMax(QStringLiteral("topics.bumped"), "topics", "bumped_at"))
            return failStore();
    }
    if (commitPage())
        next();
}

void SyncEngine::indexSearch(qint64 done)
{
    // Batches small enough to keep the event loop (and a window on it) responsive.
    if (done == 0)
        m_searchBacklog = m_store.searchBacklog();
    const int indexed = m_store.indexSearch(1000);
    if (indexed < 0)
        return failStore();
    if (indexed == 0)
        return next();
    done += indexed;
    report(QStringLiteral("search"), done, std::max(done, m_searchBacklog));
    QTimer::singleShot(0, this, [this, done] {
        if (m_running && !m_cancelled)
            indexSearch(done);
    });
}

void SyncEngine::report(const QString& phase, qint64 done, qint64 total)
{
    if (phase != m_phase) {
        qCInfo(lcSync, "phase %s (%lld ms in)", qPrintable(phase), sinceStartMs());
        m_phase = phase;
        m_phaseStartMs = m_client.clock()->monotonicMs();
    }
    SyncProgress p{phase, done, total, -1};
    if (total > 0 && done > 0 && done <= total)
        p.etaMs = sincePhaseStartMs() * (total - done) / done;
    Q_EMIT progressed(p);
}

} // namespace steward
