// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/clock.h"
#include "models/sandbox/community.h"
#include "models/sandbox/generator/params.h"
#include "models/sandbox/server/faults.h"
#include "models/sandbox/server/ratelimiter.h"
#include "models/sandbox/server/reply.h"

#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QObject>
#include <QRegularExpression>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;

namespace steward::sandbox {

class ExplorerMirror;
class ExplorerWarmUp;
struct RequestContext;

struct ServerOptions
{
    quint16 port = 0;           ///< 0 picks a free port
    int rateLimitPerMinute = 0; ///< 0: no limit
    FaultSpec faults;
    QString dataDirectory;                 ///< empty: state lives in memory only
    QString locale = QStringLiteral("en"); ///< the site's language: en or de
    int megaTopicPosts = 10000;            ///< Discourse's MEGA_TOPIC_POSTS_COUNT; tests lower it
    qint64 maxRequestBytes = 8 * 1024 * 1024; ///< a larger request is answered 413 (RequestGate)
    /// Data Explorer (docs/sandbox.md): off, every route of the plugin answers 404.
    bool dataExplorer = true;
    /// The site-wide run limit (max_data_explorer_api_reqs_per_10_seconds) in block mode:
    /// runs over it get 429. Off (warn mode, Discourse's default) they only count.
    bool dataExplorerBlock = false;
    int dataExplorerRunsPer10Seconds = 2;
    int dataExplorerTimeoutMs = 10000; ///< statement_timeout of a run
    /// For tests: the mirror's first build (which start() begins on a worker thread) waits
    /// this long first, so that runs meet the warm-up's 503.
    int dataExplorerWarmUpDelayMs = 0;
    /// Discourse's user-notes plugin (user_notes_enabled); off, its routes answer 404.
    bool userNotes = true;
    /// The time its limiters and its clock run on; null: Clock::system(). Tests share a
    /// VirtualClock with the client, so rate limits pass without waiting.
    Clock* clock = nullptr;
};

struct ApiCredentials
{
    QString username;
    QString key;
};

/// The sandbox community served over the Discourse API on 127.0.0.1. Runs on the thread that
/// creates it, inside that thread's event loop. Authentication as Discourse does it: an
/// admin key for all users (Api-Username picks the acting user) and a moderator's own key.
/// With a data directory, the generation parameters and a journal of every write are kept
/// there, and a restart replays them.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    SandboxServer(const GeneratorParams& params, const ServerOptions& options,
                  QObject* parent = nullptr);
    ~SandboxServer() override;

    /// Listens (on options.port, or a free one), so that url() is known before the community
    /// is; start() calls it when it has not been. False with a one-line reason.
    bool listen(QString* error);
    /// Listens, then generates (or reloads) the community and serves it. On failure returns
    /// false and sets error to a one-line reason.
    bool start(QString* error);
    QUrl url() const;
    ApiCredentials adminCredentials() const;
    ApiCredentials moderatorCredentials() const;
    /// Basic-auth user and password of the ServiceNow-compatible case endpoint
    /// (/api/now/table/sn_customerservice_case).
    ApiCredentials caseCredentials() const;
    const SandboxCommunity& community() const { return m_community; }
    const GeneratorParams& params() const { return m_params; }
    /// Milliseconds the generator took in start().
    qint64 generationMs() const { return m_generationMs; }

    enum class Access
    {
        Public,
        Staff,
        Admin
    };
    using Handler = std::function<Reply(SandboxServer&, RequestContext&)>;
    struct Route;

    /// For route handlers: state, and applying (and journaling) a write action.
    SandboxCommunity& mutableCommunity() { return m_community; }
    Reply write(const QJsonObject& action);
    const ServerOptions& options() const { return m_options; }
    /// The Data Explorer mirror brought up to the community's state (routes_explorer.cpp).
    /// With dataExplorer on, start() builds its first version on a worker thread from a copy
    /// of the community; until that is done this returns nullptr and sets retryAfterSeconds
    /// (an estimate, at least 1). Once done, the server adopts it and refreshes it
    /// incrementally. nullptr with error when a build or refresh failed (a new build then
    /// starts on a worker: the server's thread never builds the whole mirror itself).
    ExplorerMirror* explorerMirror(int* retryAfterSeconds, QString* error);
    /// While the first build (or a rebuild after a failure) runs: the seconds it will likely
    /// still take, at least 1; else 0.
    int explorerWarmUpSecondsLeft() const;
    /// The adopted mirror as it is, without a refresh; nullptr before (tests, benchmarks).
    const ExplorerMirror* currentExplorerMirror() const { return m_explorerMirror.get(); }
    /// Blocks this (the server's) thread up to timeoutMs for the first build and adopts it;
    /// true when there is a mirror. For tests and benchmarks.
    bool waitForExplorerMirror(int timeoutMs = 120000);
    /// Milliseconds the server's thread spent copying the community for the last build.
    qint64 explorerSnapshotMs() const { return m_explorerSnapshotMs; }
    /// Counts a Data Explorer run against the site-wide 10 s bucket. Returns the seconds to
    /// wait when the run must be refused (block mode only), else 0.
    int admitExplorerRun();

private:
    void handle(const QHttpServerRequest& request, QHttpServerResponder& responder);
    Reply dispatch(const QHttpServerRequest& request, bool* isGet);
    bool openData(QString* error);
    qint64 clock() const;
    /// Starts building the Data Explorer mirror on a worker from a copy of the community.
    void startExplorerWarmUp(int delayMs = 0);

    GeneratorParams m_params;
    ServerOptions m_options;
    SandboxCommunity m_community;
    SiteRateLimiter m_limiter;
    SiteRateLimiter m_explorerLimiter;
    std::unique_ptr<ExplorerMirror> m_explorerMirror;
    std::unique_ptr<ExplorerWarmUp> m_explorerWarmUp; ///< the first build, until adopted
    qint64 m_explorerSnapshotMs = 0;
    QHttpServer m_http;
    QTcpServer* m_tcp = nullptr;
    Clock* m_time;
    qint64 m_startedMs = 0; ///< on m_time
    qint64 uptimeMs() const { return m_time->monotonicMs() - m_startedMs; }
    int m_clockHolds = 0; ///< real work (mirror builds) m_time must not jump over
    void releaseClockHold();
    quint64 m_requests = 0;
    qint64 m_generationMs = 0;
    qint64 m_clockFloor = 0;
    std::unique_ptr<QFile> m_journal;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_stalled;
    QList<Route> m_routes;
};

/// The route table (routes.cpp).
QList<SandboxServer::Route> sandboxRoutes();

struct SandboxServer::Route
{
    QHttpServerRequest::Method method;
    QRegularExpression pattern;
    Access access;
    Handler handler;
};

} // namespace steward::sandbox
