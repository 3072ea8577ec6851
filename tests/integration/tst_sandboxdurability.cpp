// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox server as the tests rely on it: injected faults do what their spec says, the
// same seed serves the same bytes, and --data keeps writes across restarts.
#include "tests/support/sandboxclient.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::sandbox;
using namespace steward::testing;

class TestSandboxDurability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void faults_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("5xx") << "5xx=1";
        QTest::newRow("malformed") << "malformed=1";
        QTest::newRow("truncated") << "truncated=1";
        QTest::newRow("stall") << "stall=1";
        QTest::newRow("latency") << "latency=300";
    }
    void faults()
    {
        QFETCH(QString, spec);
        QString error;
        ServerOptions options;
        options.faults = *FaultSpec::parse(spec, &error);
        auto server = startServer(options);
        Client client(*server);
        QElapsedTimer timer;
        timer.start();
        // A short timeout only where the answer never comes; the rest may be slow (a loaded
        // or sanitized run) and must still arrive.
        const Response r =
            client.get(QStringLiteral("/latest.json"), spec.startsWith(u"stall") ? 1500 : 15000);
        if (spec.startsWith(u"5xx")) {
            QVERIFY2(r.status == 500 || r.status == 502 || r.status == 503,
                     qPrintable(QString::number(r.status)));
        } else if (spec.startsWith(u"stall")) {
            QCOMPARE(r.status, 0);
            QVERIFY(timer.elapsed() >= 1400);
        } else if (spec.startsWith(u"latency")) {
            QCOMPARE(r.status, 200);
            QVERIFY(r.isJson());
            QVERIFY(timer.elapsed() >= 290);
        } else {
            QCOMPARE(r.status, 200);
            QVERIFY2(!r.isJson(), r.body.left(80).constData());
        }
    }

    void faultSpecErrors()
    {
        QString error;
        QVERIFY(!FaultSpec::parse(QStringLiteral("5xx=2"), &error));
        QVERIFY(!FaultSpec::parse(QStringLiteral("gremlins=0.5"), &error));
        QVERIFY(error.contains(QStringLiteral("gremlins")));
    }

    void sameSeedSameBytes()
    {
        auto a = startServer({}, 21);
        auto b = startServer({}, 21);
        Client ca(*a, a->adminCredentials());
        Client cb(*b, b->adminCredentials());
        const QString username = a->community().users[20].user.username;
        for (const QString& path :
             {QStringLiteral("/latest.json"), QStringLiteral("/latest.json?page=3"),
              QStringLiteral("/t/40.json"), QStringLiteral("/posts.json"),
              QStringLiteral("/review.json?status=all&offset=10"), QStringLiteral("/site.json"),
              QStringLiteral("/u/%1.json").arg(username),
              QStringLiteral("/directory_items.json?period=all"),
              QStringLiteral(
                  "/admin/reports/"
                  "time_to_first_response.json?start_date=2026-10-01&end_date=2026-10-31")}) {
            const Response ra = ca.get(path);
            QCOMPARE(ra.status, 200);
            QVERIFY2(ra.body == cb.get(path).body, qPrintable(path));
        }
        auto other = startServer({}, 22);
        QVERIFY(Client(*other).get(QStringLiteral("/latest.json")).body !=
                ca.get(QStringLiteral("/latest.json")).body);
    }

    void dataDirectoryKeepsWritesAcrossRestarts()
    {
        QTemporaryDir dir;
        ServerOptions options;
        options.dataDirectory = dir.path();
        Id reviewId = 0;
        Id topicId = 0;
        {
            auto server = startServer(options, 31);
            Client admin(*server, server->adminCredentials());
            const ReviewRecord* item =
                firstPending(server->community(), ReviewableType::FlaggedPost);
            reviewId = item->item.id;
            QCOMPARE(admin
                         .put(QStringLiteral("/review/%1/perform/disagree.json").arg(reviewId),
                              "version=" + QByteArray::number(item->item.version))
                         .status,
                     200);
            topicId = server->community().topics[5].topic.id;
            QCOMPARE(admin
                         .put(QStringLiteral("/t/%1/status.json").arg(topicId),
                              "status=archived&enabled=true")
                         .status,
                     200);
        }
        auto restarted = startServer(options, 999); // the directory's own seed wins
        QCOMPARE(restarted->params().seed, quint64(31));
        Client admin(*restarted, restarted->adminCredentials());
        const QJsonObject detail =
            admin.get(QStringLiteral("/review/%1.json").arg(reviewId)).json();
        QCOMPARE(detail.value(QStringLiteral("reviewable"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toInt(),
                 2);
        QVERIFY(admin.get(QStringLiteral("/t/%1.json").arg(topicId))
                    .json()
                    .value(QStringLiteral("archived"))
                    .toBool());
    }
};

QTEST_GUILESS_MAIN(TestSandboxDurability)
#include "tst_sandboxdurability.moc"
