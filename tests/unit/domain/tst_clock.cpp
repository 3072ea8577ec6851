// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The time seam: a VirtualClock runs callbacks in due order only when time passes, and a
// ClockTimer re-arms as a single-shot QTimer does.
#include "models/domain/clock.h"

#include <QSignalSpy>
#include <QTest>

using namespace steward;

class TestClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void manualTimeRunsCallbacksInDueOrder()
    {
        VirtualClock clock;
        QStringList ran;
        clock.callAfter(300, this, [&] { ran << QStringLiteral("c@%1").arg(clock.monotonicMs()); });
        clock.callAfter(100, this, [&] {
            ran << QStringLiteral("a@%1").arg(clock.monotonicMs());
            clock.callAfter(50, this,
                            [&] { ran << QStringLiteral("b@%1").arg(clock.monotonicMs()); });
        });
        QCoreApplication::processEvents();
        QVERIFY(ran.isEmpty()); // no time passed
        clock.advance(99);
        QVERIFY(ran.isEmpty());
        clock.advance(201);
        QCOMPARE(ran, (QStringList{"a@100", "b@150", "c@300"}));
        QCOMPARE(clock.monotonicMs(), 300);
        QCOMPARE(clock.nowUtc(),
                 QDateTime(QDate(2026, 11, 20), QTime(15, 0), QTimeZone::UTC).addMSecs(300));
    }

    void aDestroyedContextIsNeverCalled()
    {
        VirtualClock clock;
        bool ran = false;
        {
            QObject context;
            clock.callAfter(10, &context, [&] { ran = true; });
        }
        clock.advance(20);
        QVERIFY(!ran);
    }

    void autoAdvanceJumpsOnlyWhenNoRealWorkIsOpen()
    {
        VirtualClock clock;
        clock.setAutoAdvance(true);
        bool ran = false;
        clock.beginRealWork();
        clock.callAfter(60000, this, [&] { ran = true; });
        QTest::qWait(20);
        QVERIFY2(!ran, "time jumped over a request on the wire");
        clock.endRealWork();
        QTRY_VERIFY_WITH_TIMEOUT(ran, 1000);
        QCOMPARE(clock.monotonicMs(), 60000);
    }

    void aClockTimerReArmsAndStops()
    {
        VirtualClock clock;
        ClockTimer timer(&clock);
        QSignalSpy fired(&timer, &ClockTimer::timeout);
        timer.start(1000);
        clock.advance(500);
        QCOMPARE(timer.remainingMs(), 500);
        timer.start(1000); // re-armed: due at 1500, not 1000
        clock.advance(600);
        QCOMPARE(fired.count(), 0);
        clock.advance(400);
        QCOMPARE(fired.count(), 1);
        QVERIFY(!timer.isActive());
        timer.start(10);
        timer.stop();
        clock.advance(100);
        QCOMPARE(fired.count(), 1);
    }

    void theSystemClockTimerFires()
    {
        ClockTimer timer(Clock::system());
        QSignalSpy fired(&timer, &ClockTimer::timeout);
        timer.start(1);
        QVERIFY(fired.wait(2000));
        QVERIFY(!timer.isActive());
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
