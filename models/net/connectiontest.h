// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/net/siteconnection.h"

#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace steward {

class DiscourseClient;

/// What a connection test found (messages::connectionVerdict() says it in words).
struct ConnectionVerdict
{
    enum class Outcome
    {
        Ok,           ///< reachable, the key works, the account is staff
        InsecureUrl,  ///< not HTTPS (plain HTTP only to loopback): nothing was sent
        Unreachable,  ///< DNS, refused, reset, timeout
        Certificate,  ///< TLS failure: the certificate is not trusted or does not match
        NotDiscourse, ///< answered, but not as a Discourse site
        OffSite,      ///< redirected to another origin, where the key is not sent
        WrongKey,     ///< the key or API username was refused
        NotStaff,     ///< the key works, but the account cannot moderate
        ServerError,  ///< 5xx, read-only, rate limited
    };
    Outcome outcome = Outcome::Unreachable;
    QString siteTitle;
    QString detail; ///< the server's or the network's own words

    bool ok() const { return outcome == Outcome::Ok; }
};

/// Tests a site and account in two requests: /site/basic-info (is this a Discourse site,
/// does it accept the key) and /review/count (may the account moderate). Reports once.
class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTest(const SiteConnection& site, QObject* parent = nullptr);
    ~ConnectionTest() override;

    void start();
    const ConnectionVerdict& verdict() const { return m_verdict; }

Q_SIGNALS:
    void finished(const steward::ConnectionVerdict& verdict);

private:
    void checkStaff();
    void finish(ConnectionVerdict::Outcome outcome, const QString& detail = {});

    SiteConnection m_site;
    QNetworkAccessManager* m_network;
    DiscourseClient* m_client;
    ConnectionVerdict m_verdict;
};

} // namespace steward
