// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The real `stewardctl sync` against a hostile server (issue 21): each probe must end within a
// bound of time and memory, with its exit code and a message that says what happened, the
// database passing PRAGMA integrity_check, and the API key never seen off its host. The
// hostile server forwards every path it is not told to break to an honest sandbox, so each
// sync gets as far as a real one would before it meets the fault. tst_discourseclient and
// tst_syncconformance prove the same defences in-process; this suite proves them end to end.
#include "tests/hostile/tst_hostile.h"

#include "tests/hostile/hostilepayloads.h"

#include <QJsonArray>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>

namespace steward::testing {

void TestHostile::initTestCase()
{
    m_sandbox = startSandbox();
}

void TestHostile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestHostile::anHonestServerBehindTheProxySyncsWhole()
{
    auto server = hostile();
    const RunResult r = runSync(server->url(), db());
    const QString failure = endedAs(r, db(), {0}, "");
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_honestPosts = scalar(db(), QStringLiteral("SELECT COUNT(*) FROM posts"));
    QVERIFY(m_honestPosts > 100);
    QCOMPARE(server->countWithKey(kSecretKey), server->requests().size());
}

// Issue 21, failed: the key followed 301/302/307/308 to another port. Contract: the redirect
// is refused with a message naming both places, the capture server sees no request with
// the key, and what was synced before stays intact.
void TestHostile::theKeyNeverFollowsARedirectOffSite_data()
{
    QTest::addColumn<int>("status");
    for (int status : {301, 302, 307, 308})
        QTest::newRow(QByteArray::number(status).constData()) << status;
}

void TestHostile::theKeyNeverFollowsARedirectOffSite()
{
    QFETCH(int, status);
    HostileServer capture;
    QVERIFY(capture.listen());
    capture.otherwise([](const HostileRequest&, HostileExchange* x) { x->respond(200, "{}"); });
    auto server = hostile();
    server->on("/latest.json", [&](const HostileRequest& request, HostileExchange* x) {
        x->respond(status, {}, "text/html",
                   "Location: " + capture.url().toEncoded() + request.target + "\r\n");
    });
    const RunResult r = runSync(server->url(), db());
    const QString failure = endedAs(r, db(), {76}, "another site");
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(capture.countWithKey(kSecretKey), 0);
    QVERIFY2(r.err.contains(QByteArray::number(capture.port())) &&
                 r.err.contains(QByteArray::number(server->port())),
             r.err.constData());
    QVERIFY(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM users")) >
            0); // the pages before it were kept
}

// Issue 21, held (now a contract): https that redirects to plain http; stewardctl trusts the
// test's self-signed certificate through --ca-file.
void TestHostile::theKeyNeverFollowsADowngradeToHttp()
{
    QTemporaryDir certDir;
    if (!makeLoopbackCertificate(certDir.path()))
        QSKIP("openssl could not make a certificate");
    QFile cert(certDir.filePath(QStringLiteral("cert.pem")));
    QFile key(certDir.filePath(QStringLiteral("key.pem")));
    QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    auto* tls = new QSslServer;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(cert.readAll()));
    config.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
    tls->setSslConfiguration(config);
    auto server = hostile(tls);
    HostileServer capture;
    QVERIFY(capture.listen());
    capture.otherwise([](const HostileRequest&, HostileExchange* x) { x->respond(200, "{}"); });
    server->on("/site.json", [&](const HostileRequest& request, HostileExchange* x) {
        x->respond(301, {}, "text/html",
                   "Location: http://127.0.0.1:" + QByteArray::number(capture.port()) +
                       request.target + "\r\n");
    });
    const RunResult r = runStewardctl(syncArguments(server->url(), db())
                                          << QStringLiteral("--ca-file") << cert.fileName(),
                                      kBoundMs);
    QCOMPARE(capture.countWithKey(kSecretKey), 0);
    const QString failure = endedAs(r, db(), {76}, "another site");
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

// Issue 21, failed: paging that never ends (22,400 requests in 60 s). Contract: the walk
// stops with a message, after a handful of requests to the broken listing.
void TestHostile::pagingThatIgnoresItsParameterStops_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("posts ignore before=") << QByteArray("/posts.json") << QStringLiteral("before");
    QTest::newRow("users always a full page")
        << QByteArray("/admin/users/list/active.json") << QStringLiteral("paging");
    QTest::newRow("topics always more_topics_url")
        << QByteArray("/latest.json") << QStringLiteral("paging");
    QTest::newRow("reviewables claim 1e9")
        << QByteArray("/review.json") << QStringLiteral("paging");
}

