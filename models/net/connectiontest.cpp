// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/net/connectiontest.h"

#include "models/net/apirequest.h"
#include "models/net/discourseclient.h"
#include "models/net/endpoints.h"
#include "models/net/retrypolicy.h"

#include <QJsonObject>
#include <QNetworkAccessManager>

namespace steward {

ConnectionTest::ConnectionTest(const SiteConnection& site, QObject* parent)
    : QObject(parent)
    , m_site(site)
    , m_network(new QNetworkAccessManager(this))
    , m_client(nullptr)
{
    m_site.requestsPerMinute = 0; // two requests: no pacing
    m_client = new DiscourseClient(m_site, m_network, this);
    RetryPolicy once;
    once.maxAttempts = 1; // a test reports what it meets, at once
    m_client->setRetryPolicy(once);
}

ConnectionTest::~ConnectionTest() = default;

void ConnectionTest::start()
{
    if (!isAllowedBaseUrl(m_site.baseUrl)) {
        finish(ConnectionVerdict::Outcome::InsecureUrl);
        return;
    }
    ApiRequest* request = m_client->get(endpoints::siteBasicInfo());
    connect(request, &ApiRequest::finished, this, [this, request] {
        request->deleteLater();
        const ApiError& e = request->error();
        const QString detail = e.messages.isEmpty() ? e.detail : e.messages.first();
        switch (e.kind) {
        case ApiErrorKind::None:
            break;
        case ApiErrorKind::Network:
        case ApiErrorKind::Timeout:
            finish(ConnectionVerdict::Outcome::Unreachable, detail);
            return;
        case ApiErrorKind::OffSiteRedirect:
            finish(ConnectionVerdict::Outcome::OffSite, detail);
            return;
        case ApiErrorKind::Tls:
            finish(ConnectionVerdict::Outcome::Certificate, detail);
            return;
        case ApiErrorKind::Forbidden:
            finish(ConnectionVerdict::Outcome::WrongKey, detail);
            return;
        case ApiErrorKind::NotFound:
        case ApiErrorKind::MalformedResponse:
        case ApiErrorKind::UnexpectedStatus:
        case ApiErrorKind::BadRequest:
            finish(ConnectionVerdict::Outcome::NotDiscourse, detail);
            return;
        default:
            finish(ConnectionVerdict::Outcome::ServerError, e.summary());
            return;
        }
        const QJsonObject info = request->document().object();
        if (!info.contains(QStringLiteral("title"))) {
            finish(ConnectionVerdict::Outcome::NotDiscourse);
            return;
        }
        m_verdict.siteTitle = info.value(QStringLiteral("title")).toString();
        checkStaff();
    });
}

void ConnectionTest::checkStaff()
{
    ApiRequest* request = m_client->get(endpoints::reviewCount());
    connect(request, &ApiRequest::finished, this, [this, request] {
        request->deleteLater();
        const ApiError& e = request->error();
        const QString detail = e.messages.isEmpty() ? e.detail : e.messages.first();
        if (e.kind == ApiErrorKind::Forbidden || e.kind == ApiErrorKind::NotFound) {
            finish(ConnectionVerdict::Outcome::NotStaff, detail);
        } else if (e.isError()) {
            finish(ConnectionVerdict::Outcome::ServerError, e.summary());
        } else {
            finish(ConnectionVerdict::Outcome::Ok);
        }
    });
}

void ConnectionTest::finish(ConnectionVerdict::Outcome outcome, const QString& detail)
{
    m_verdict.outcome = outcome;
    m_verdict.detail = detail;
    Q_EMIT finished(m_verdict);
}

} // namespace steward
