// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace steward {

/// What went wrong with one API call, in the terms a caller branches on (discourse-api.md §3).
enum class ApiErrorKind
{
    None,
    InsecureUrl,       ///< not HTTPS and not loopback; nothing was sent
    OffSiteRedirect,   ///< the server redirected to another origin; the request was not followed
                       ///< there
    Network,           ///< connection refused, reset, DNS, ...
    Timeout,           ///< no progress within the transfer timeout
    Tls,               ///< certificate or handshake failure; never ignored
    BadRequest,        ///< 400
    Forbidden,         ///< 403: bad key, not staff, or not allowed
    NotFound,          ///< 404 / 410 (Discourse also hides invisible things as 404)
    Conflict,          ///< 409: stale version, already suspended, ...
    Unprocessable,     ///< 422: validation failed, claim required, ...
    RateLimited,       ///< 429
    ReadOnly,          ///< 503 with error_type read_only
    Server,            ///< other 5xx
    UnexpectedStatus,  ///< any other non-2xx
    MalformedResponse, ///< 2xx whose body is not the JSON expected, or too large
    Abandoned,         ///< the caller gave up on the request
};

/// A typed API error carrying the server's own message.
struct ApiError
{
    ApiErrorKind kind = ApiErrorKind::None;
    int httpStatus = 0;
    QString errorType;    ///< Discourse's error_type, if any ("invalid_access", "rate_limit", ...)
    QStringList messages; ///< the server's errors[] / message / failed text, localised by it
    int waitSeconds = 0;  ///< 429: Retry-After or extras.wait_seconds
    QString detail; ///< transport-level detail (Qt's error string) when there is no server text

    bool isError() const { return kind != ApiErrorKind::None; }
    /// One line for logs and the command line: kind, status and the server's first message.
    QString summary() const;
};

/// Stable English name of a kind ("forbidden", "rate_limited", ...), for logs and the audit log.
QString apiErrorKindName(ApiErrorKind kind);

/// Maps a non-2xx answer to a typed error. Accepts every Discourse error shape: errors[] with
/// an optional error_type and extras, {"failed":"FAILED","message"|"errors"}, a bare status,
/// HTML and plain text. retryAfterHeader is the raw Retry-After header value.
ApiError apiErrorFromResponse(int httpStatus, const QByteArray& body,
                              const QByteArray& retryAfterHeader);

} // namespace steward
