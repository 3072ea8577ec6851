// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/reviewable.h"

#include <QTest>

using namespace steward;

namespace {

ReviewableScore flag(Id user, int type)
{
    ReviewableScore score;
    score.userId = user;
    score.scoreTypeId = type;
    return score;
}

ReviewableAction actionWith(const QString& id, const QString& server = {}, const QString& name = {})
{
    ReviewableAction action;
    action.id = id;
    action.serverAction = server;
    action.actionName = name;
    return action;
}

} // namespace

class TestReviewable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<ReviewableType>("type");
        QTest::newRow("flagged") << "ReviewableFlaggedPost" << ReviewableType::FlaggedPost;
        QTest::newRow("queued") << "ReviewableQueuedPost" << ReviewableType::QueuedPost;
        QTest::newRow("user") << "ReviewableUser" << ReviewableType::User;
        QTest::newRow("post") << "ReviewablePost" << ReviewableType::Post;
        QTest::newRow("plugin") << "ReviewableChatMessage" << ReviewableType::Other;
        QTest::newRow("case differs") << "reviewableflaggedpost" << ReviewableType::Other;
    }
    void typeNames()
    {
        QFETCH(QString, name);
        QFETCH(ReviewableType, type);
        QCOMPARE(reviewableTypeFromName(name), type);
        if (type != ReviewableType::Other)
            QCOMPARE(reviewableTypeName(type), name);
    }

    void statusFromString_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("expected"); // -1: invalid
        QTest::newRow("int pending") << "0" << 0;
        QTest::newRow("int deleted") << "4" << 4;
        QTest::newRow("int out of range") << "5" << -1;
        QTest::newRow("negative") << "-1" << -1;
        QTest::newRow("name approved") << "approved" << 1;
        QTest::newRow("name ignored") << "ignored" << 3;
        QTest::newRow("unknown name") << "reviewed" << -1;
        QTest::newRow("empty") << "" << -1;
    }
    void statusFromString()
    {
        QFETCH(QString, value);
        QFETCH(int, expected);
        const auto status = reviewableStatusFromString(value);
        QCOMPARE(status.has_value(), expected >= 0);
        if (status) {
            QCOMPARE(int(*status), expected);
            QCOMPARE(reviewableStatusFromString(reviewableStatusName(*status)), status);
        }
    }

    void scoreStatusAndTypes()
    {
        QCOMPARE(scoreStatusFromInt(2), ScoreStatus::Disagreed);
        QVERIFY(!scoreStatusFromInt(4).has_value());
        QCOMPARE(scoreTypeKey(ScoreTypeId::Spam), QStringLiteral("spam"));
        QCOMPARE(scoreTypeKey(ScoreTypeId::Illegal), QStringLiteral("illegal"));
        QCOMPARE(scoreTypeKey(ScoreTypeId::NeedsApproval), QStringLiteral("needs_approval"));
        QVERIFY2(scoreTypeKey(1001).isEmpty(), "custom flag types are unknown to Steward");
    }

    void performId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bare id") << "agree_and_keep" << "" << "" << "agree_and_keep";
        QTest::newRow("prefixed id") << "1234-approve_post" << "" << "" << "approve_post";
        QTest::newRow("server action wins")
            << "1234-agree_and_suspend" << "agree_and_keep" << "" << "agree_and_keep";
        QTest::newRow("action name next")
            << "77-ignore_and_do_nothing" << "" << "ignore" << "ignore";
        QTest::newRow("bad server action falls through")
            << "disagree" << "Drop Table" << "" << "disagree";
        QTest::newRow("garbage") << "12-Agree!" << "" << "" << "";
        QTest::newRow("prefix only") << "1234-" << "" << "" << "";
    }
    void performId()
    {
        QFETCH(QString, id);
        QFETCH(QString, server);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(actionWith(id, server, name).performId(), expected);
    }

    void followUpActions()
    {
        QVERIFY(actionWith(QStringLiteral("9-agree_and_suspend"), QStringLiteral("agree_and_keep"))
                    .needsFollowUp());
        QVERIFY(actionWith(QStringLiteral("agree_and_silence")).needsFollowUp());
        QVERIFY(actionWith(QStringLiteral("agree_and_edit")).needsFollowUp());
        QVERIFY(!actionWith(QStringLiteral("agree_and_keep")).needsFollowUp());
        QVERIFY(!actionWith(QStringLiteral("delete_user")).needsFollowUp());
    }

    void findsOfferedActionOnly()
    {
        Reviewable item;
        item.actions = {actionWith(QStringLiteral("5-agree_and_keep")),
                        actionWith(QStringLiteral("5-disagree"))};
        QVERIFY(item.action(QStringLiteral("disagree")).has_value());
        QCOMPARE(item.action(QStringLiteral("agree_and_keep"))->id,
                 QStringLiteral("5-agree_and_keep"));
        QVERIFY2(!item.action(QStringLiteral("ignore")).has_value(), "not offered by the server");
    }

    void reasonCountsMostFrequentFirst()
    {
        Reviewable item;
        item.scores = {flag(1, ScoreTypeId::Inappropriate), flag(2, ScoreTypeId::Spam),
                       flag(3, ScoreTypeId::Spam), flag(4, ScoreTypeId::OffTopic),
                       flag(2, ScoreTypeId::Spam)};
        const QList<std::pair<int, int>> expected{
            {ScoreTypeId::Spam, 3}, {ScoreTypeId::OffTopic, 1}, {ScoreTypeId::Inappropriate, 1}};
        QCOMPARE(item.reasonCounts(), expected);
        QCOMPARE(item.flaggerIds(), (QList<Id>{1, 2, 3, 4}));
        QVERIFY(Reviewable{}.reasonCounts().isEmpty());
    }

    void priorityThresholds_data()
    {
        QTest::addColumn<double>("score");
        QTest::addColumn<ReviewPriority>("priority");
        QTest::newRow("below medium") << 2.9 << ReviewPriority::Low;
        QTest::newRow("at medium") << 3.0 << ReviewPriority::Medium;
        QTest::newRow("between") << 9.5 << ReviewPriority::Medium;
        QTest::newRow("at high") << 10.0 << ReviewPriority::High;
    }
    void priorityThresholds()
    {
        QFETCH(double, score);
        QFETCH(ReviewPriority, priority);
        QCOMPARE(priorityForScore(score, PriorityThresholds{3.0, 10.0}), priority);
    }

    void stateHelpers()
    {
        Reviewable item;
        QVERIFY(item.isPending());
        QVERIFY(!item.isClaimed());
        item.claimedById = 7;
        item.status = ReviewableStatus::Ignored;
        QVERIFY(item.isClaimed());
        QVERIFY(!item.isPending());
    }
};

QTEST_GUILESS_MAIN(TestReviewable)
#include "tst_reviewable.moc"
