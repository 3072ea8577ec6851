// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Store upserts: what each source may overwrite, accepted answers, full-text search, the
// change signal, checkpoints, and rollback leaving nothing behind.
#include "models/net/parse/parse.h"
#include "models/store/database.h"
#include "models/store/store.h"
#include "models/store/store_queries.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

namespace {

QVariant one(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

Post post(Id id, Id topic, int number, const QString& raw)
{
    Post p;
    p.id = id;
    p.topicId = topic;
    p.postNumber = number;
    p.raw = raw;
    p.cooked = QStringLiteral("<p>%1</p>").arg(raw);
    p.createdAt = QDateTime(QDate(2026, 5, 1), QTime(10, 0), QTimeZone::UTC);
    return p;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void init()
    {
        m_store.reset();
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(
            m_db->open(m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction())),
                       &error),
            qPrintable(error));
        m_store = std::make_unique<Store>(*m_db);
    }

    void basicUsersDoNotEraseWhatAdminsSaid()
    {
        User full;
        full.id = 7;
        full.username = "mira";
        full.trustLevel = TrustLevel::Regular;
        full.moderator = true;
        full.suspendedUntil = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::UTC);
        QVERIFY(m_store->begin() && m_store->upsertUsers({full}, UserDetail::Full) &&
                m_store->commit());
        User basic;
        basic.id = 7;
        basic.username = "mira_renamed";
        QVERIFY(m_store->begin() && m_store->upsertUsers({basic}, UserDetail::Basic) &&
                m_store->commit());
        QCOMPARE(one(*m_db, "SELECT username FROM users WHERE id = 7").toString(),
                 QStringLiteral("mira_renamed"));
        QCOMPARE(one(*m_db, "SELECT trust_level FROM users WHERE id = 7").toInt(), 3);
        QCOMPARE(one(*m_db, "SELECT moderator FROM users WHERE id = 7").toInt(), 1);
        QVERIFY(!one(*m_db, "SELECT suspended_until FROM users WHERE id = 7").isNull());
    }

    void adminListRowsKeepCountsTheyDoNotCarry()
    {
        // The admin user detail says topics, likes and the reason; a later list row (which
        // carries none of them) must not write 0 or "" over them.
        const QJsonObject detail =
            QJsonDocument::fromJson(
                R"({"id":7,"username":"mira","topic_count":12,"like_count":40,"post_count":90,)"
                R"("suspended_till":"2027-01-01T00:00:00.000Z","suspend_reason":"spam…","full_suspend_reason":"spam links in signature"})")
                .object();
        const User fromDetail = parse::user(detail);
        QCOMPARE(fromDetail.likesReceived, 40);
        QCOMPARE(fromDetail.suspendReason, QStringLiteral("spam links in signature"));
        QVERIFY(m_store->begin() && m_store->upsertUsers({fromDetail}, UserDetail::Full) &&
                m_store->commit());
        const User fromList = parse::user(
            QJsonDocument::fromJson(
                R"({"id":7,"username":"mira","post_count":91,"suspended_till":"2027-01-01T00:00:00.000Z"})")
                .object());
        QCOMPARE(fromList.topicCount, -1);
        QVERIFY(m_store->begin() && m_store->upsertUsers({fromList}, UserDetail::Full) &&
                m_store->commit());
        QCOMPARE(one(*m_db, "SELECT topic_count FROM users WHERE id = 7").toInt(), 12);
        QCOMPARE(one(*m_db, "SELECT likes_received FROM users WHERE id = 7").toInt(), 40);
        QCOMPARE(one(*m_db, "SELECT post_count FROM users WHERE id = 7").toInt(), 91);
        QCOMPARE(one(*m_db, "SELECT suspend_reason FROM users WHERE id = 7").toString(),
                 QStringLiteral("spam links in signature"));
        // A user only ever seen in lists has unknown counts (-1), not 0.
        const User stranger = parse::user(
            QJsonDocument::fromJson(R"({"id":8,"username":"newbie","post_count":1})").object());
        QVERIFY(m_store->begin() && m_store->upsertUsers({stranger}, UserDetail::Full) &&
                m_store->commit());
        QCOMPARE(one(*m_db, "SELECT topic_count FROM users WHERE id = 8").toInt(), -1);
        QCOMPARE(one(*m_db, "SELECT likes_received FROM users WHERE id = 8").toInt(), -1);
    }

    void postsWithoutRawKeepTheirRaw()
    {
        QVERIFY(m_store->begin() &&
                m_store->upsertPosts({post(1, 10, 1, "How do I export a workspace?")}) &&
                m_store->commit());
        Post chunk = post(1, 10, 1, QString());
        chunk.likeCount = 4;
        QVERIFY(m_store->begin() && m_store->upsertPosts({chunk}) && m_store->commit());
        QCOMPARE(one(*m_db, "SELECT raw FROM posts WHERE id = 1").toString(),
                 QStringLiteral("How do I export a workspace?"));
        QCOMPARE(one(*m_db, "SELECT like_count FROM posts WHERE id = 1").toInt(), 4);
    }

    void fullTextSearchFollowsEdits()
    {
        QVERIFY(m_store->begin());
        QVERIFY(m_store->upsertPosts({post(1, 10, 1, "Billing invoice shows the wrong currency"),
                                      post(2, 10, 2, "Try the export in Ünicode mode"),
                                      post(3, 11, 1, "Webhook retries")}));
        QVERIFY(m_store->commit());
        const QString match = "SELECT group_concat(rowid) FROM (SELECT rowid FROM post_search "
                              "WHERE post_search MATCH '%1' ORDER BY rowid)";
        // Stored posts wait for the indexer, in batches of the size asked for.
        QCOMPARE(m_store->searchBacklog(), 3);
        QVERIFY(one(*m_db, match.arg("invoice")).isNull());
        QCOMPARE(m_store->indexSearch(2), 2);
        QCOMPARE(m_store->indexSearch(2), 1);
        QCOMPARE(m_store->indexSearch(2), 0);
        QCOMPARE(one(*m_db, match.arg("invoice")).toString(), QStringLiteral("1"));
        QCOMPARE(one(*m_db, match.arg("unicode")).toString(),
                 QStringLiteral("2")); // diacritics folded
        QVERIFY(m_db->exec(
            "INSERT INTO post_search (post_search, rank) VALUES ('integrity-check', 1)"));

        // An edit takes the old text out at once and queues the new; the same raw changes nothing.
        QVERIFY(m_store->begin() &&
                m_store->upsertPosts(
                    {post(1, 10, 1, "Refund requested"), post(3, 11, 1, "Webhook retries")}) &&
                m_store->commit());
        QVERIFY(one(*m_db, match.arg("invoice")).isNull());
        QCOMPARE(m_store->searchBacklog(), 1);
        QCOMPARE(m_store->indexSearch(100), 1);
        QCOMPARE(one(*m_db, match.arg("refund")).toString(), QStringLiteral("1"));
        QCOMPARE(one(*m_db, match.arg("webhook")).toString(), QStringLiteral("3"));

        // Deleting an indexed post and a queued one leaves the index equal to the content.
        QVERIFY(m_store->begin() && m_store->upsertPosts({post(4, 11, 2, "Queued then deleted")}) &&
                m_store->commit());
        QVERIFY(m_db->exec("DELETE FROM posts WHERE id IN (2, 4)"));
        QCOMPARE(m_store->searchBacklog(), 0);
        QVERIFY(one(*m_db, match.arg("unicode")).isNull());
        QVERIFY(m_db->exec(
            "INSERT INTO post_search (post_search, rank) VALUES ('integrity-check', 1)"));
    }

    void bulkLoadDropsAndRebuildsPostIndexes()
    {
        const QString count = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                              "('posts_topic', 'posts_user')";
        QCOMPARE(one(*m_db, count).toInt(), 2);
        QVERIFY2(m_store->beginBulkLoad(), qPrintable(m_store->lastError()));
        QCOMPARE(one(*m_db, count).toInt(), 0);
        QVERIFY(m_store->begin() &&
                m_store->upsertPosts({post(1, 10, 1, "a"), post(2, 10, 2, "b")}));
        QVERIFY2(m_store->createPostIndexes(), qPrintable(m_store->lastError()));
        QVERIFY(m_store->commit());
        QCOMPARE(one(*m_db, count).toInt(), 2);
        QCOMPARE(one(*m_db, "PRAGMA integrity_check").toString(), QStringLiteral("ok"));
    }

    void acceptedAnswersAreResolvedFromPosts()
    {
        Topic t;
        t.id = 10;
        t.title = "Export fails";
        t.acceptedAnswerPostId = 0; // a list said "solved" without naming the post
        Post answer = post(2, 10, 2, "Use the CLI");
        answer.acceptedAnswer = true;
        QVERIFY(m_store->begin() && m_store->upsertTopics({t}) &&
                m_store->upsertPosts({post(1, 10, 1, "Q"), answer}));
        QVERIFY(m_store->resolveAcceptedAnswers() && m_store->commit());
        QCOMPARE(
            one(*m_db, "SELECT accepted_answer_post_id FROM topics WHERE id = 10").toLongLong(), 2);
        // Another "solved" list entry keeps the known answer; "not solved" clears it.
        QVERIFY(m_store->begin() && m_store->upsertTopics({t}) && m_store->commit());
        QCOMPARE(
            one(*m_db, "SELECT accepted_answer_post_id FROM topics WHERE id = 10").toLongLong(), 2);
        t.acceptedAnswerPostId.reset();
        QVERIFY(m_store->begin() && m_store->upsertTopics({t}) && m_store->commit());
        QVERIFY(one(*m_db, "SELECT accepted_answer_post_id FROM topics WHERE id = 10").isNull());
    }

    void changedSaysWhichRowsAfterCommitOnly()
    {
        QSignalSpy changed(m_store.get(), &Store::changed);
        Reviewable r;
        r.id = 5;
        r.typeName = "ReviewableFlaggedPost";
        r.type = ReviewableType::FlaggedPost;
        ReviewableScore s;
        s.id = 50;
        s.scoreTypeId = ScoreTypeId::Spam;
        r.scores = {s, ReviewableScore{
                           51, 3, 4, "inappropriate", 2.0, ScoreStatus::Pending, {}, {}, {}, 0}};
        QVERIFY(m_store->begin() && m_store->upsertReviewables({r}) &&
                m_store->upsertPosts({post(9, 3, 1, "x")}));
        QCOMPARE(changed.count(), 0);
        QVERIFY(m_store->commit());
        QCOMPARE(changed.count(), 1);
        const ChangeSet set = changed.first().first().value<ChangeSet>();
        QCOMPARE(set.reviewables, QSet<Id>{5});
        QCOMPARE(set.posts, QSet<Id>{9});
        QVERIFY(set.topics.isEmpty());
        QCOMPARE(
            one(*m_db, "SELECT COUNT(*) FROM reviewable_scores WHERE reviewable_id = 5").toInt(),
            2);
        r.scores.removeLast(); // a score the server no longer lists goes
        QVERIFY(m_store->begin() && m_store->upsertReviewables({r}) && m_store->commit());
        QCOMPARE(
            one(*m_db, "SELECT COUNT(*) FROM reviewable_scores WHERE reviewable_id = 5").toInt(),
            1);
    }

    void rollbackLeavesNothing()
    {
        QSignalSpy changed(m_store.get(), &Store::changed);
        QVERIFY(m_store->begin() && m_store->upsertPosts({post(1, 10, 1, "a")}));
        QVERIFY(m_store->setCheckpoint("posts.before", "1"));
        m_store->rollback();
        QCOMPARE(one(*m_db, "SELECT COUNT(*) FROM posts").toInt(), 0);
        QVERIFY(m_store->checkpoint("posts.before").isEmpty());
        QCOMPARE(changed.count(), 0);
        QVERIFY(m_store->begin() && m_store->setCheckpoint("posts.before", "77") &&
                m_store->commit());
        QCOMPARE(m_store->checkpoint("posts.before"), QStringLiteral("77"));
    }

    void aFailedReadIsAnErrorNotNoRows()
    {
        QVERIFY(m_store->begin() && m_store->upsertPosts({post(1, 10, 1, "a")}) &&
                m_store->commit());
        QCOMPARE(queries::maxOf(*m_db, "posts", "id"), 1);
        QCOMPARE(queries::storedPostIds(*m_db, 1, 5)->size(), 1);
        QCOMPARE(queries::maxOf(*m_db, "topics", "id"), 0); // an empty table: 0, not an error
        // The sync's reads over a copy that lost its table: each says why, none says "empty".
        QSqlQuery drop(m_db->connection());
        QVERIFY(drop.exec(QStringLiteral("DROP TABLE posts")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("statement failed: .*no such table"));
        const StoreResult<qint64> max = queries::maxOf(*m_db, "posts", "id");
        QVERIFY(!max);
        QVERIFY2(max.error().contains(u"no such table"), qPrintable(max.error()));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("statement failed: .*no such table"));
        QVERIFY(!queries::storedPostIds(*m_db, 1, 5));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("statement failed: .*no such table"));
        QVERIFY(!queries::storedPostCount(*m_db, 10));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("statement failed: .*no such table"));
        QVERIFY(!queries::rowCount(*m_db, "posts"));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
