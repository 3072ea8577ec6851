// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/clock.h"
#include "models/net/apirequest.h"
#include "models/net/endpoints.h"
#include "models/net/ratelimiter.h"
#include "models/net/retrypolicy.h"
#include "models/net/siteconnection.h"

#include <QObject>
#include <QPointer>

#include <deque>

class QNetworkAccessManager;

namespace steward {

/// Counters over the client's life, for sync summaries and benchmarks.
struct ClientStats
{
    int sent = 0;        ///< HTTP requests put on the wire, retries included
    int rateLimited = 0; ///< 429 answers received
    int retries = 0;     ///< GET retries scheduled
    qint64 bytesReceived = 0;
};

/// The Discourse API of one site. Every request to the site goes through one queue and one
/// RateLimiter; a 429 pauses the whole queue for its Retry-After / wait_seconds and the
/// refused request goes again first. GETs (and read-only POSTs) retry by RetryPolicy, a 503
/// with Retry-After no sooner than it asks and as long as the waits stay within the max wait;
/// actions (PUT, POST, DELETE) are sent once and report their failure, except after a 429,
/// which the server did not run.
/// Lives on the thread of the QNetworkAccessManager it is given; never blocks.
class DiscourseClient : public QObject
{
    Q_OBJECT
public:
    DiscourseClient(SiteConnection connection, QNetworkAccessManager* network,
                    QObject* parent = nullptr);
    /// Abandons what is queued or on the wire (so a VirtualClock is never left held).
    ~DiscourseClient() override;

    /// GET path (without .json; it is added unless suffix says otherwise) with query parameters.
    ApiRequest* get(const QString& path, const QUrlQuery& query = {},
                    UrlSuffix suffix = UrlSuffix::Json);
    /// GET one of the endpoints (models/net/endpoints.h).
    ApiRequest* get(const Endpoint& endpoint)
    {
        return get(endpoint.path, endpoint.query, endpoint.suffix);
    }
    /// An action with a form-encoded body: "PUT", "POST" or "DELETE". A query after "?" in path
    /// is sent in the URL.
    ApiRequest* send(const QByteArray& method, const QString& path, const QUrlQuery& form = {},
                     UrlSuffix suffix = UrlSuffix::Json);
    /// A POST that changes nothing on the server (a Data Explorer run): retried as a GET is.
    ApiRequest* sendReadOnly(const QString& path, const QUrlQuery& form);

    const SiteConnection& connection() const { return m_connection; }
    const ClientStats& stats() const { return m_stats; }
    void setRetryPolicy(const RetryPolicy& policy) { m_retry = policy; }
    /// The time the rate limiter, retries and 429 pauses wait on (Clock::system() unless set);
    /// what uses this client (outbox, Data Explorer, sync) waits on it too. Set it before
    /// anything is sent and before those are made: they take the clock they are built with.
    void setClock(Clock* clock);
    Clock* clock() const { return m_time; }
    /// A transfer with no progress for this long is a timeout; a whole answer may take at most
    /// deadlineFactor times as long, however slowly its bytes trickle in.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// A 429 asking to wait longer than this, or the same request refused 429 this many times in
    /// a row, fails the request as RateLimited instead of pausing (all but) for ever. A 503 whose
    /// Retry-After asks for longer, or whose retries would wait longer in all, fails as Server.
    static constexpr int kDefaultMaxWaitSeconds = 600;
    static constexpr int kDefaultMaxRateLimitedInARow = 10;
    void setRateLimitBounds(int maxWaitSeconds, int maxInARow)
    {
        m_maxWaitSeconds = maxWaitSeconds;
        m_maxRateLimitedInARow = maxInARow;
    }
    void setMaxInFlight(int n) { m_maxInFlight = std::max(1, n); }
    /// Answers larger than this fail as MalformedResponse instead of filling memory.
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    /// Abandons every queued and running request.
    void abandonAll();

Q_SIGNALS:
    /// A 429 paused the queue for this many seconds.
    void rateLimited(int waitSeconds);

private:
    ApiRequest* enqueue(ApiRequest* request);
    void schedule();
    void dispatch();
    void start(ApiRequest* request);
    void onReplyFinished(ApiRequest* request, QNetworkReply* reply);
    /// What went wrong with the answer, if anything; a good answer's body goes to request.
    ApiError errorFromReply(ApiRequest* request, QNetworkReply* reply, int status);
    /// A 429: pauses the whole queue and puts request first again, or fails it when the server
    /// asks for too long a wait or has refused it too often.
    void pauseForRateLimit(ApiRequest* request, ApiError error);
    /// Retries request by RetryPolicy (or a 503's Retry-After) when it can be, else finishes it.
    void retryOrFinish(ApiRequest* request, ApiError error);
    void retryLater(ApiRequest* request, const ApiError& error, qint64 delay);
    void finish(ApiRequest* request, ApiError error);
    qint64 nowMs() const { return m_time->monotonicMs(); }

    SiteConnection m_connection;
    QNetworkAccessManager* m_network;
    RateLimiter m_limiter;
    RetryPolicy m_retry;
    Clock* m_time = Clock::system();
    ClockTimer m_wake{m_time};
    std::deque<QPointer<ApiRequest>> m_queue;
    int m_inFlight = 0;
    int m_maxInFlight = 4;
    int m_timeoutMs = 30000;
    int m_deadlineFactor = 4;
    int m_maxWaitSeconds = kDefaultMaxWaitSeconds;
    int m_maxRateLimitedInARow = kDefaultMaxRateLimitedInARow;
    qint64 m_maxBodyBytes = 64 * 1024 * 1024;
    ClientStats m_stats;
};

} // namespace steward
