// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/net/discourseclient.h"

#include "models/domain/version.h"
#include "models/net/netlog.h"
#include "models/net/parse/parse.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTimer>

namespace steward {

namespace {

constexpr int kMaxRedirects = 10; // Discourse redirects a slug or a page once; more is a loop
/// An ApiRequest's dynamic property: the milliseconds its 503 Retry-After retries waited so far.
constexpr const char* kRetryWaitedMs = "steward_retry_waited_ms";

ApiError transportError(QNetworkReply* reply)
{
    ApiError error;
    error.detail = reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        error.kind = ApiErrorKind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError:
        error.kind = reply->url().scheme() == u"https" ? ApiErrorKind::Tls : ApiErrorKind::Network;
        break;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        // Not a fault a retry mends: the server's own answer.
        error.kind = ApiErrorKind::UnexpectedStatus;
        error.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        error.detail = QStringLiteral("the server kept redirecting (%1)").arg(reply->errorString());
        break;
    default:
        error.kind = ApiErrorKind::Network;
    }
    return error;
}

/// application/x-www-form-urlencoded as servers decode it: QUrlQuery leaves '+' as it is, which
/// Rack (and so Discourse) reads as a space, so "1 + 1" arrived as "1   1". Every byte but the
/// unreserved ones is percent-encoded.
QByteArray formBody(const QUrlQuery& form)
{
    QByteArray body;
    for (const auto& [key, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

/// HTTP's IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110 §5.6.7).
QDateTime httpDate(const QByteArray& value)
{
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(value),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    date.setTimeZone(QTimeZone::UTC);
    return date;
}

/// Faults of the connection or of HTTP itself, which Qt reports even after a status line
/// arrived: a body cut short, a redirect loop (QNetworkReply's 1-199), a broken or unknown
/// protocol. The other codes restate the HTTP status, which the caller reads itself; among them
/// ProtocolInvalidOperationError, Qt's name for a 400.
bool isTransportFault(QNetworkReply::NetworkError error)
{
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied) ||
           error == QNetworkReply::ProtocolUnknownError || error == QNetworkReply::ProtocolFailure;
}

} // namespace

DiscourseClient::DiscourseClient(SiteConnection connection, QNetworkAccessManager* network,
                                 QObject* parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_network(network)
    , m_limiter(m_connection.requestsPerMinute)
{
    connect(&m_wake, &ClockTimer::timeout, this, &DiscourseClient::dispatch);
}

DiscourseClient::~DiscourseClient()
{
    abandonAll();
}

void DiscourseClient::setClock(Clock* clock)
{
    Q_ASSERT(m_inFlight == 0); // a request on the wire holds the clock it was sent on
    m_time = clock ? clock : Clock::system();
    m_wake.setClock(m_time);
}

ApiRequest* DiscourseClient::get(const QString& path, const QUrlQuery& query, UrlSuffix suffix)
{
    auto* request = new ApiRequest("GET", path, query, {}, this);
    request->m_suffix = suffix;
    return enqueue(request);
}

ApiRequest* DiscourseClient::send(const QByteArray& method, const QString& path,
                                  const QUrlQuery& form, UrlSuffix suffix)
{
    // A query in the path stays in the URL (DELETE /user_notes/{id}?user_id=).
    const qsizetype mark = path.indexOf(u'?');
    auto* request = new ApiRequest(method, mark < 0 ? path : path.left(mark),
                                   mark < 0 ? QUrlQuery() : QUrlQuery(path.mid(mark + 1)),
                                   formBody(form), this);
    request->m_suffix = suffix;
    return enqueue(request);
}

ApiRequest* DiscourseClient::sendReadOnly(const QString& path, const QUrlQuery& form)
{
    auto* request = new ApiRequest("POST", path, {}, formBody(form), this);
    request->m_readOnly = true;
    return enqueue(request);
}

ApiRequest* DiscourseClient::enqueue(ApiRequest* request)
{
    m_queue.emplace_back(request);
    schedule();
    return request;
}

void DiscourseClient::abandonAll()
{
    for (const QPointer<ApiRequest>& r : std::deque<QPointer<ApiRequest>>(m_queue))
        if (r)
            r->abandon();
    m_queue.clear();
    for (ApiRequest* r : findChildren<ApiRequest*>(Qt::FindDirectChildrenOnly))
        r->abandon();
}

void DiscourseClient::schedule()
{
    // Dispatch from the event loop, so that callers can connect before anything finishes.
    if (!m_wake.isActive() || m_wake.remainingMs() > 0)
        m_wake.start(0);
}

void DiscourseClient::dispatch()
{
    while (!m_queue.empty() && m_inFlight < m_maxInFlight) {
        ApiRequest* request = m_queue.front().data();
        if (request == nullptr || request->status() == ApiRequest::Status::Abandoned) {
            m_queue.pop_front();
            continue;
        }
        const qint64 now = nowMs();
        const qint64 wait = std::max(m_limiter.delayFor(now), request->m_notBeforeMs - now);
        if (wait > 0) {
            m_wake.start(std::min<qint64>(wait, 60 * 60 * 1000));
            return;
        }
        m_queue.pop_front();
        m_limiter.recordSent(now);
        start(request);
    }
}

void DiscourseClient::start(ApiRequest* request)
{
    ++request->m_attempts;
    request->m_status = ApiRequest::Status::Running;
    Q_EMIT request->sent();
    if (!isAllowedBaseUrl(m_connection.baseUrl)) {
        ApiError error;
        error.kind = ApiErrorKind::InsecureUrl;
        error.detail = QStringLiteral("refusing to send credentials to %1: use https://")
                           .arg(m_connection.baseUrl.toDisplayString());
        finish(request, error);
        return;
    }
    QUrl url = m_connection.baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + request->m_path +
                (request->m_suffix == UrlSuffix::Json ? QStringLiteral(".json") : QString()));
    url.setQuery(request->m_query);

    QNetworkRequest http(url);
    http.setRawHeader("Accept", "application/json");
    http.setRawHeader("Api-Key", m_connection.apiKey.toUtf8());
    http.setRawHeader("Api-Username", m_connection.apiUsername.toUtf8());
    http.setHeader(QNetworkRequest::UserAgentHeader,
                   QByteArray("Steward/") + kVersion + " (Discourse staff console)");
    http.setTransferTimeout(m_timeoutMs);
    // Redirects are followed only within the site's own origin (scheme, host and port): the
    // API key and username go with every hop, and must never reach another host, port or
    // plain http (design.md, "credentials go to the account's own origin and nowhere else").
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::UserVerifiedRedirectPolicy);
    http.setMaximumRedirectsAllowed(kMaxRedirects);
    if (!request->m_form.isEmpty())
        http.setHeader(QNetworkRequest::ContentTypeHeader,
                       QByteArrayLiteral("application/x-www-form-urlencoded"));

    qCDebug(lcNet, "%s %s%s (attempt %d)", request->m_method.constData(),
            qPrintable(request->m_path),
            request->m_query.isEmpty() ? "" : qPrintable(u'?' + request->m_query.toString()),
            request->m_attempts);
    QNetworkReply* reply = m_network->sendCustomRequest(http, request->m_method, request->m_form);
    request->m_reply = reply;
    ++m_inFlight;
    m_time->beginRealWork();
    ++m_stats.sent;
    connect(reply, &QNetworkReply::downloadProgress, request,
            [this, reply](qint64 received, qint64) {
                if (received > m_maxBodyBytes) {
                    reply->setProperty("steward_too_large", true);
                    reply->abort();
                }
            });
    request->m_deadline = new QTimer(reply);
    request->m_deadline->setSingleShot(true);
    connect(request->m_deadline, &QTimer::timeout, reply, [reply] {
        reply->setProperty("steward_deadline", true);
        reply->abort();
    });
    request->m_deadline->start(m_timeoutMs * m_deadlineFactor);
    connect(reply, &QNetworkReply::redirected, request, [this, reply](const QUrl& target) {
        const QUrl next = reply->url().resolved(target);
        if (isSameOrigin(m_connection.baseUrl, next)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        reply->setProperty("steward_off_site", next);
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, request,
            [this, request, reply] { onReplyFinished(request, reply); });
    // An abandoned request releases its in-flight slot at once.
    connect(request, &ApiRequest::abandoned, this, [this] {
        --m_inFlight;
        m_time->endRealWork();
        schedule();
    });
}

void DiscourseClient::onReplyFinished(ApiRequest* request, QNetworkReply* reply)
{
    reply->deleteLater();
    request->m_reply = nullptr;
    disconnect(request, &ApiRequest::abandoned, this, nullptr);
    --m_inFlight;
    m_time->endRealWork();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    request->m_httpStatus = status;
    request->m_serverTime = httpDate(reply->rawHeader("Date"));
    request->m_deadline = nullptr; // a child of the reply, which goes with it
    ApiError error = errorFromReply(request, reply, status);
    if (error.kind == ApiErrorKind::RateLimited) {
        pauseForRateLimit(request, std::move(error));
        return;
    }
    retryOrFinish(request, std::move(error));
}

ApiError DiscourseClient::errorFromReply(ApiRequest* request, QNetworkReply* reply, int status)
{
    ApiError error;
    if (reply->property("steward_deadline").toBool()) {
        error.kind = ApiErrorKind::Timeout;
        error.detail = QStringLiteral("no whole answer within %1 s")
                           .arg(m_timeoutMs * m_deadlineFactor / 1000);
    } else if (const QUrl offSite = reply->property("steward_off_site").toUrl();
               offSite.isValid()) {
        error.kind = ApiErrorKind::OffSiteRedirect;
        error.httpStatus = status;
        error.detail = QStringLiteral("the server redirected to %1; the API key goes only to %2")
                           .arg(offSite.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                                m_connection.baseUrl.toDisplayString());
    } else if (reply->property("steward_too_large").toBool()) {
        error.kind = ApiErrorKind::MalformedResponse;
        error.detail =
            QStringLiteral("answer larger than %1 MiB").arg(m_maxBodyBytes / (1024 * 1024));
    } else if (status == 0 || isTransportFault(reply->error())) {
        error = transportError(reply);
    } else if (status >= 200 && status < 300 && reply->error() != QNetworkReply::NoError) {
        // A 2xx whose body Qt could not deliver whole, e.g. content that does not decompress.
        error.kind = ApiErrorKind::MalformedResponse;
        error.httpStatus = status;
        error.detail = reply->errorString();
    } else {
        const QByteArray body = reply->readAll();
        m_stats.bytesReceived += body.size();
        if (status >= 200 && status < 300) {
            if (const QString invalid = parse::jsonSyntaxError(body); !invalid.isEmpty()) {
                error.kind = ApiErrorKind::MalformedResponse;
                error.httpStatus = status;
                error.detail = invalid;
            } else {
                request->m_body = body;
                request->m_documentParsed = false;
            }
        } else {
            error = apiErrorFromResponse(status, body, reply->rawHeader("Retry-After"));
            if (error.kind == ApiErrorKind::None)
                error.kind = ApiErrorKind::UnexpectedStatus;
        }
    }
    return error;
}

void DiscourseClient::pauseForRateLimit(ApiRequest* request, ApiError error)
{
    ++m_stats.rateLimited;
    ++request->m_rateLimited;
    if (error.waitSeconds > m_maxWaitSeconds || request->m_rateLimited > m_maxRateLimitedInARow) {
        error.detail =
            error.waitSeconds > m_maxWaitSeconds
                ? QStringLiteral("the server asks to wait %1 s, more than Steward waits (%2 s)")
                      .arg(error.waitSeconds)
                      .arg(m_maxWaitSeconds)
                : QStringLiteral("refused with 429 %1 times in a row").arg(request->m_rateLimited);
        error.messages.prepend(error.detail);
        finish(request, std::move(error));
        return;
    }
    qCInfo(lcNet, "429 on %s: every request waits %d s", qPrintable(request->m_path),
           error.waitSeconds);
    const qint64 jitter = QRandomGenerator::global()->bounded(500);
    m_limiter.pauseUntil(nowMs() + qint64(error.waitSeconds) * 1000 + jitter);
    Q_EMIT rateLimited(error.waitSeconds);
    request->m_status = ApiRequest::Status::Queued;
    m_queue.emplace_front(request); // not run by the server: safe to send again, first
    schedule();
}

void DiscourseClient::retryOrFinish(ApiRequest* request, ApiError error)
{
    // A 503 with Retry-After (a server warming up or in maintenance) says when to come back:
    // the retry waits at least that long, and such retries go on, whatever maxAttempts says,
    // for as long as the waits add up to at most m_maxWaitSeconds.
    const bool retryable =
        error.isError() && request->isIdempotent() && RetryPolicy::isRetryable(error.kind);
    const bool serverAsks = retryable && error.httpStatus == 503 && error.waitSeconds > 0;
    if (serverAsks || (retryable && request->m_attempts < m_retry.maxAttempts)) {
        qint64 delay = m_retry.delayBefore(request->m_attempts + 1,
                                           QRandomGenerator::global()->generateDouble());
        if (serverAsks) {
            const qint64 waited = request->property(kRetryWaitedMs).toLongLong();
            const qint64 maxWaitMs = qint64(m_maxWaitSeconds) * 1000;
            delay = std::min(std::max(delay, qint64(error.waitSeconds) * 1000), maxWaitMs);
            if (error.waitSeconds > m_maxWaitSeconds || waited + delay > maxWaitMs) {
                error.detail =
                    error.waitSeconds > m_maxWaitSeconds
                        ? QStringLiteral(
                              "the server asks to retry after %1 s, more than Steward waits (%2 s)")
                              .arg(error.waitSeconds)
                              .arg(m_maxWaitSeconds)
                        : QStringLiteral("still unavailable after %1 attempts over %2 s, and "
                                         "Steward waits at most %3 s")
                              .arg(request->m_attempts)
                              .arg(waited / 1000)
                              .arg(m_maxWaitSeconds);
                error.messages.prepend(error.detail);
                finish(request, std::move(error));
                schedule();
                return;
            }
            request->setProperty(kRetryWaitedMs, waited + delay);
        }
        retryLater(request, error, delay);
        return;
    }
    finish(request, std::move(error));
    schedule();
}

void DiscourseClient::retryLater(ApiRequest* request, const ApiError& error, qint64 delay)
{
    qCInfo(lcNet, "%s %s: %s; attempt %d in %lld ms", request->m_method.constData(),
           qPrintable(request->m_path), qPrintable(error.summary()), request->m_attempts + 1,
           delay);
    ++m_stats.retries;
    request->m_status = ApiRequest::Status::Queued;
    request->m_notBeforeMs = nowMs() + delay;
    request->m_body.clear();
    request->m_document = {};
    request->m_documentParsed = false;
    Q_EMIT request->retryScheduled(request->m_attempts + 1, delay);
    m_queue.emplace_back(request);
    schedule();
}

void DiscourseClient::finish(ApiRequest* request, ApiError error)
{
    if (error.isError())
        qCInfo(lcNet, "%s %s failed: %s", request->m_method.constData(),
               qPrintable(request->m_path), qPrintable(error.summary()));
    else
        qCDebug(lcNet, "%s %s: %d, %lld bytes", request->m_method.constData(),
                qPrintable(request->m_path), request->m_httpStatus, qint64(request->m_body.size()));
    request->m_error = std::move(error);
    request->m_status =
        request->m_error.isError() ? ApiRequest::Status::Failed : ApiRequest::Status::Succeeded;
    Q_EMIT request->finished();
    request->deleteLater();
}

} // namespace steward
