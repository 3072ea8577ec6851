// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The client's policies without a network: rate limiter, retry timing, error mapping, URLs.
#include "models/net/apierror.h"
#include "models/net/ratelimiter.h"
#include "models/net/retrypolicy.h"
#include "models/net/siteconnection.h"

#include <QTest>

using namespace steward;

class TestNetPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void limiterAllowsABurstThenOnePerSlot()
    {
        RateLimiter limiter(60, 0);
        for (int i = 0; i < 60; ++i) {
            QCOMPARE(limiter.delayFor(i * 10), 0);
            limiter.recordSent(i * 10);
        }
        // The 61st waits until the first leaves the 60 s window.
        QCOMPARE(limiter.delayFor(600), 60000 - 600);
        limiter.recordSent(60000);
        QCOMPARE(limiter.delayFor(60000), 10);
    }

    void limiterCountsAnyRollingMinute()
    {
        // Never more than N sends in any 60 s window, whatever the pattern.
        RateLimiter limiter(20, 250);
        QList<qint64> sent;
        qint64 now = 0;
        for (int i = 0; i < 200; ++i) {
            now += limiter.delayFor(now) + (i % 7 == 0 ? 900 : 0);
            limiter.recordSent(now);
            sent.append(now);
        }
        for (int i = 20; i < sent.size(); ++i)
            QVERIFY2(sent[i] - sent[i - 20] >= 60000, qPrintable(QString::number(i)));
    }

    void pauseHoldsEverything()
    {
        RateLimiter limiter(0);
        QCOMPARE(limiter.delayFor(5), 0);
        limiter.pauseUntil(30000);
        QCOMPARE(limiter.delayFor(1000), 29000);
        limiter.pauseUntil(10000); // an earlier end does not shorten the pause
        QCOMPARE(limiter.delayFor(1000), 29000);
        QCOMPARE(limiter.delayFor(31000), 0);
    }

    void backoffGrowsWithJitterAndCap()
    {
        const RetryPolicy policy{6, 1000, 8000};
        QCOMPARE(policy.delayBefore(2, 0.0), 500);
        QCOMPARE(policy.delayBefore(2, 1.0), 1000);
        QCOMPARE(policy.delayBefore(3, 1.0), 2000);
        QCOMPARE(policy.delayBefore(5, 1.0), 8000);
        QCOMPARE(policy.delayBefore(12, 1.0), 8000);
        QVERIFY(RetryPolicy::isRetryable(ApiErrorKind::Server));
        QVERIFY(RetryPolicy::isRetryable(ApiErrorKind::Timeout));
        QVERIFY(!RetryPolicy::isRetryable(ApiErrorKind::Conflict));
        QVERIFY(!RetryPolicy::isRetryable(ApiErrorKind::Forbidden));
        QVERIFY(!RetryPolicy::isRetryable(ApiErrorKind::ReadOnly));
    }

    void errorShapes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("wait");
        QTest::newRow("bad key")
            << 403
            << QByteArray(
                   R"({"errors":["You are not permitted to view the requested resource. The API username or key is invalid."],"error_type":"invalid_access"})")
            << QByteArray() << int(ApiErrorKind::Forbidden) << "invalid_access"
            << "You are not permitted to view the requested resource. The API username or key is "
               "invalid."
            << 0;
        QTest::newRow("stale version")
            << 409 << QByteArray(R"({"errors":["The reviewable was changed by someone else."]})")
            << QByteArray() << int(ApiErrorKind::Conflict) << ""
            << "The reviewable was changed by someone else." << 0;
        QTest::newRow("already suspended")
            << 409 << QByteArray(R"({"failed":"FAILED","message":"User is already suspended"})")
            << QByteArray() << int(ApiErrorKind::Conflict) << "" << "User is already suspended"
            << 0;
        QTest::newRow("suspend contract")
            << 400 << QByteArray(R"({"failed":"FAILED","errors":["Reason is blank"]})")
            << QByteArray() << int(ApiErrorKind::BadRequest) << "" << "Reason is blank" << 0;
        QTest::newRow("old failed") << 422 << QByteArray(R"({"failed":"FAILED"})") << QByteArray()
                                    << int(ApiErrorKind::Unprocessable) << "" << "FAILED" << 0;
        QTest::newRow("rate limit")
            << 429
            << QByteArray(
                   R"({"errors":["Slow down"],"error_type":"rate_limit","extras":{"wait_seconds":37,"time_left":"37 seconds"}})")
            << QByteArray("30") << int(ApiErrorKind::RateLimited) << "rate_limit" << "Slow down"
            << 37;
        QTest::newRow("bare 429") << 429 << QByteArray("Too Many Requests") << QByteArray("12")
                                  << int(ApiErrorKind::RateLimited) << "" << "Too Many Requests"
                                  << 12;
        QTest::newRow("read only")
            << 503 << QByteArray(R"({"errors":["read only"],"error_type":"read_only"})")
            << QByteArray() << int(ApiErrorKind::ReadOnly) << "read_only" << "read only" << 0;
        QTest::newRow("html 502") << 502 << QByteArray("<html><body>Bad gateway</body></html>")
                                  << QByteArray() << int(ApiErrorKind::Server) << "" << "" << 0;
        QTest::newRow("gone") << 410 << QByteArray() << QByteArray() << int(ApiErrorKind::NotFound)
                              << "" << "" << 0;
    }

    void errorShapes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, kind);
        QFETCH(QString, type);
        QFETCH(QString, message);
        QFETCH(int, wait);
        const ApiError e = apiErrorFromResponse(status, body, retryAfter);
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.errorType, type);
        QCOMPARE(e.messages.value(0), message);
        QCOMPARE(e.waitSeconds, wait);
        QCOMPARE(e.httpStatus, status);
        QVERIFY(e.summary().contains(QString::number(status)));
    }

    void onlyHttpsOrLoopback()
    {
        QVERIFY(isAllowedBaseUrl(QUrl("https://forum.example.com")));
        QVERIFY(isAllowedBaseUrl(QUrl("https://example.com/forum")));
        QVERIFY(isAllowedBaseUrl(QUrl("http://127.0.0.1:4000")));
        QVERIFY(isAllowedBaseUrl(QUrl("http://[::1]:4000")));
        QVERIFY(isAllowedBaseUrl(QUrl("http://localhost:4000")));
        QVERIFY(!isAllowedBaseUrl(QUrl("http://forum.example.com")));
        QVERIFY(!isAllowedBaseUrl(QUrl("http://10.0.0.5")));
        QVERIFY(!isAllowedBaseUrl(QUrl("http://127.0.0.1.evil.example")));
        QVERIFY(!isAllowedBaseUrl(QUrl("ftp://127.0.0.1")));
        QVERIFY(!isAllowedBaseUrl(QUrl("forum.example.com")));
    }
};

QTEST_GUILESS_MAIN(TestNetPolicy)
#include "tst_netpolicy.moc"
