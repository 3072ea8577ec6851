// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/net/connectiontest.h"

#include "models/net/apirequest.h"
#include "models/net/discourseclient.h"
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
        finish(ConnectionVerdict::Outcome::InsecureUrl, insecureUrlReason());
        return;
    }
    ApiRequest* request = m_client->get(QStringLiteral("/site/basic-info"));
    connect(request, &ApiRequest::finished, this, [this, request] {
        request->deleteLater();
        const ApiError& e = request->error();
        const QString detail = e.messages.isEmpty() ? e.detail : e.messages.first();
        switch (e.kind) {
        case ApiErrorKind::None:
            break;
        case ApiErrorKind::Network:
        case ApiErrorKind::Timeout:
            finish(ConnectionVerdict::Outcome::Unreachable,
                   tr("The site cannot be reached: check the address and your connection."),
                   detail);
            return;
        case ApiErrorKind::OffSiteRedirect:
            finish(ConnectionVerdict::Outcome::NotDiscourse,
                   tr("The address sends Steward on to another site; Steward sends the key only to "
                      "the address you gave. "
                      "If the community moved, enter its new address."),
                   detail);
            return;
        case ApiErrorKind::Tls:
            finish(ConnectionVerdict::Outcome::Certificate,
                   tr("The site's certificate is not trusted or does not match its address; "
                      "Steward will not send the key."),
                   detail);
            return;
        case ApiErrorKind::Forbidden:
            finish(ConnectionVerdict::Outcome::WrongKey,
                   tr("The site refused the API key: check the key and the API username it was "
                      "made for."),
                   detail);
            return;
        case ApiErrorKind::NotFound:
        case ApiErrorKind::MalformedResponse:
        case ApiErrorKind::UnexpectedStatus:
        case ApiErrorKind::BadRequest:
            finish(ConnectionVerdict::Outcome::NotDiscourse,
                   tr("The address answers, but not as a Discourse site: check the address (and "
                      "its path, if the forum has one)."),
                   detail);
            return;
        default:
            finish(ConnectionVerdict::Outcome::ServerError,
                   tr("The site answered with an error; try again later."), e.summary());
            return;
        }
        const QJsonObject info = request->document().object();
        if (!info.contains(QStringLiteral("title"))) {
            finish(ConnectionVerdict::Outcome::NotDiscourse,
                   tr("The address answers, but not as a Discourse site: check the address (and "
                      "its path, if the forum has one)."));
            return;
        }
        m_verdict.siteTitle = info.value(QStringLiteral("title")).toString();
        checkStaff();
    });
}

void ConnectionTest::checkStaff()
{
    ApiRequest* request = m_client->get(QStringLiteral("/review/count"));
    connect(request, &ApiRequest::finished, this, [this, request] {
        request->deleteLater();
        const ApiError& e = request->error();
        const QString detail = e.messages.isEmpty() ? e.detail : e.messages.first();
        if (e.kind == ApiErrorKind::Forbidden || e.kind == ApiErrorKind::NotFound) {
            finish(ConnectionVerdict::Outcome::NotStaff,
                   tr("The key works, but %1 is not a moderator or admin there: the review queue "
                      "is closed to it.")
                       .arg(m_site.apiUsername),
                   detail);
        } else if (e.isError()) {
            finish(ConnectionVerdict::Outcome::ServerError,
                   tr("The site answered with an error; try again later."), e.summary());
        } else {
            finish(ConnectionVerdict::Outcome::Ok,
                   tr("Connected to %1 as %2, with moderator rights.")
                       .arg(m_verdict.siteTitle, m_site.apiUsername));
        }
    });
}

void ConnectionTest::finish(ConnectionVerdict::Outcome outcome, const QString& message,
                            const QString& detail)
{
    m_verdict.outcome = outcome;
    m_verdict.message = message;
    m_verdict.detail = detail;
    Q_EMIT finished(m_verdict);
}

} // namespace steward