void TestHostile::pagingThatIgnoresItsParameterStops()
{
    QFETCH(QByteArray, path);
    QFETCH(QString, fragment);
    auto server = hostile();
    if (path == "/admin/users/list/active.json") {
        server->on(path, [](const HostileRequest&, HostileExchange* x) {
            x->respond(200, adminUserPage(1, 100));
        });
    } else if (path == "/posts.json") {
        server->on(
            path, [](const HostileRequest&, HostileExchange* x) { x->forward({}, "/posts.json"); });
    } else if (path == "/latest.json") {
        server->on(path, [](const HostileRequest&, HostileExchange* x) {
            x->forward(
                [](int&, QByteArray& body) {
                    QJsonObject o = QJsonDocument::fromJson(body).object();
                    QJsonObject list = o.value(u"topic_list").toObject();
                    list.insert(QStringLiteral("more_topics_url"),
                                QStringLiteral("/latest?order=created&ascending=true&page=1"));
                    o.insert(QStringLiteral("topic_list"), list);
                    body = compactJson(o);
                },
                "/latest.json?order=created&ascending=true&page=0");
        });
    } else {
        server->on(path, [](const HostileRequest& request, HostileExchange* x) {
            QUrlQuery first = request.query;
            first.removeAllQueryItems(QStringLiteral("offset"));
            x->forward(
                [](int&, QByteArray& body) {
                    QJsonObject o = QJsonDocument::fromJson(body).object();
                    QJsonObject meta = o.value(u"meta").toObject();
                    meta.insert(QStringLiteral("total_rows_reviewables"), 1e9);
                    o.insert(QStringLiteral("meta"), meta);
                    body = compactJson(o);
                },
                "/review.json?" + first.toString(QUrl::FullyEncoded).toLatin1());
        });
    }
    const RunResult r = runSync(server->url(), db());
    const QString failure = endedAs(r, db(), {76}, fragment);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY2(server->count(path) < 20, qPrintable(QString::number(server->count(path))));
}

// Issue 21, failed: a body trickled a byte at a time never timed out. Contract: with
// --timeout 1 the overall deadline (4 x 1 s) cuts the answer; the retry then succeeds.
void TestHostile::aTrickledAnswerIsCutAtTheDeadline()
{
    auto server = hostile();
    QElapsedTimer clock;
    qint64 cutAfterMs = -1;
    server->on("/site.json", [&](const HostileRequest&, HostileExchange* x) {
        if (server->count("/site.json") > 1)
            return x->forward();
        clock.start(); // stewardctl's deadline runs from its request
        x->fetchUpstream([&, x](int status, const QByteArray& body) {
            x->trickle(httpHead(status, body.size()), body, 250);
            connect(x, &QObject::destroyed, x, [&] { cutAfterMs = clock.elapsed(); });
        });
    });
    const RunResult r =
        runSync(server->url(), db(), {QStringLiteral("--timeout"), QStringLiteral("1")});
    const QString failure = endedAs(r, db(), {0}, "", 30000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(server->count("/site.json"), 2);
    // Cut by the 4 s deadline: well after the 1 s a stalled answer is given, and with room
    // for a loaded or sanitized run.
    QVERIFY2(cutAfterMs >= 3000 && cutAfterMs <= 12000, qPrintable(QString::number(cutAfterMs)));
}

// Issue 21, failed: Retry-After: 1000000000 paused for 31 years, a negative one repeated
// every 60 s for ever. Contract: a wait beyond --max-wait ends the sync at once, saying so.
void TestHostile::aRateLimitBeyondMaxWaitEndsAtOnce_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QByteArray>("extras");
    QTest::newRow("Retry-After 1e9") << QByteArray("1000000000") << QByteArray();
    QTest::newRow("wait_seconds 1e9")
        << QByteArray() << QByteArray(R"({"wait_seconds":1000000000})");
    QTest::newRow("Retry-After negative") << QByteArray("-5") << QByteArray();
}

