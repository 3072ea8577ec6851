// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A plain HTTP client for the sandbox server's tests: what a request got back, with the
// admin's or no credentials, and the first items of a kind in the generated community.
#include "models/sandbox/server/sandboxserver.h"
#include "tests/support/sandboxtesting.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

#include <memory>

namespace steward::testing {

struct Response
{
    int status = 0; ///< 0 when no answer came
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray retryAfter;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool isJson() const
    {
        QJsonParseError e;
        QJsonDocument::fromJson(body, &e);
        return e.error == QJsonParseError::NoError;
    }
};

class Client
{
public:
    explicit Client(const sandbox::SandboxServer& server, sandbox::ApiCredentials credentials = {})
        : m_base(server.url())
        , m_credentials(std::move(credentials))
    {
    }

    Response request(const QByteArray& verb, const QString& path, const QByteArray& form = {},
                     int timeoutMs = 10000)
    {
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        request.setRawHeader("Accept", "application/json");
        if (!m_credentials.key.isEmpty()) {
            request.setRawHeader("Api-Key", m_credentials.key.toLatin1());
            request.setRawHeader("Api-Username", m_credentials.username.toUtf8());
        }
        if (!form.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply* reply = m_network.sendCustomRequest(request, verb, form);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Response r;
        if (!finished.wait(timeoutMs)) {
            reply->abort();
            reply->deleteLater();
            return r;
        }
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.error = reply->error();
        r.retryAfter = reply->rawHeader("Retry-After");
        reply->deleteLater();
        return r;
    }
    Response get(const QString& path, int timeoutMs = 10000)
    {
        return request("GET", path, {}, timeoutMs);
    }
    Response put(const QString& path, const QByteArray& form = {})
    {
        return request("PUT", path, form);
    }
    Response post(const QString& path, const QByteArray& form = {})
    {
        return request("POST", path, form);
    }

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
    sandbox::ApiCredentials m_credentials;
};

/// The sandbox server tests' sandboxes come from seed 11 unless a case says otherwise.
inline std::unique_ptr<sandbox::SandboxServer> startServer(sandbox::ServerOptions options = {},
                                                           quint64 seed = 11)
{
    return steward::testing::startSandbox(options, seed);
}

inline const sandbox::ReviewRecord* firstPending(const sandbox::SandboxCommunity& c,
                                                 ReviewableType type)
{
    for (const sandbox::ReviewRecord& r : c.reviews) {
        if (r.item.isPending() && r.item.type == type)
            return &r;
    }
    return nullptr;
}

inline const sandbox::SandboxUser* firstRegular(const sandbox::SandboxCommunity& c)
{
    for (const sandbox::SandboxUser& m : c.users) {
        if (!m.user.isStaff() && m.persona == sandbox::Persona::Regular &&
            !m.user.isSuspendedAt(c.now))
            return &m;
    }
    return nullptr;
}

} // namespace steward::testing
