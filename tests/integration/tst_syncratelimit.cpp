// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Discourse's site-wide admin limit: a sync that keeps to the account's limit provokes no
// 429; one that is allowed more than the server takes obeys the 429s and still completes.
// Each case sends more requests than fit in one minute; server and client share a VirtualClock,
// so that minute passes without waiting while every request still meets the server's limiter.
#include "models/domain/clock.h"
#include "tests/support/synctesting.h"

#include <QTemporaryDir>

using namespace steward;
using namespace steward::testing;

namespace {
constexpr int kServerLimit = 100; // a full sync of the small community takes about 116 requests
} // namespace

class TestSyncRateLimit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepingToTheLimitProvokesNo429()
    {
        VirtualClock clock(kNow);
        clock.setAutoAdvance(true);
        sandbox::ServerOptions options;
        options.rateLimitPerMinute = kServerLimit;
        options.clock = &clock;
        auto server = startSandbox(options);
        QTemporaryDir dir;
        SyncRig rig(dir.filePath("s.db"), adminSite(*server, kServerLimit));
        rig.client.setClock(&clock);
        const qint64 started = clock.monotonicMs();
        QVERIFY2(rig.sync(int(SyncScope::All), 240000), qPrintable(rig.engine.error().summary()));
        const SyncSummary& s = rig.engine.summary();
        QVERIFY2(s.requests > kServerLimit,
                 "the sync must need more than one minute's worth of requests");
        QCOMPARE(s.rateLimited, 0);
        // The floor the limit sets: request N+1 cannot go before the first has left the window.
        const qint64 took = clock.monotonicMs() - started;
        QVERIFY2(took >= 60000, qPrintable(QString::number(took)));
        qInfo("%d requests at %d/min: %lld ms of the sync's time, no 429", s.requests, kServerLimit,
              took);
    }

    void obeysThe429sItGets()
    {
        VirtualClock clock(kNow);
        clock.setAutoAdvance(true);
        sandbox::ServerOptions options;
        options.rateLimitPerMinute = kServerLimit;
        options.clock = &clock;
        auto server = startSandbox(options);
        QTemporaryDir dir;
        SyncRig rig(dir.filePath("s.db"), adminSite(*server, 10 * kServerLimit));
        rig.client.setClock(&clock);
        int pauses = 0;
        connect(&rig.client, &DiscourseClient::rateLimited, &rig.client, [&pauses](int seconds) {
            QVERIFY(seconds >= 1);
            ++pauses;
        });
        QVERIFY2(rig.sync(int(SyncScope::All), 240000), qPrintable(rig.engine.error().summary()));
        QVERIFY(rig.engine.summary().rateLimited > 0);
        QCOMPARE(pauses, rig.engine.summary().rateLimited);
        // The 429s paused the whole queue: only the requests already on the wire got one.
        QVERIFY2(rig.engine.summary().rateLimited <= 4,
                 qPrintable(QString::number(rig.engine.summary().rateLimited)));
        // The pauses were waited out on the clock, not skipped: past the server's minute.
        QVERIFY2(clock.monotonicMs() >= 60000, qPrintable(QString::number(clock.monotonicMs())));
        qInfo("%d requests, %d answered 429 and sent again", rig.engine.summary().requests,
              rig.engine.summary().rateLimited);
    }
};

QTEST_GUILESS_MAIN(TestSyncRateLimit)
#include "tst_syncratelimit.moc"
