// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ids.h"
#include "models/domain/reviewable.h"
#include "models/domain/topic.h"
#include "models/net/apierror.h"
#include "models/net/endpoints.h"
#include "models/net/parse/unreadable.h"
#include "models/net/siteconnection.h"
#include "models/store/store_queries.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace steward {

class ApiRequest;
class DataExplorer;
class DiscourseClient;
class Store;
class TeamChannel;

/// What a sync covers. Categories always come along (one request).
enum class SyncScope
{
    Users = 1,
    Topics = 2,
    Queue = 4,
    All = 7
};

/// Where a running sync stands. total is -1 while unknown; etaMs is -1 until it can be told.
struct SyncProgress
{
    QString phase; ///< "users", "topics", "posts", "threads", "queue", ...
    qint64 done = 0;
    qint64 total = -1;
    qint64 etaMs = -1;
};

/// Which way a first sync went (docs/sync.md "The bulk path").
enum class BulkPath
{
    NotTried,     ///< not a first sync of everything, or the bulk path is turned off
    DataExplorer, ///< through the site's Data Explorer plugin
    Missing,      ///< the plugin is not installed or not enabled: the REST walk instead
    Refused,      ///< the key's user may not use it (only admins may): the REST walk instead
    CatchUp,      ///< an incremental sync far behind caught up through Data Explorer
};

struct SyncSummary
{
    bool full = false; ///< a first (or resumed first) full sync rather than an incremental one
    BulkPath bulkPath = BulkPath::NotTried;
    int explorerRuns = 0;  ///< Data Explorer query runs (also counted in requests)
    qint64 categories = 0; ///< distinct rows written, per entity
    qint64 users = 0;
    qint64 topics = 0;
    qint64 posts = 0;
    qint64 reviewables = 0;
    qint64 staffActions = 0; ///< staff action log rows read (a row read twice counts twice)
    int requests = 0;        ///< HTTP requests sent, retries included
    int rateLimited = 0;     ///< 429 answers obeyed
    qint64 elapsedMs = 0;
    /// Items the server named (in a list, or as the topic of a stored post) but would not
    /// give: gone, hidden from the API user, or refused (404, 410, 403).
    qint64 notFetched = 0;
    QStringList notFetchedExamples; ///< the first few, as "topic 123: 404 not_found"
    /// Values the server sent that could not be read; stored as unknown.
    parse::UnreadableLog unreadable;

    /// True when nothing was left out: every item named was fetched and every value read.
    bool isComplete() const { return notFetched == 0 && unreadable.isEmpty(); }
};

/// Brings the store up to date with the site. The first run of each scope is a full sync,
/// with checkpoints written in the transaction of every page, so that a killed process
/// resumes at the page where it stopped. Later runs are incremental: new posts since the
/// highest post id, topics bumped since the last sync, the review queue, and every topic
/// touched by those (including the small-action posts that status changes leave).
///
/// finished() fires once per start(); error() and storeError() say why when it failed.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(DiscourseClient& client, Store& store, QObject* parent = nullptr);
    ~SyncEngine() override;
    /// The community this engine syncs.
    const SiteConnection& site() const;
    DiscourseClient& client() const { return m_client; }

    void start(int scopes = int(SyncScope::All));
    /// Whether a first sync of everything may go through Data Explorer (on by default); a
    /// site without it, or a moderator's key, falls back to the REST walk by itself.
    void setBulkPathAllowed(bool allowed) { m_bulkAllowed = allowed; }
    /// New posts beyond which an incremental sync catches up through Data Explorer instead
    /// of walking REST (5,000: a hundred pages of /posts.json and a topic fetch each).
    void setCatchUpThreshold(qint64 posts) { m_catchUpPosts = posts; }
    /// Rows a Data Explorer run asks for (the plugin's maximum, 10,000, by default); tests
    /// make it small to walk many pages.
    void setExplorerRunRows(int rows) { m_runLimit = rows; }
    void cancel();
    /// Topics to read whole (every post) in the next sync, whatever its scopes; for changes
    /// Steward made that the incremental walk would not notice (moved posts). Asked of the
    /// store (Store::requestTopics), so that on a team database the leader reads them.
    bool requestTopics(const QList<Id>& topicIds);
    bool hasRequestedTopics() const;
    /// Starts a queue sync whenever topics are requested (here, or by another Steward on the
    /// team database) and team says this Steward leads, and again after a sync that ended
    /// well while requests remain.
    void serveTopicRequests(const TeamChannel& team);
    bool isRunning() const { return m_running; }
    /// True once a first sync of every scope has finished; until then a sync of everything is a
    /// first sync, which brings the queue first by itself.
    bool hasSyncedEverything() const;
    const SyncSummary& summary() const { return m_summary; }
    const ApiError& error() const { return m_error; }
    QString storeError() const { return m_storeError; }
    bool wasCancelled() const { return m_cancelled; }

