// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/net/apierror.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QObject>
#include <QUrlQuery>

class QNetworkReply;
class QTimer;

namespace steward {

class DiscourseClient;

/// How a request's path becomes its URL: Discourse's routes take ".json", which the client adds;
/// a plugin's engine mounted at its own path (the user-notes plugin's /user_notes) matches only
/// the bare path, and answers JSON because the client asks for it (Accept).
enum class UrlSuffix
{
    Json,
    None,
};

/// One API call. Made by DiscourseClient, which queues, rate-limits and (for GETs) retries it.
///
/// Signals: finished() fires exactly once, when the call succeeded or failed for good; the
/// request deletes itself after that (read results inside the slot). retryScheduled() fires
/// before each retry. abandon() drops the call: no finished() follows and it deletes itself.
class ApiRequest : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Queued,
        Running,
        Succeeded,
        Failed,
        Abandoned
    };

    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    UrlSuffix suffix() const { return m_suffix; }
    QUrlQuery query() const { return m_query; }
    /// GETs, and actions the server runs without changing anything (DiscourseClient::sendReadOnly).
    bool isIdempotent() const { return m_method == "GET" || m_readOnly; }
    Status status() const { return m_status; }
    bool succeeded() const { return m_status == Status::Succeeded; }
    int httpStatus() const { return m_httpStatus; }
    const ApiError& error() const { return m_error; }
    /// The body of a successful answer (may be empty, e.g. DELETE /posts/{id}).
    const QByteArray& body() const { return m_body; }
    /// The parsed body; an object or array for successful JSON answers. Parsed on the first
    /// call: a caller that reads body() itself (the sync's posts walk) never pays for it.
    const QJsonDocument& document() const;
    int attempts() const { return m_attempts; }
    /// The server's clock when it answered (its Date header); invalid when it sent none.
    QDateTime serverTime() const { return m_serverTime; }
    void abandon();

Q_SIGNALS:
    /// An attempt left for the server (once per attempt, retries included).
    void sent();
    void finished();
    void retryScheduled(int nextAttempt, qint64 delayMs);
    /// abandon() was called while the request was on the wire (for its client).
    void abandoned();

private:
    friend class DiscourseClient;
    ApiRequest(QByteArray method, QString path, QUrlQuery query, QByteArray form, QObject* parent);

    QByteArray m_method;
    bool m_readOnly = false;
    UrlSuffix m_suffix = UrlSuffix::Json;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_form;
    Status m_status = Status::Queued;
    int m_httpStatus = 0;
    int m_attempts = 0;
    int m_rateLimited = 0; ///< 429s this request met in a row
    qint64 m_notBeforeMs = 0;
    ApiError m_error;
    QByteArray m_body;
    QDateTime m_serverTime;
    mutable QJsonDocument m_document;
    mutable bool m_documentParsed = false;
    QNetworkReply* m_reply = nullptr;
    QTimer* m_deadline = nullptr; ///< the whole answer's time limit, however it trickles in
};

} // namespace steward
