// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Full and incremental sync against the sandbox over loopback: the store must hold exactly
// what the sandbox holds, and an incremental sync must bring exactly what changed.
#include "tests/support/synctesting.h"

#include <QJsonObject>
#include <QTemporaryDir>

using namespace steward;
using namespace steward::sandbox;
using namespace steward::testing;

namespace {

QMap<Id, QString> rows(const Database& db, const QString& sql)
{
    QMap<Id, QString> out;
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        qFatal("query failed: %s", qPrintable(sql));
    while (q.next()) {
        QStringList cells;
        for (int i = 1; i < q.record().count(); ++i)
            cells.append(q.value(i).isNull() ? QStringLiteral("-") : q.value(i).toString());
        out.insert(q.value(0).toLongLong(), cells.join(u'|'));
    }
    return out;
}

QString b(bool v)
{
    return v ? QStringLiteral("1") : QStringLiteral("0");
}

/// What the store must hold, computed from the sandbox's own state.
struct Expected
{
    QMap<Id, QString> categories, users, topics, posts, reviewables;

    explicit Expected(const SandboxCommunity& c)
    {
        for (const Category& cat : c.categories)
            categories.insert(cat.id,
                              cat.name + u'|' + QString::number(cat.parentId ? cat.parentId : -1));
        for (const SandboxUser& m : c.users) {
            if (m.deleted)
                continue;
            const User& u = m.user;
            users.insert(u.id,
                         QStringList{u.username, QString::number(int(u.trustLevel)), b(u.admin),
                                     b(u.moderator), b(u.suspendedUntil.isValid()),
                                     b(u.silencedUntil.isValid())}
                             .join(u'|'));
        }
        for (const TopicRecord& t : c.topics) {
            // Steward copies no private messages: lists and /posts.json leave them out.
            if (t.topic.isDeleted() || t.topic.archetype == Archetype::PrivateMessage)
                continue;
            const Topic& x = t.topic;
            topics.insert(x.id, QStringList{x.title, QString::number(x.categoryId), b(x.closed),
                                            b(x.archived), b(x.visible), b(x.pinned),
                                            x.acceptedAnswerPostId
                                                ? QString::number(*x.acceptedAnswerPostId)
                                                : QStringLiteral("-")}
                                    .join(u'|'));
            for (int index : t.posts) {
                const PostRecord& p = c.posts[std::size_t(index)];
                posts.insert(p.id,
                             QStringList{QString::number(p.topicId), QString::number(p.postNumber),
                                         QString::number(int(p.type)), b(p.deletedAt != 0),
                                         b(p.hidden)}
                                 .join(u'|'));
            }
        }
        for (const ReviewRecord& r : c.reviews)
            reviewables.insert(r.item.id, QStringList{QString::number(int(r.item.status)),
                                                      QString::number(r.item.version),
                                                      QString::number(r.item.scores.size())}
                                              .join(u'|'));
    }
};

struct Actual
{
    QMap<Id, QString> categories, users, topics, posts, reviewables;

    explicit Actual(const Database& db)
    {
        categories = rows(db, "SELECT id, name, COALESCE(parent_id, -1) FROM categories");
        users = rows(
            db, "SELECT id, username, trust_level, admin, moderator, suspended_until IS NOT NULL, "
                "silenced_until IS NOT NULL FROM users");
        topics = rows(db, "SELECT id, title, category_id, closed, archived, visible, pinned, "
                          "accepted_answer_post_id FROM topics");
        posts = rows(db, "SELECT id, topic_id, post_number, post_type, deleted_at IS NOT NULL, "
                         "hidden FROM posts");
        reviewables =
            rows(db, "SELECT r.id, r.status, r.version, (SELECT COUNT(*) FROM reviewable_scores s "
                     "WHERE s.reviewable_id = r.id) FROM reviewables r");
    }
};

void compare(const QMap<Id, QString>& actual, const QMap<Id, QString>& expected, const char* what)
{
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (actual.value(it.key()) != it.value())
            QFAIL(qPrintable(QStringLiteral("%1 %2: store has '%3', sandbox has '%4'")
                                 .arg(QLatin1StringView(what))
                                 .arg(it.key())
                                 .arg(actual.value(it.key()), it.value())));
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it)
        if (!expected.contains(it.key()))
            QFAIL(qPrintable(QStringLiteral("%1 %2 is in the store but not in the sandbox")
                                 .arg(QLatin1StringView(what))
                                 .arg(it.key())));
}