void TestHostile::aRateLimitBeyondMaxWaitEndsAtOnce()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(QByteArray, extras);
    auto server = hostile();
    server->on("/latest.json", [&](const HostileRequest&, HostileExchange* x) {
        x->respond(
            429,
            discourseError("You've performed this action too many times.", "rate_limit", extras),
            "application/json",
            retryAfter.isEmpty() ? QByteArray() : "Retry-After: " + retryAfter + "\r\n");
    });
    const RunResult r = runSync(server->url(), db());
    const QString failure = endedAs(r, db(), {76}, "wait", 10000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY2(server->count("/latest.json") <= 2,
             qPrintable(QString::number(server->count("/latest.json"))));
}

// Issue 21, failed: 429s never counted toward giving up. Contract: a bounded number in a row.
void TestHostile::endlessRateLimitingGivesUp()
{
    auto server = hostile();
    server->on("/latest.json", [](const HostileRequest&, HostileExchange* x) {
        x->respond(429, discourseError("Slow down.", "rate_limit"), "application/json",
                   "Retry-After: 1\r\n");
    });
    const RunResult r = runSync(server->url(), db());
    const QString failure = endedAs(r, db(), {76}, "in a row", 40000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY2(server->count("/latest.json") <= 12,
             qPrintable(QString::number(server->count("/latest.json"))));
}

// Issue 21, failed: negative ids were stored and cut the walk over /posts.json short.
// Contract: they are not stored, they are reported (exit 65), and every real post arrives.
void TestHostile::negativeIdsAreRefusedAndTheWalkGoesOn()
{
    if (m_honestPosts == 0) { // this case run alone: count what an honest sync brings
        auto honest = hostile();
        runSync(honest->url(), m_dir->filePath(QStringLiteral("honest.db")));
        m_honestPosts = scalar(m_dir->filePath(QStringLiteral("honest.db")),
                               QStringLiteral("SELECT COUNT(*) FROM posts"));
    }
    auto server = hostile();
    server->on("/posts.json", [](const HostileRequest& request, HostileExchange* x) {
        if (request.query.hasQueryItem(QStringLiteral("before")))
            return x->forward();
        x->forward([](int&, QByteArray& body) {
            QJsonObject o = QJsonDocument::fromJson(body).object();
            QJsonArray posts = o.value(u"latest_posts").toArray();
            QJsonObject bad = posts.first().toObject();
            bad.insert(QStringLiteral("id"), -7);
            posts.append(bad);
            o.insert(QStringLiteral("latest_posts"), posts);
            body = compactJson(o);
        });
    });
    const RunResult r = runSync(server->url(), db());
    const QString failure = endedAs(r, db(), {65}, "could not be read");
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM posts WHERE id <= 0")), 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM posts")), m_honestPosts);
}

// Issue 21, held: what is not Discourse fails as such, without retrying for long.
void TestHostile::notDiscourseFailsAsSuch_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("HTML 404 everywhere")
        << 404 << QByteArray("<html><body><h1>Not Found</h1></body></html>");
    QTest::newRow("{} everywhere") << 200 << QByteArray("{}");
    QTest::newRow("null everywhere") << 200 << QByteArray("null");
}

void TestHostile::notDiscourseFailsAsSuch()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    auto server = hostile();
    server->otherwise([&](const HostileRequest&, HostileExchange* x) {
        x->respond(status, body, body.startsWith('<') ? "text/html" : "application/json");
    });
    const RunResult r = runSync(server->url(), db());
    const QString failure = endedAs(r, db(), {76}, "not Discourse", 15000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

} // namespace steward::testing

QTEST_GUILESS_MAIN(steward::testing::TestHostile)
