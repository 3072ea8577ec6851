// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The accounts dialog's connection test against the sandbox and loopback servers: each way
// a connection can be wrong gets its own verdict, and a good one names the site.
#include "models/net/connectiontest.h"
#include "models/sync/usermessages.h"
#include "tests/support/loopbackhttp.h"
#include "tests/support/synctesting.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace steward;
using namespace steward::testing;
using Outcome = ConnectionVerdict::Outcome;

class TestConnectionTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<sandbox::SandboxServer> m_server;

    static ConnectionVerdict run(const SiteConnection& site)
    {
        ConnectionTest test(site);
        QSignalSpy done(&test, &ConnectionTest::finished);
        test.start();
        if (done.isEmpty() && !done.wait(30000))
            return {};
        [&] { QCOMPARE(done.size(), 1); }();
        return test.verdict();
    }

private Q_SLOTS:
    void initTestCase() { m_server = startSandbox(); }

    void aStaffAccountConnects()
    {
        const ConnectionVerdict v = run(adminSite(*m_server));
        QCOMPARE(v.outcome, Outcome::Ok);
        QVERIFY(!v.siteTitle.isEmpty());
        const QString said = messages::connectionVerdict(v, QStringLiteral("admin"));
        QVERIFY2(said.contains(v.siteTitle), qPrintable(said));
    }

    void aWrongKeyIsNamed()
    {
        SiteConnection site = adminSite(*m_server);
        site.apiKey = QStringLiteral("not-the-key");
        const ConnectionVerdict v = run(site);
        QCOMPARE(v.outcome, Outcome::WrongKey);
        QVERIFY(!v.detail.isEmpty()); // the server's own words
    }

    void anAccountThatCannotModerateIsNamed()
    {
        SiteConnection site = adminSite(*m_server);
        const auto& users = m_server->community().users;
        const auto member =
            std::find_if(users.cbegin(), users.cend(), [](const sandbox::SandboxUser& u) {
                return !u.user.isStaff() && !u.deleted && !u.user.suspendedUntil.isValid();
            });
        QVERIFY(member != users.cend());
        site.apiUsername = member->user.username; // an all-users key acting as a member
        const ConnectionVerdict v = run(site);
        QCOMPARE(v.outcome, Outcome::NotStaff);
        QVERIFY(
            messages::connectionVerdict(v, member->user.username).contains(member->user.username));
    }

    void anUnreachableSiteIsNamed()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        SiteConnection site = adminSite(*m_server);
        site.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        QCOMPARE(run(site).outcome, Outcome::Unreachable);
    }

    void anUntrustedCertificateIsNamedAndNothingIsSent()
    {
        // An HTTPS server on loopback with a self-signed certificate made for this test.
        QTemporaryDir dir;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-keyout"),
                       dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                       dir.filePath(QStringLiteral("cert.pem"))});
        QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
        QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
        QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(tls);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int requests = 0;
        connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
            QTcpSocket* socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&requests, socket] {
                ++requests; // only reached if the client trusted the certificate
                socket->readAll();
            });
        });
        SiteConnection site = adminSite(*m_server);
        site.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));
        const ConnectionVerdict v = run(site);
        QCOMPARE(v.outcome, Outcome::Certificate);
        QCOMPARE(requests, 0);
    }

    void plainHttpToAnotherHostIsRefusedBeforeSending()
    {
        SiteConnection site = adminSite(*m_server);
        site.baseUrl = QUrl(QStringLiteral("http://forum.example.com"));
        QCOMPARE(run(site).outcome, Outcome::InsecureUrl);
    }

    void aSiteThatIsNotDiscourseIsNamed()
    {
        // A web server that answers every path with 404 and a page.
        testing::LoopbackHttp web([](const QByteArray&) {
            return testing::LoopbackHttp::Response{404, "text/html",
                                                   "<html><body>Not here</body></html>"};
        });
        QVERIFY(web.listen());
        SiteConnection site = adminSite(*m_server);
        site.baseUrl = web.url();
        QCOMPARE(run(site).outcome, Outcome::NotDiscourse);
    }

    void aRedirectToAnotherSiteIsNamedAndNotFollowed()
    {
        // The address moved (or was taken over): the key must not follow it there.
        testing::LoopbackHttp elsewhere([](const QByteArray&) {
            return testing::LoopbackHttp::Response{200, "application/json", "{}"};
        });
        QVERIFY(elsewhere.listen());
        const QByteArray location =
            "Location: " + elsewhere.url().toString().toLatin1() + "/site/basic-info.json\r\n";
        testing::LoopbackHttp moved([location](const QByteArray&) {
            return testing::LoopbackHttp::Response{301, "text/html", "moved", location};
        });
        QVERIFY(moved.listen());
        SiteConnection site = adminSite(*m_server);
        site.baseUrl = moved.url();
        const ConnectionVerdict v = run(site);
        QCOMPARE(v.outcome, Outcome::OffSite);
        const QString said = messages::connectionVerdict(v, site.apiUsername);
        QVERIFY2(said.contains(u"another site"), qPrintable(said));
        QCOMPARE(elsewhere.requested().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
