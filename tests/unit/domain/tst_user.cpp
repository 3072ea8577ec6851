// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/user.h"

#include <QTest>

using namespace steward;

class TestUser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void trustLevelFromInt_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("below") << -1 << false;
        QTest::newRow("new user") << 0 << true;
        QTest::newRow("leader") << 4 << true;
        QTest::newRow("above") << 5 << false;
    }
    void trustLevelFromInt()
    {
        QFETCH(int, value);
        QFETCH(bool, valid);
        const auto level = steward::trustLevelFromInt(value);
        QCOMPARE(level.has_value(), valid);
        if (valid)
            QCOMPARE(int(*level), value);
    }

    void trustLevelNames()
    {
        QCOMPARE(trustLevelName(TrustLevel::NewUser), QStringLiteral("new user"));
        QCOMPARE(trustLevelName(TrustLevel::Regular), QStringLiteral("regular"));
        QCOMPARE(trustLevelName(TrustLevel::Leader), QStringLiteral("leader"));
    }

    void staffIsAdminOrModerator()
    {
        User user;
        QVERIFY(!user.isStaff());
        user.moderator = true;
        QVERIFY(user.isStaff());
        user.moderator = false;
        user.admin = true;
        QVERIFY(user.isStaff());
        user.trustLevel = TrustLevel::Leader;
        user.admin = false;
        QVERIFY2(!user.isStaff(), "trust level 4 alone is not staff");
    }

    void suspensionAndSilenceAreTimeBound()
    {
        const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::UTC);
        User user;
        QVERIFY(!user.isSuspendedAt(now));
        QVERIFY(!user.isSilencedAt(now));
        user.suspendedUntil = now.addDays(3);
        user.silencedUntil = now.addSecs(-1);
        QVERIFY(user.isSuspendedAt(now));
        QVERIFY(!user.isSilencedAt(now));
        QVERIFY(!user.isSuspendedAt(now.addDays(3)));
    }

    void avatarPathSubstitutesSize()
    {
        User user;
        user.avatarTemplate =
            QStringLiteral("/user_avatar/forum.example.com/alice/{size}/12_2.png");
        QCOMPARE(user.avatarPath(48),
                 QStringLiteral("/user_avatar/forum.example.com/alice/48/12_2.png"));
        QCOMPARE(user.avatarTemplate,
                 QStringLiteral("/user_avatar/forum.example.com/alice/{size}/12_2.png"));
    }
};

QTEST_GUILESS_MAIN(TestUser)
#include "tst_user.moc"
