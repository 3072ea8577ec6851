// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A Data Explorer client for the sandbox's tests (tst_sandboxexplorer*): plain HTTP, no
// retries, so that every status the sandbox answers reaches the test.
#pragma once

#include "models/sandbox/server/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

namespace steward::testing {

using sandbox::ApiCredentials;
using sandbox::SandboxServer;

inline const QString kBase = QStringLiteral("/admin/plugins/discourse-data-explorer/queries");
inline const QString kLegacy = QStringLiteral("/admin/plugins/explorer/queries");

struct Response
{
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString firstError() const
    {
        return json().value(QStringLiteral("errors")).toArray().first().toString();
    }
};

class Client
{
public:
    Client(const SandboxServer& server, ApiCredentials credentials)
        : m_base(server.url())
        , m_credentials(std::move(credentials))
    {
        m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }

    /// form: name/value pairs, sent application/x-www-form-urlencoded.
    Response request(const QByteArray& verb, const QString& path,
                     const QList<std::pair<QString, QString>>& form = {})
    {
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("Api-Key", m_credentials.key.toLatin1());
        request.setRawHeader("Api-Username", m_credentials.username.toUtf8());
        QByteArrayList pairs;
        for (const auto& [name, value] : form)
            pairs << QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        const QByteArray body = pairs.join('&');
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply* reply = m_network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Response r;
        if (finished.wait(30000)) {
            r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r.body = reply->readAll();
            r.retryAfter = reply->rawHeader("Retry-After");
        }
        reply->deleteLater();
        return r;
    }
    Response get(const QString& path) { return request("GET", path); }

    /// Creates a query; returns its id (0 on failure).
    Id create(const QString& name, const QString& sql, const QString& base = kBase)
    {
        const Response r =
            request("POST", base + QStringLiteral(".json"),
                    {{QStringLiteral("query[name]"), name}, {QStringLiteral("query[sql]"), sql}});
        return r.status == 200 ? r.json()
                                     .value(QStringLiteral("query"))
                                     .toObject()
                                     .value(QStringLiteral("id"))
                                     .toInteger()
                               : 0;
    }
    Response run(Id id, const QJsonObject& params = {}, const QString& limit = {},
                 const QString& rawParams = {})
    {
        QList<std::pair<QString, QString>> form{
            {QStringLiteral("params"),
             rawParams.isEmpty()
                 ? QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact))
                 : rawParams}};
        if (!limit.isEmpty())
            form.append({QStringLiteral("limit"), limit});
        return request("POST", QStringLiteral("%1/%2/run.json").arg(kBase).arg(id), form);
    }
    /// Creates and runs sql once.
    Response runSql(const QString& sql, const QJsonObject& params = {}, const QString& limit = {})
    {
        return run(create(QStringLiteral("adhoc"), sql), params, limit);
    }

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
    ApiCredentials m_credentials;
};

inline QJsonArray rowsOf(const Response& r)
{
    return r.json().value(QStringLiteral("rows")).toArray();
}

/// Compares a result row with REST JSON: column i against rest[keys[i]] (keys: comma-separated).
inline void compareRow(const QJsonArray& row, const QJsonObject& rest, const char* names)
{
    const QStringList keys = QString::fromLatin1(names).split(u',');
    QCOMPARE(row.size(), keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i)
        QCOMPARE(row.at(i), rest.value(keys[i]));
}

} // namespace steward::testing
