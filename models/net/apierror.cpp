// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/net/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace steward {

QString apiErrorKindName(ApiErrorKind kind)
{
    switch (kind) {
    case ApiErrorKind::None:
        return QStringLiteral("none");
    case ApiErrorKind::InsecureUrl:
        return QStringLiteral("insecure_url");
    case ApiErrorKind::OffSiteRedirect:
        return QStringLiteral("off_site_redirect");
    case ApiErrorKind::Network:
        return QStringLiteral("network");
    case ApiErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ApiErrorKind::Tls:
        return QStringLiteral("tls");
    case ApiErrorKind::BadRequest:
        return QStringLiteral("bad_request");
    case ApiErrorKind::Forbidden:
        return QStringLiteral("forbidden");
    case ApiErrorKind::NotFound:
        return QStringLiteral("not_found");
    case ApiErrorKind::Conflict:
        return QStringLiteral("conflict");
    case ApiErrorKind::Unprocessable:
        return QStringLiteral("unprocessable");
    case ApiErrorKind::RateLimited:
        return QStringLiteral("rate_limited");
    case ApiErrorKind::ReadOnly:
        return QStringLiteral("read_only");
    case ApiErrorKind::Server:
        return QStringLiteral("server_error");
    case ApiErrorKind::UnexpectedStatus:
        return QStringLiteral("unexpected_status");
    case ApiErrorKind::MalformedResponse:
        return QStringLiteral("malformed_response");
    case ApiErrorKind::Abandoned:
        return QStringLiteral("abandoned");
    }
    return QStringLiteral("unknown");
}

QString ApiError::summary() const
{
    QString line = apiErrorKindName(kind);
    if (httpStatus)
        line += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    const QString text = messages.isEmpty() ? detail : messages.join(QStringLiteral("; "));
    if (!text.isEmpty())
        line += QStringLiteral(": ") + text.left(300);
    return line;
}

namespace {

ApiErrorKind kindForStatus(int status, const QString& errorType)
{
    if (status == 400)
        return ApiErrorKind::BadRequest;
    if (status == 401 || status == 403)
        return ApiErrorKind::Forbidden;
    if (status == 404 || status == 410)
        return ApiErrorKind::NotFound;
    if (status == 409)
        return ApiErrorKind::Conflict;
    if (status == 422)
        return ApiErrorKind::Unprocessable;
    if (status == 429)
        return ApiErrorKind::RateLimited;
    if (status == 503 && errorType == u"read_only")
        return ApiErrorKind::ReadOnly;
    if (status >= 500)
        return ApiErrorKind::Server;
    return ApiErrorKind::UnexpectedStatus;
}

void appendMessages(QStringList& out, const QJsonValue& value)
{
    if (value.isString() && !value.toString().isEmpty())
        out.append(value.toString());
    else if (value.isArray())
        for (const QJsonValue& v : value.toArray())
            appendMessages(out, v);
}

} // namespace

ApiError apiErrorFromResponse(int httpStatus, const QByteArray& body,
                              const QByteArray& retryAfterHeader)
{
    ApiError error;
    error.httpStatus = httpStatus;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        error.errorType = o.value(QStringLiteral("error_type")).toString();
        appendMessages(error.messages, o.value(QStringLiteral("errors")));
        appendMessages(error.messages, o.value(QStringLiteral("message")));
        appendMessages(error.messages, o.value(QStringLiteral("error")));
        if (error.messages.isEmpty() && o.contains(QStringLiteral("failed")))
            appendMessages(error.messages, o.value(QStringLiteral("failed")));
        error.waitSeconds = o.value(QStringLiteral("extras"))
                                .toObject()
                                .value(QStringLiteral("wait_seconds"))
                                .toInt();
    } else if (!body.trimmed().startsWith('<') && body.size() < 300) {
        const QString text = QString::fromUtf8(body).simplified();
        if (!text.isEmpty())
            error.messages.append(text);
    }
    bool ok = false;
    // Retry-After is seconds or an HTTP date (RFC 9110 §10.2.3); a date or anything else that is
    // not a positive number of seconds leaves Discourse's own wait_seconds, or its 60 s window.
    const int header = retryAfterHeader.trimmed().toInt(&ok);
    if (ok && header > 0)
        error.waitSeconds = std::max(error.waitSeconds, header);
    error.kind = kindForStatus(httpStatus, error.errorType);
    if (error.kind == ApiErrorKind::RateLimited && error.waitSeconds <= 0)
        error.waitSeconds = 60; // Discourse's window; a 429 without a hint still means "wait"
    return error;
}

} // namespace steward
