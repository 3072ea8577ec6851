// SPDX-License-Identifier: GPL-3.0-or-later
// DiscourseClient against the sandbox's faults: what is retried, what is not, and the typed
// errors a caller gets for stalls, 5xx, malformed and oversized answers.
#include "tests/support/loopbackhttp.h"
#include "tests/support/synctesting.h"

#include <QTemporaryDir>

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
    QObject::connect(request, &ApiRequest::finished, request, [&error, request] { error = request->error(); });
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
        const ApiError e = run(client.send("PUT", "/t/3/status", QUrlQuery{{"status", "closed"}, {"enabled", "true"}}));
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
        DiscourseClient client(SiteConnection{QUrl("http://forum.example.com"), "mod", "key", 0}, &network);
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
        LoopbackHttp capture([](const QByteArray&) { return LoopbackHttp::Response{200, "application/json", "{}"}; });
        QVERIFY(capture.listen(QHostAddress(host)));
        const QUrl target = capture.url();
        LoopbackHttp forum([status, target](const QByteArray& path) {
            return LoopbackHttp::Response{status, "text/html", "moved", "Location: " + target.toString().toLatin1() + path + "\r\n"};
        });
        QVERIFY(forum.listen());
        QTemporaryDir dir;
        SyncRig rig(dir.filePath("s.db"), SiteConnection{forum.url(), "mod", "secret-key", 0});
        QVERIFY(!rig.sync());
        QCOMPARE(rig.engine.error().kind, ApiErrorKind::OffSiteRedirect);
        QVERIFY2(rig.engine.error().summary().contains(target.host()), qPrintable(rig.engine.error().summary()));
        QCOMPARE(capture.requested().size(), 0);
        QVERIFY(!forum.requested().isEmpty());
    }

    void redirectsWithinTheSiteAreFollowedWithTheKey()
    {
        // Discourse itself redirects within the site (a slug, a page past the end).
        LoopbackHttp forum([](const QByteArray& path) {
            if (path.startsWith("/t/-/"))
                return LoopbackHttp::Response{301, "text/html", "", "Location: /t/some-slug/5.json\r\n"};
            return LoopbackHttp::Response{200, "application/json", R"({"id":5,"title":"t","post_stream":{"posts":[],"stream":[]}})"};
        });
        QVERIFY(forum.listen());
        QNetworkAccessManager network;
        DiscourseClient client(SiteConnection{forum.url(), "mod", "secret-key", 0}, &network);
        QCOMPARE(run(client.get("/t/-/5")).kind, ApiErrorKind::None);
        QCOMPARE(forum.requested(), (QStringList{"/t/-/5.json", "/t/some-slug/5.json"}));
        QVERIFY2(forum.headers().last().toLower().contains("api-key: secret-key"), forum.headers().last().constData());
    }

    void anAbandonedRequestNeverFinishes()
    {
        auto server = faulty("latency=200");
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