void compareAll(const SandboxCommunity& c, const Database& db)
{
    const Expected e(c);
    const Actual a(db);
    compare(a.categories, e.categories, "category");
    compare(a.users, e.users, "user");
    compare(a.topics, e.topics, "topic");
    compare(a.posts, e.posts, "post");
    compare(a.reviewables, e.reviewables, "reviewable");
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullSyncHoldsExactlyTheSandbox()
    {
        auto server = startSandbox();
        QTemporaryDir dir;
        SyncRig rig(dir.filePath("steward.db"), adminSite(*server));
        QVERIFY2(rig.sync(), qPrintable(rig.engine.error().summary() + rig.engine.storeError()));
        QVERIFY(rig.engine.summary().full);
        compareAll(server->community(), rig.database);
        QSqlQuery q(rig.database.connection());
        QVERIFY(q.exec("SELECT COUNT(*) FROM posts WHERE post_type = 1 AND raw = ''") && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        qInfo("full sync: %d requests, %lld posts, %lld ms", rig.engine.summary().requests,
              rig.engine.summary().posts, rig.engine.summary().elapsedMs);
    }

    void incrementalSyncBringsExactlyTheChanges()
    {
        auto server = startSandbox();
        QTemporaryDir dir;
        SyncRig rig(dir.filePath("steward.db"), adminSite(*server));
        QVERIFY(rig.sync());
        const QString before = dumpTables(rig.database);

        // Nothing changed: an incremental sync writes no different row.
        QVERIFY(rig.sync());
        QVERIFY(!rig.engine.summary().full);
        {
            const QStringList a = dumpTables(rig.database).split('\n');
            const QStringList e = before.split('\n');
            for (int i = 0; i < std::min(a.size(), e.size()); ++i)
                QVERIFY2(a[i] == e[i], qPrintable("after: " + a[i] + "\nbefore: " + e[i]));
            QCOMPARE(a.size(), e.size());
        }

        // Change the sandbox: a reply, a closed topic, a review action, a suspension.
        const SandboxCommunity& c = server->community();
        const TopicRecord* replied = nullptr;
        const TopicRecord* closed = nullptr;
        for (const TopicRecord& t : c.topics) {
            if (t.topic.isDeleted() || t.topic.closed || t.topic.pinned)
                continue;
            (replied ? closed : replied) = &t;
            if (closed)
                break;
        }
        QVERIFY(replied && closed);
        const ReviewRecord* pending = nullptr;
        for (const ReviewRecord& r : c.reviews)
            if (r.item.isPending() && r.item.type == ReviewableType::FlaggedPost)
                pending = &r;
        QVERIFY(pending);
        const Id admin = c.userByName(server->adminCredentials().username)->user.id;
        const qint64 at = toSeconds(c.now) + 60;
        auto act = [&](QJsonObject action) {
            action.insert("actor", admin);
            action.insert("at", at);
            const sandbox::Reply reply = server->write(action);
            QVERIFY2(reply.status == 200, reply.body.constData());
        };
        act({{"op", "post.create"},
             {"topic_id", replied->topic.id},
             {"raw", "Restarting the sync agent fixed it for me, thanks!"}});
        act({{"op", "topic.status"},
             {"id", closed->topic.id},
             {"status", "closed"},
             {"enabled", true}});
        act({{"op", "review.perform"},
             {"id", pending->item.id},
             {"action", "agree_and_keep"},
             {"version", pending->item.version}});
        const Id pendingTopic = pending->item.topicId;

        QSignalSpy changed(&rig.store, &Store::changed);
        QVERIFY2(rig.sync(), qPrintable(rig.engine.error().summary() + rig.engine.storeError()));
        compareAll(server->community(), rig.database);
        QSet<Id> topics, reviewables;
        for (const QList<QVariant>& args : changed) {
            const ChangeSet set = args.first().value<ChangeSet>();
            topics.unite(set.topics);
            reviewables.unite(set.reviewables);
        }
        QVERIFY(topics.contains(replied->topic.id));
        QVERIFY(topics.contains(closed->topic.id));
        QVERIFY(topics.contains(pendingTopic));
        QVERIFY(reviewables.contains(pending->item.id));
        qInfo("incremental sync after 3 changes: %d requests", rig.engine.summary().requests);
        QVERIFY(rig.engine.summary().requests < 60);
    }

    void failsClearlyOnABadKey()
    {
        auto server = startSandbox();
        QTemporaryDir dir;
        SiteConnection site = adminSite(*server);
        site.apiKey = QStringLiteral("0123");
        SyncRig rig(dir.filePath("steward.db"), site);
        QVERIFY(!rig.sync());
        QCOMPARE(rig.engine.error().kind, ApiErrorKind::Forbidden);
        QCOMPARE(rig.engine.error().errorType, QStringLiteral("invalid_access"));
    }

    void survivesServerFaults()
    {
        // 5xx, malformed and truncated answers on a share of requests: GETs retry and the sync
        // still ends equal to the sandbox.
        sandbox::ServerOptions options;
        options.faults =
            *FaultSpec::parse(QStringLiteral("5xx=0.1,malformed=0.05,truncated=0.05"), nullptr);
        auto server = startSandbox(options);
        QTemporaryDir dir;
        SyncRig rig(dir.filePath("steward.db"), adminSite(*server));
        rig.client.setRetryPolicy(RetryPolicy{8, 20, 200});
        QVERIFY2(rig.sync(), qPrintable(rig.engine.error().summary() + rig.engine.storeError()));
        QVERIFY(rig.client.stats().retries > 0);
        compareAll(server->community(), rig.database);
    }

    void cancelStopsAndResumes()
    {
        auto server = startSandbox();
        QTemporaryDir dir;
        SyncRig rig(dir.filePath("steward.db"), adminSite(*server));
        QSignalSpy done(&rig.engine, &SyncEngine::finished);
        connect(&rig.engine, &SyncEngine::progressed, &rig.engine, [&](const SyncProgress& p) {
            if (p.phase == u"posts")
                rig.engine.cancel();
        });
        rig.engine.start();
        QVERIFY(done.wait(30000));
        QVERIFY(rig.engine.wasCancelled());
        QVERIFY(!done.first().first().toBool());
        disconnect(&rig.engine, &SyncEngine::progressed, nullptr, nullptr);
        QVERIFY(rig.sync());
        compareAll(server->community(), rig.database);
    }

    void aWalkKilledMidwayLeavesNoQueryWithoutItsIndexes()
    {
        auto server = startSandbox();
        QTemporaryDir dir;
        const auto postIndexes = [](Database& db) {
            QSqlQuery q(db.connection());
            QStringList names;
            if (q.exec(
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'posts' "
                    "AND name IN ('posts_topic', 'posts_user', 'posts_analytics') ORDER BY name"))
                while (q.next())
                    names.append(q.value(0).toString());
            return names;
        };
        const QStringList all{"posts_analytics", "posts_topic", "posts_user"};
        {
            SyncRig rig(dir.filePath("steward.db"), adminSite(*server));
            QVERIFY(rig.sync());
            QCOMPARE(postIndexes(rig.database), all);
            QVERIFY(rig.store.beginBulkLoad()); // as a walk over all posts does, then killed
            QVERIFY(postIndexes(rig.database).isEmpty());
        }
        // The next start syncs the queue first: it must not run on an unindexed store.
        SyncRig rig(dir.filePath("steward.db"), adminSite(*server));
        QVERIFY(rig.sync(int(SyncScope::Queue)));
        QCOMPARE(postIndexes(rig.database), all);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
