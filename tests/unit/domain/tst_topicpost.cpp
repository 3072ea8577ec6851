// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/category.h"
#include "models/domain/post.h"
#include "models/domain/topic.h"

#include <QTest>

using namespace steward;

class TestTopicPost : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void archetypeRoundTrip()
    {
        QCOMPARE(archetypeFromString(u"private_message"), Archetype::PrivateMessage);
        QCOMPARE(archetypeFromString(u"regular"), Archetype::Regular);
        QCOMPARE(archetypeFromString(u"banner"), Archetype::Regular);
        QCOMPARE(archetypeToString(Archetype::PrivateMessage), QStringLiteral("private_message"));
    }

    void topicState()
    {
        Topic topic;
        topic.id = 42;
        QCOMPARE(topic.path(), QStringLiteral("/t/-/42"));
        topic.slug = QStringLiteral("cannot-log-in-after-update");
        QCOMPARE(topic.path(), QStringLiteral("/t/cannot-log-in-after-update/42"));
        QVERIFY(!topic.isDeleted());
        QVERIFY(!topic.hasAcceptedAnswer());
        topic.acceptedAnswerPostId = 0;
        QVERIFY2(topic.hasAcceptedAnswer(), "an accepted answer is set even if its id is 0");
        topic.deletedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(topic.isDeleted());
    }

    void postTypeFromInt_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<bool>("valid");
        for (int v : {0, 1, 2, 3, 4, 5})
            QTest::addRow("%d", v) << v << (v >= 1 && v <= 4);
    }
    void postTypeFromInt()
    {
        QFETCH(int, value);
        QFETCH(bool, valid);
        QCOMPARE(steward::postTypeFromInt(value).has_value(), valid);
    }

    void countableReply_data()
    {
        QTest::addColumn<int>("postNumber");
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("deleted");
        QTest::addColumn<bool>("countable");
        QTest::newRow("first post") << 1 << 1 << false << false;
        QTest::newRow("regular reply") << 2 << 1 << false << true;
        QTest::newRow("deleted reply") << 2 << 1 << true << false;
        QTest::newRow("small action") << 3 << 3 << false << false;
        QTest::newRow("whisper") << 4 << 4 << false << false;
        QTest::newRow("moderator action") << 5 << 2 << false << false;
    }
    void countableReply()
    {
        QFETCH(int, postNumber);
        QFETCH(int, type);
        QFETCH(bool, deleted);
        QFETCH(bool, countable);
        Post post;
        post.postNumber = postNumber;
        post.type = static_cast<PostType>(type);
        if (deleted)
            post.deletedAt = QDateTime::currentDateTimeUtc();
        QCOMPARE(post.isCountableReply(), countable);
    }

    void categoryEquality()
    {
        Category a;
        a.id = 5;
        a.name = QStringLiteral("Billing & Accounts");
        Category b = a;
        QCOMPARE(a, b);
        b.parentId = 2;
        QVERIFY(b.isSubcategory());
        QVERIFY(a != b);
    }
};

QTEST_GUILESS_MAIN(TestTopicPost)
#include "tst_topicpost.moc"
