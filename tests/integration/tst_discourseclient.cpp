// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// DiscourseClient against the sandbox's faults: what is retried, what is not, and the typed
// errors a caller gets for stalls, 5xx, malformed and oversized answers.
#include "models/domain/clock.h"
#include "tests/support/loopbackhttp.h"
#include "tests/support/synctesting.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

using namespace steward;
using namespace steward::testing;

namespace {

std::unique_ptr<sandbox::SandboxServer> faulty(const char* spec)
{
    sandbox::ServerOptions options;
    options.faults = *sandbox::FaultSpec::parse(QString::fromLatin1(spec), nullptr);
    return startSandbox(options);
}

ApiError run(ApiRequest* request, int timeoutMs = 20000)
{
    QSignalSpy done(request, &ApiRequest::finished);
    ApiError error;
    QObject::connect(request, &ApiRequest::finished, request,
                     [&error, request] { error = request->error(); });
    if (!done.wait(timeoutMs))
        error.kind = ApiErrorKind::Abandoned;
    return error;
}

} // namespace

class TestDiscourseClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void getsAreRetriedAndThenFail()
    {
        auto server = faulty("5xx=1");
        QNetworkAccessManager network;
        DiscourseClient client(adminSite(*server), &network);
        client.setRetryPolicy(RetryPolicy{3, 10, 50});
        const ApiError e = run(client.get("/latest"));
        QCOMPARE(e.kind, ApiErrorKind::Server);
        QCOMPARE(client.stats().sent, 3);
        QCOMPARE(client.stats().retries, 2);
    }

    void actionsAreNeverRetriedBlindly()
    {
        auto server = faulty("5xx=1");
        QNetworkAccessManager network;
        DiscourseClient client(adminSite(*server), &network);
        client.setRetryPolicy(RetryPolicy{5, 10, 50});
        const ApiError e = run(client.send("PUT", "/t/3/status",
                                           QUrlQuery{{"status", "closed"}, {"enabled", "true"}}));
        QCOMPARE(e.kind, ApiErrorKind::Server);
        QCOMPARE(client.stats().sent, 1);
    }

    void aStalledSocketTimesOut()
    {
        auto server = faulty("stall=1");
        QNetworkAccessManager network;
        DiscourseClient client(adminSite(*server), &network);
        client.setRetryPolicy(RetryPolicy{1, 10, 10});
        client.setTimeoutMs(300);
        QCOMPARE(run(client.get("/site")).kind, ApiErrorKind::Timeout);
    }

    void malformedJsonIsAnErrorNotACrash()
    {
        auto server = faulty("malformed=1");
        QNetworkAccessManager network;
        DiscourseClient client(adminSite(*server), &network);
        client.setRetryPolicy(RetryPolicy{2, 10, 10});
        const ApiError e = run(client.get("/latest"));
        QCOMPARE(e.kind, ApiErrorKind::MalformedResponse);
        QVERIFY(e.detail.contains("invalid JSON"));
    }

    void oversizedAnswersAreCut()
    {
        auto server = startSandbox();
        QNetworkAccessManager network;
        DiscourseClient client(adminSite(*server), &network);
        client.setRetryPolicy(RetryPolicy{1, 10, 10});
        client.setMaxBodyBytes(2048);
        const ApiError e = run(client.get("/site"));
        QCOMPARE(e.kind, ApiErrorKind::MalformedResponse);
        QVERIFY(e.detail.contains("larger than"));
    }

    void plainHttpToAnotherHostIsRefusedUnsent()
    {
        QNetworkAccessManager network;
        DiscourseClient client(SiteConnection{QUrl("http://forum.example.com"), "mod", "key", 0},
                               &network);
        QCOMPARE(run(client.get("/site")).kind, ApiErrorKind::InsecureUrl);
        QCOMPARE(client.stats().sent, 0); // never put on the wire
        QCOMPARE(client.stats().bytesReceived, 0);
    }

    void redirectsOffTheSiteAreNeverFollowed_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("host"); // where the capture server listens
        for (int status : {301, 302, 303, 307, 308}) {
            QTest::addRow("%d to another port", status) << status << QStringLiteral("127.0.0.1");
            QTest::addRow("%d to another host", status) << status << QStringLiteral("127.0.0.2");
        }
    }

    void redirectsOffTheSiteAreNeverFollowed()
    {
        // The forum answers every path with a redirect to a capture server: the key must
        // never reach it, whatever the status, and the sync must fail saying so.
        QFETCH(int, status);
        QFETCH(QString, host);
        LoopbackHttp capture([](const QByteArray&) {
            return LoopbackHttp::Response{200, "application/json", "{}"};
        });
        QVERIFY(capture.listen(QHostAddress(host)));
        const QUrl target = capture.url();
        LoopbackHttp forum([status, target](const QByteArray& path) {
            return LoopbackHttp::Response{status, "text/html", "moved",
                                          "Location: " + target.toString().toLatin1() + path +
                                              "\r\n"};
        });
        QVERIFY(forum.listen());
        QTemporaryDir dir;
        SyncRig rig(dir.filePath("s.db"), SiteConnection{forum.url(), "mod", "secret-key", 0});
        QVERIFY(!rig.sync());
        QCOMPARE(rig.engine.error().kind, ApiErrorKind::OffSiteRedirect);
        QVERIFY2(rig.engine.error().summary().contains(target.host()),
                 qPrintable(rig.engine.error().summary()));
        QCOMPARE(capture.requested().size(), 0);
        QVERIFY(!forum.requested().isEmpty());
    }

    void redirectsWithinTheSiteAreFollowedWithTheKey()
    {
        // Discourse itself redirects within the site (a slug, a page past the end).
        LoopbackHttp forum([](const QByteArray& path) {
            if (path.startsWith("/t/-/"))
                return LoopbackHttp::Response{301, "text/html", "",
                                              "Location: /t/some-slug/5.json\r\n"};
            return LoopbackHttp::Response{
                200, "application/json",
                R"({"id":5,"title":"t","post_stream":{"posts":[],"stream":[]}})"};
        });
        QVERIFY(forum.listen());
        QNetworkAccessManager network;
        DiscourseClient client(SiteConnection{forum.url(), "mod", "secret-key", 0}, &network);
        QCOMPARE(run(client.get("/t/-/5")).kind, ApiErrorKind::None);
        QCOMPARE(forum.requested(), (QStringList{"/t/-/5.json", "/t/some-slug/5.json"}));
        QVERIFY2(forum.headers().last().toLower().contains("api-key: secret-key"),
                 forum.headers().last().constData());
    }

    void formValuesArriveAsWritten()
    {
        // Rack decodes '+' in a form as a space: "1 + 1 = 2" must leave as %2B.
        LoopbackHttp forum([](const QByteArray&) {
            return LoopbackHttp::Response{200, "application/json", "{}"};
        });
        QVERIFY(forum.listen());
        QNetworkAccessManager network;
        DiscourseClient client(SiteConnection{forum.url(), "mod", "key", 0}, &network);
        const QString raw = QStringLiteral("1 + 1 = 2 & 50% of {\"a\": [1]}; é #x");
        QCOMPARE(run(client.send("POST", "/posts", QUrlQuery{{QStringLiteral("raw"), raw}})).kind,
                 ApiErrorKind::None);
        QCOMPARE(forum.bodies().size(), 1);
        const QByteArray body = forum.bodies().first();
        QVERIFY2(!body.contains('+') && body.startsWith("raw="), body.constData());
        QCOMPARE(QUrl::fromPercentEncoding(body.mid(4)), raw);
    }

    void aRedirectLoopIsNamedAndNotRetried()
    {
        LoopbackHttp forum([](const QByteArray&) {
            return LoopbackHttp::Response{302, "text/html", "", "Location: /latest.json\r\n"};
        });
        QVERIFY(forum.listen());
        QNetworkAccessManager network;
        DiscourseClient client(SiteConnection{forum.url(), "mod", "secret-key", 0}, &network);
        client.setRetryPolicy(RetryPolicy{3, 10, 10});
        const ApiError e = run(client.get("/latest"));
        QCOMPARE(e.kind, ApiErrorKind::UnexpectedStatus);
        QVERIFY2(e.detail.contains("kept redirecting"), qPrintable(e.detail));
        QCOMPARE(client.stats().retries, 0);
    }

    void anAnswerCutShortIsAConnectionFaultNotUnreadableJson()
    {
        // Headers promise 100,000 bytes; 6 arrive and the connection closes.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {
            QTcpSocket* socket = server.nextPendingConnection();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: "
                              "application/json\r\nContent-Length: 100000\r\n\r\n[1,2,3");
                socket->disconnectFromHost();
            });
        });
        QNetworkAccessManager network;
        DiscourseClient client(
            SiteConnection{QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())),
                           "mod", "key", 0},
            &network);
        client.setRetryPolicy(RetryPolicy{2, 10, 10});
        const ApiError e = run(client.get("/latest"));
        QCOMPARE(e.kind, ApiErrorKind::Network);
        QVERIFY2(!e.detail.contains("JSON"), qPrintable(e.detail));
        QCOMPARE(client.stats().retries, 1); // a connection fault is worth another try
    }

    void aTrickledAnswerMeetsItsDeadline()
    {
        // One byte every 50 ms restarts the stall timer each time; the whole answer still has a
        // limit.
        QTcpServer trickle;
        QVERIFY(trickle.listen(QHostAddress::LocalHost));
        QObject::connect(&trickle, &QTcpServer::newConnection, &trickle, [&trickle] {
            QTcpSocket* socket = trickle.nextPendingConnection();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          "100000\r\n\r\n");
            auto* drip = new QTimer(socket);
            QObject::connect(drip, &QTimer::timeout, socket, [socket] { socket->write(" "); });
            drip->start(50);
        });
        QNetworkAccessManager network;
        DiscourseClient client(
            SiteConnection{QUrl(QStringLiteral("http://127.0.0.1:%1").arg(trickle.serverPort())),
                           "mod", "k", 0},
            &network);
        client.setTimeoutMs(1000); // stall after 1 s; the whole answer within 4 s
        client.setRetryPolicy(RetryPolicy{1, 1, 1});
        QElapsedTimer clock;
        clock.start();
        const ApiError e = run(client.get("/site"), 10000);
        QCOMPARE(e.kind, ApiErrorKind::Timeout);
        QVERIFY2(e.detail.contains(u"no whole answer"), qPrintable(e.detail));
        QVERIFY(clock.elapsed() < 15000); // the drip alone would take 100,000 x 50 ms
    }

    void rateLimitsThatWouldNeverEndFail_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("maxWait");
        QTest::addColumn<int>("maxInARow");
        QTest::addColumn<QString>("why");
        QTest::newRow("31 years") << QByteArray("1000000000")
                                  << QByteArray(
                                         R"({"errors":["slow down"],"error_type":"rate_limit"})")
                                  << 600 << 10 << QStringLiteral("more than Steward waits");
        QTest::newRow("wait_seconds huge")
            << QByteArray()
            << QByteArray(R"({"error_type":"rate_limit","extras":{"wait_seconds":99999999}})")
            << 600 << 10 << QStringLiteral("more than Steward waits");
        // A negative wait is no wait at all: Discourse's 60 s window applies, which is over 30.
        QTest::newRow("negative")
            << QByteArray("-5")
            << QByteArray(R"({"error_type":"rate_limit","extras":{"wait_seconds":-5}})") << 30 << 10
            << QStringLiteral("wait 60 s");
        QTest::newRow("429 for ever")
            << QByteArray("1") << QByteArray(R"({"error_type":"rate_limit"})") << 600 << 2
            << QStringLiteral("3 times in a row");
    }

    void rateLimitsThatWouldNeverEndFail()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(QByteArray, body);
        QFETCH(int, maxWait);
        QFETCH(int, maxInARow);
        QFETCH(QString, why);
        LoopbackHttp limited([&](const QByteArray&) {
            return LoopbackHttp::Response{
                429, "application/json", body,
                retryAfter.isEmpty() ? QByteArray() : "Retry-After: " + retryAfter + "\r\n"};
        });
        QVERIFY(limited.listen());
        QNetworkAccessManager network;
        VirtualClock clock; // the 1 s pauses of "429 for ever" pass at once
        DiscourseClient client(SiteConnection{limited.url(), "mod", "k", 0}, &network);
        clock.setAutoAdvance(true);
        client.setClock(&clock);
        client.setRateLimitBounds(maxWait, maxInARow);
        const ApiError e = run(client.get("/site"), 20000);
        QCOMPARE(e.kind, ApiErrorKind::RateLimited);
        QVERIFY2(e.summary().contains(why), qPrintable(e.summary()));
    }

    void aServerWarmingUpIsWaitedFor()
    {
        // A Data Explorer run answered 503 Retry-After: 2 twice (the sandbox while it builds its
        // mirror), then 200: the read-only POST waits as asked, beyond what backoff alone allows.
        int calls = 0;
        LoopbackHttp forum([&calls](const QByteArray&) {
            if (++calls <= 2)
                return LoopbackHttp::Response{503, "application/json",
                                              R"({"errors":["still preparing"]})",
                                              "Retry-After: 2\r\n"};
            return LoopbackHttp::Response{200, "application/json",
                                          R"({"success":true,"rows":[[7]]})"};
        });
        QVERIFY(forum.listen());
        QNetworkAccessManager network;
        VirtualClock clock;
        DiscourseClient client(SiteConnection{forum.url(), "admin", "k", 0}, &network);
        client.setRetryPolicy(RetryPolicy{2, 10, 50}); // backoff alone: one retry, 50 ms later
        clock.setAutoAdvance(true);
        client.setClock(&clock);
        ApiRequest* request = client.sendReadOnly(
            "/admin/plugins/discourse-data-explorer/queries/1/run", QUrlQuery{{"params", "{}"}});
        QList<qint64> delays;
        connect(request, &ApiRequest::retryScheduled, this,
                [&delays](int, qint64 delayMs) { delays << delayMs; });
        QCOMPARE(run(request, 20000).kind, ApiErrorKind::None);
        QCOMPARE(calls, 3);
        QCOMPARE(delays, (QList<qint64>{2000, 2000}));
        QVERIFY(clock.monotonicMs() >= 4000); // waited as asked, on the client's clock
    }

    void aServerAskingTooLongFails_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("maxWait");
        QTest::addColumn<ApiErrorKind>("kind");
        QTest::addColumn<int>("calls");
        QTest::addColumn<QString>("why");
        QTest::newRow("beyond the max wait")
            << QByteArray("120") << QByteArray(R"({"errors":["warming up"]})") << 60
            << ApiErrorKind::Server << 1
            << QStringLiteral(
                   "the server asks to retry after 120 s, more than Steward waits (60 s)");
        // Waits of 1 s, then 1-2 s (backoff outgrows Retry-After), then 2-4 s: over 3 s in all.
        QTest::newRow("waits adding up")
            << QByteArray("1") << QByteArray(R"({"errors":["warming up"]})") << 3
            << ApiErrorKind::Server << 3 << QStringLiteral("still unavailable after 3 attempts");
        // Discourse's read-only mode is not a warm-up: it fails at once, as before.
        QTest::newRow("read-only mode")
            << QByteArray("1") << QByteArray(R"({"errors":["read only"],"error_type":"read_only"})")
            << 600 << ApiErrorKind::ReadOnly << 1 << QStringLiteral("read only");
    }

    void aServerAskingTooLongFails()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(QByteArray, body);
        QFETCH(int, maxWait);
        QFETCH(ApiErrorKind, kind);
        QFETCH(int, calls);
        QFETCH(QString, why);
        int answered = 0;
        LoopbackHttp forum([&](const QByteArray&) {
            ++answered;
            return LoopbackHttp::Response{503, "application/json", body,
                                          "Retry-After: " + retryAfter + "\r\n"};
        });
        QVERIFY(forum.listen());
        QNetworkAccessManager network;
        VirtualClock clock;
        DiscourseClient client(SiteConnection{forum.url(), "admin", "k", 0}, &network);
        clock.setAutoAdvance(true);
        client.setClock(&clock);
        client.setRateLimitBounds(maxWait, DiscourseClient::kDefaultMaxRateLimitedInARow);
        const ApiError e = run(
            client.sendReadOnly("/admin/plugins/discourse-data-explorer/queries/1/run", {}), 20000);
        QCOMPARE(e.kind, kind);
        QCOMPARE(answered, calls);
        QVERIFY2(e.summary().contains(why), qPrintable(e.summary()));
    }

    void anAbandonedRequestNeverFinishes()
    {
        auto server = faulty("latency=2000"); // still unanswered when it is abandoned
        QNetworkAccessManager network;
        DiscourseClient client(adminSite(*server), &network);
        client.setMaxInFlight(1);
        ApiRequest* first = client.get("/site");
        QSignalSpy finished(first, &ApiRequest::finished);
        QTest::qWait(50);
        first->abandon();
        // The slot it held is free again: the next request goes through.
        QCOMPARE(run(client.get("/categories")).kind, ApiErrorKind::None);
        QCOMPARE(finished.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDiscourseClient)
#include "tst_discourseclient.moc"