Q_SIGNALS:
    void progressed(const steward::SyncProgress& progress);
    void finished(bool ok);

private:
    using Handler = std::function<void(const QJsonDocument&)>;
    class Steps;

    // Plumbing (syncengine.cpp)
    /// GETs the endpoint (models/net/endpoints.h). A refusal is what its Missing says (the
    /// handler gets an empty document for an item not fetched or absent); an answer without
    /// its Shape fails the sync as not Discourse's.
    void fetch(const Endpoint& endpoint, Handler handler);
    /// The same with the answer's bytes, for pages parsed without QJsonDocument.
    void fetchBody(const Endpoint& endpoint, std::function<void(const QByteArray&)> handler);
    void send(const Endpoint& endpoint, std::function<void(const ApiRequest*)> handler);
    /// Fails the sync unless ok: path answered with something that is not Discourse's (what: the
    /// missing part).
    bool expectShape(bool ok, const QString& path, const QString& what, int httpStatus = 200);
    /// Counts rows by id, so that the summary says how many distinct rows a sync wrote.
    /// Fails the sync unless a page that is not a walk's last brought a row the walk has not
    /// seen: a server that ignores its paging parameter would otherwise be asked forever.
    template <typename T>
    bool expectProgress(const QSet<Id>& seen, const QList<T>& rows, bool last, const QString& path)
    {
        if (last || std::any_of(rows.cbegin(), rows.cend(),
                                [&seen](const T& row) { return !seen.contains(row.id); }))
            return true;
        return expectShape(false, path,
                           QStringLiteral("the same page again: it ignores its paging parameter"));
    }
    template <typename T> static void tally(QSet<Id>& seen, const QList<T>& rows)
    {
        for (const T& row : rows)
            seen.insert(row.id);
    }
    void next();
    void fail(const ApiError& error);
    /// Fails the sync over the local copy: error, or the store's last error when empty.
    void failStore(const QString& error = {});
    /// The value of a read of the local copy; when the read failed, the sync fails with its
    /// error and this is nullopt (a failed read is never taken for "no rows").
    template <typename T> std::optional<T> read(StoreResult<T>&& result)
    {
        if (result)
            return std::move(*result);
        failStore(result.error());
        return std::nullopt;
    }
    /// Sets the checkpoint to MAX(column) of table; false (the sync failed) when either fails.
    bool setCheckpointToMax(const QString& name, const char* table, const char* column);
    void finish(bool ok);
    bool commitPage();
    void report(const QString& phase, qint64 done, qint64 total);
    bool has(SyncScope scope) const { return (m_scopes & int(scope)) != 0; }
    QString checkpoint(const QString& name) const;
    bool setCheckpoint(const QString& name, const QString& value);

    // Phases (syncphases_*.cpp); each ends by calling next() or fail().
    void syncSite();
    void categoryPages(int page);
    void fullUsers(int page);
    void fullTopics(int page);
    void fullPosts();
    void fullQueue(int offset);
    void fillGaps(Id afterTopicId);
    void newUsers(int page);
    void penalisedUsers(int listIndex, int page);
    void newPosts(const QString& before, Id top);
    void fetchHoles();
    void bumpedTopics(int page);
    void newReviewables(int offset);
    void pendingReviewables(int offset);
    void transitionedReviewables();
    void staffLog(int page);
    void refreshTopics();
    /// Queues for refreshTopics the topics that stored posts name but that no list gave.
    void referencedTopics();
    /// Fetches a topic and the posts of its stream: all of them, or only those not stored.
    void fetchTopic(Id topicId, bool allPosts, std::function<void()> done);
    /// Reads a mega topic's pages from page on, storing every post (deleted ones too); walked
    /// holds the ids this walk has read, so that a repeated last page ends it.
    void fetchTopicPages(Id topicId, int page, std::shared_ptr<QSet<Id>> walked,
                         std::function<void()> done);
    /// Fetches, 20 ids a request, the posts of stream not in have.
    void fetchPostsOf(Id topicId, const QList<Id>& stream, const QSet<Id>& have,
                      std::function<void()> done);
    void finishPhase(const QString& doneFlag);
    /// The steps of a first sync over the REST API, for these scopes.
    QList<std::function<void()>> restFullSteps();

    // The bulk path (syncphases_bulk.cpp)
    bool bulkPathFits() const;
    /// Files Steward's queries on the site, then calls ready; without the plugin (or with a
    /// moderator's key) notes that in the summary and calls without; other errors fail the sync.
    void prepareExplorer(std::function<void()> ready, std::function<void()> without);
    void bulkPrepare();
    void bulkFocus(int stage);
    /// The accepted answers from bulk::kSolvedEras[era] on, probing older storages in turn.
    void bulkSolved(Id after, int era);
    /// Hands on topics with all their tags: those of overflow (more than a row carries) are
    /// read with the tags query first.
    void withAllTags(QList<Topic> topics, const QList<Id>& overflow,
                     std::function<void(const QList<Topic>&)> write);
    /// The walks downwards from before, at most pages pages (-1: to the end).
    void bulkTopics(Id before, int pages);
    void bulkPosts(Id before, int limit, int pages);
    void bulkUsers(Id after);
    void bulkScores(Id after);
    void bulkReviewables(Id after);
    void bulkFinish();
    /// An incremental sync that found more than m_catchUpPosts new posts (top: the newest,
    /// lowest: the lowest of the first page) goes on in bulk; without the plugin, over REST.
    void bulkCatchUp(Id top, Id lowest);
    void finishCatchUp();
    /// Runs a query and hands the rows on; fails the sync on an error or a malformed page.
    void bulkRun(const QString& name, const QJsonObject& params, int limit,
                 std::function<void(const QList<QJsonObject>& rows)> handler,
                 std::function<bool(const ApiError&)> onError = {});
    void reportBulk(const QString& phase, qint64 done, qint64 total);
    /// Indexes the posts stored by this (or an interrupted) sync for search.
    void indexSearch(qint64 done);

    DiscourseClient& m_client;
    Store& m_store;
    int m_scopes = int(SyncScope::All);
    bool m_running = false;
    bool m_cancelled = false;
    QList<std::function<void()>> m_steps;
    ApiRequest* m_request = nullptr;
    ApiError m_error;
    QString m_storeError;
    SyncSummary m_summary;
    int m_requestsAtStart = 0;
    int m_rateLimitedAtStart = 0;
    /// On the client's clock: when the sync and its current phase started.
    qint64 m_startMs = 0;
    qint64 m_phaseStartMs = 0;
    qint64 sinceStartMs() const;
    qint64 sincePhaseStartMs() const;
    QString m_phase;
    // Incremental state
    Id m_postsWatermark = 0;
    Id m_newTop = 0;
    Id m_staffLogTop = 0;    ///< the highest staff log id a completed walk stored
    Id m_staffLogNewTop = 0; ///< the highest this walk saw (its first page)
    qint64 m_staffLogPages = -1;
    QSet<Id> m_staffLogSeen; ///< ids this walk read, to notice a page served twice
    QSet<Id> m_seenPosts;
    QSet<Id> m_newPostTopics; ///< topics of the posts the incremental walk found
    QSet<Id> m_listedUsers;
    QSet<Id> m_topicsToRefresh;
    /// Requests taken from the store at start (topic -> generation), cleared as they are read.
    QHash<Id, qint64> m_requestedTopics;
    struct Tally
    {
        QSet<Id> categories, users, topics, posts, reviewables;
    } m_tally;
    QHash<Id, int> m_pendingBefore;
    QSet<Id> m_pendingNow;
    qint64 m_userWatermark = 0;
    qint64 m_searchBacklog = 0;
    bool m_bulkLoading = false;
    // Bulk path state
    bool m_bulkAllowed = true;
    bool m_catchingUp = false;
    int m_runLimit = 10'000;
    qint64 m_catchUpPosts = 5000;
    Id m_postsFloor = 0; ///< the posts walk stops at or below this id (the catch-up's watermark)
    std::unique_ptr<DataExplorer> m_explorer;
    QHash<Id, Id> m_answers; ///< topic -> accepted answer post
    QSet<Id> m_answerPosts;
    QHash<Id, QList<ReviewableScore>> m_scores;
    queries::QueueReferences m_queueRefs; ///< what the pending queue names (bulkFocus)
    qint64 m_bulkRowsTotal = 0;           ///< rows the counts query announced
    qint64 m_bulkRowsDone = 0;
    qint64 m_bulkPostsTotal = 0; ///< of those, posts (they come more to a run)
    qint64 m_bulkPostsDone = 0;
};

} // namespace steward
