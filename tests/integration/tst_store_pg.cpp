// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The store on PostgreSQL (a real server from Debian's package, started here) against the same
// store on SQLite: one sandbox synced into both must give equal tables, and every read the
// windows make (the queue, its searches, the topic browser, a thread, the analytics dataset)
// must give the same answers from either.
#include "models/analytics/report.h"
#include "models/analytics/reportexport.h"
#include "models/items/queuefiltermodel.h"
#include "models/items/queuemodel.h"
#include "models/store/outboxstore.h"
#include "models/store/reviewqueries.h"
#include "models/store/statement.h"
#include "models/store/threadqueries.h"
#include "models/store/topicqueries.h"
#include "tests/support/postgresserver.h"
#include "tests/support/synctesting.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <chrono>
#include <latch>
#include <thread>

using namespace steward;
using namespace steward::testing;
using namespace Qt::StringLiterals;

class TestStorePostgres : public QObject
{
    Q_OBJECT

    static QSet<Id> queuePosts(const Database& db)
    {
        QSet<Id> out;
        for (const QueueRow& row : reviewqueries::queueRows(db))
            if (row.targetPostId != 0)
                out.insert(row.targetPostId);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_postgres.start(&error), qPrintable(error));
        m_sandbox = startSandbox();
        m_location = m_postgres.createDatabase(QStringLiteral("synced"));
        QVERIFY(!m_location.isEmpty());
        m_pg = std::make_unique<SyncRig>(m_location, adminSite(*m_sandbox));
        m_lite = std::make_unique<SyncRig>(m_dir.filePath(QStringLiteral("copy.db")),
                                           adminSite(*m_sandbox));
        QVERIFY(m_pg->sync());
        QVERIFY(m_lite->sync());
        // Names beyond ASCII, which the sandbox does not write.
        for (Store* store : {&m_pg->store, &m_lite->store}) {
            User user;
            user.id = 990001;
            user.username = QStringLiteral("ubermod");
            user.name = QStringLiteral("Über Москва");
            Topic topic;
            topic.id = 990001;
            topic.title = QStringLiteral("Größe der Übersicht");
            QVERIFY(store->begin() && store->upsertUsers({user}, UserDetail::Full) &&
                    store->upsertTopics({topic}) && store->commit());
        }
    }

    void opensLocationsInEveryForm()
    {
        QVERIFY(Database::isServerLocation(QStringLiteral("postgresql://h/db")));
        QVERIFY(Database::isServerLocation(QStringLiteral("postgres://u:p@h:5433/db")));
        QVERIFY(Database::isServerLocation(QStringLiteral("host=/run/pg dbname=steward")));
        QVERIFY(!Database::isServerLocation(QStringLiteral("/home/me/steward.db")));
        QCOMPARE(Database::displayLocation(QStringLiteral("postgresql://me:s3cret@h/db")),
                 QStringLiteral("postgresql://me:***@h/db"));
        QCOMPARE(Database::displayLocation(QStringLiteral("host=h password='a b' dbname=d")),
                 QStringLiteral("host=h password=*** dbname=d"));

        // The keyword form reaches the same server; the schema is there and current.
        const QString dir = QUrl::fromPercentEncoding(
            m_location.section(QStringLiteral("host="), 1).section(u'&', 0, 0).toUtf8());
        Database db;
        QString error;
        QVERIFY2(db.open(QStringLiteral("host=%1 port=54329 user=steward dbname=synced").arg(dir),
                         &error),
                 qPrintable(error));
        QCOMPARE(db.backend(), Database::Backend::PostgreSQL);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());

        Database missing;
        QVERIFY(!missing.open(m_postgres.location(QStringLiteral("nowhere")), &error));
        QVERIFY2(error.contains(QStringLiteral("cannot connect")), qPrintable(error));
    }

    void migratesOnceWhenTwoOpenAtOnce()
    {
        // Two Stewards opening a new team database in the same instant, each on its own
        // thread and connection: one migrates, the other waits for it and finds it done.
        const QString location = m_postgres.createDatabase(QStringLiteral("fresh"));
        struct Opening
        {
            bool ok = false;
            QString error;
            int version = 0;
            std::chrono::steady_clock::time_point began, ended;
        };
        std::array<Opening, 2> openings;
        std::latch start(2);
        const auto open = [&](Opening& out) {
            start.arrive_and_wait();
            out.began = std::chrono::steady_clock::now();
            Database db;
            out.ok = db.open(location, &out.error);
            out.version = db.schemaVersion();
            out.ended = std::chrono::steady_clock::now();
        };
        // The migrations' lock is held here until both are waiting for it: at it together
        // however the two threads are scheduled.
        QSqlDatabase holder =
            QSqlDatabase::cloneDatabase(m_postgres.database(), QStringLiteral("migration-lock"));
        holder.setDatabaseName(QStringLiteral("fresh")); // advisory locks are per database
        QVERIFY(holder.open());
        QSqlQuery lock(holder);
        QVERIFY(lock.exec(QStringLiteral("SELECT pg_advisory_lock(5374657761726400)")));
        std::thread first(open, std::ref(openings[0]));
        std::thread second(open, std::ref(openings[1]));
        const auto waiting = [&] {
            QSqlQuery q(holder);
            return q.exec(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = "
                                         "'advisory' AND NOT granted")) &&
                   q.next() && q.value(0).toInt() == 2;
        };
        bool bothWaited = false;
        for (QDeadlineTimer deadline(30000); !bothWaited && !deadline.hasExpired();
             QTest::qWait(20))
            bothWaited = waiting();
        const bool unlocked =
            lock.exec(QStringLiteral("SELECT pg_advisory_unlock(5374657761726400)"));
        first.join();
        second.join();
        QVERIFY(bothWaited);
        QVERIFY(unlocked);
        for (const Opening& o : openings) {
            QVERIFY2(o.ok, qPrintable(o.error));
            QCOMPARE(o.version, Database::latestSchemaVersion());
        }
        // They were at it together (each migration takes tens of milliseconds).
        QVERIFY(openings[0].began < openings[1].ended && openings[1].began < openings[0].ended);
        Database after;
        QString error;
        QVERIFY2(after.open(location, &error), qPrintable(error));
        QSqlQuery q(after.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM steward_schema")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = "
                                      "'queue_post_search_document'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void streamsRowsInChunks()
    {
        // Rows come a chunk at a time (Statement::setStreamedResults); leaving early, or an
        // error after the first chunks, leaves the connection ready for the next statement.
        const QSqlDatabase& connection = m_pg->database.connection();
        const auto stream = [&](const char* sql, qint64 stopAfter, qint64* rows, QString* error) {
            Statement q;
            if (!q.prepare(connection, sql, error))
                return false;
            q.setBinaryResults(true);
            q.setStreamedResults(true);
            qint64 sum = 0;
            *rows = 0;
            while ((stopAfter < 0 || *rows < stopAfter) && q.next(error)) {
                sum += q.int64(0);
                ++*rows;
            }
            return sum > 0;
        };
        qint64 rows = 0;
        QString error;
        QVERIFY(stream("SELECT g FROM generate_series(1, 5000) g", -1, &rows, &error));
        QCOMPARE(rows, 5000);
        QVERIFY(error.isEmpty());
        QVERIFY(stream("SELECT g FROM generate_series(1, 5000) g", 10, &rows, &error));
        QCOMPARE(rows, 10);
        stream("SELECT 1 / (4500 - g) FROM generate_series(1, 5000) g", -1, &rows, &error);
        QVERIFY2(rows >= 2000 && rows < 4500, qPrintable(QString::number(rows)));
        QVERIFY2(error.contains(QStringLiteral("division by zero")), qPrintable(error));
        QSqlQuery after(connection);
        QVERIFY2(after.exec(QStringLiteral("SELECT count(*) FROM reviewables")) && after.next(),
                 qPrintable(after.lastError().text()));
        QCOMPARE(after.value(0).toLongLong(), reviewqueries::queueRows(m_pg->database).size());
    }

    void aFirstSyncLeavesThePlannerItsStatistics()
    {
        // Filled faster than autovacuum looks, the tables had none, and the planner scanned
        // where an index answers (SyncEngine::finish, Store::refreshStatistics).
        QSqlQuery q(m_pg->database.connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT relname FROM pg_stat_user_tables WHERE relname IN ('posts', "
            "'reviewables', 'reviewable_scores', 'users', 'topics') AND last_analyze "
            "IS NOT NULL AND last_vacuum IS NOT NULL")));
        QStringList analysed;
        while (q.next())
            analysed.append(q.value(0).toString());
        analysed.sort();
        QCOMPARE(analysed,
                 QStringList({"posts", "reviewable_scores", "reviewables", "topics", "users"}));
    }

    void syncsTheSameTables()
    {
        QCOMPARE(digest(dumpTables(m_pg->database)), digest(dumpTables(m_lite->database)));
        QSqlQuery q(m_pg->database.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM posts")) && q.next());
        QVERIFY(q.value(0).toInt() > 1000);
        // A second sync changes nothing and doubles nothing.
        const QString before = dumpTables(m_pg->database);
        QVERIFY(m_pg->sync());
        QCOMPARE(digest(dumpTables(m_pg->database)), digest(before));
    }

    void readsTheQueueAlike()
    {
        const QList<QueueRow> pg = reviewqueries::queueRows(m_pg->database);
        const QList<QueueRow> lite = reviewqueries::queueRows(m_lite->database);
        QCOMPARE(pg.size(), lite.size());
        QVERIFY(!pg.isEmpty());
        // Newest first on both; items created in the same millisecond in either order.
        for (qsizetype i = 0; i < pg.size(); ++i) {
            QCOMPARE(pg[i].createdAtMs, lite[i].createdAtMs);
            if (i > 0)
                QVERIFY(pg[i].createdAtMs <= pg[i - 1].createdAtMs);
        }
        const auto byId = [](QList<QueueRow> rows) {
            std::sort(rows.begin(), rows.end(),
                      [](const QueueRow& a, const QueueRow& b) { return a.id < b.id; });
            return rows;
        };
        const QList<QueueRow> a = byId(pg);
        const QList<QueueRow> b = byId(lite);
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].id, b[i].id);
            QCOMPARE(a[i].reasons, b[i].reasons);
            QCOMPARE(a[i].status, b[i].status);
        }
        reviewqueries::QueueTextReader pgText(m_pg->database);
        reviewqueries::QueueTextReader liteText(m_lite->database);
        for (qsizetype i = 0; i < std::min<qsizetype>(a.size(), 50); ++i) {
            const QueueRowText x = pgText.read(a[i]);
            const QueueRowText y = liteText.read(b[i]);
            QCOMPARE(x.excerpt, y.excerpt);
            QCOMPARE(x.author, y.author);
            QCOMPARE(x.topicTitle, y.topicTitle);
        }
    }

    void searchesAlike_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* text : {"the", "login", "PASS", "error cod", "o'brien", "50%", "a_b",
                                 "re-install", "\"quoted words\"", "back\\slash"})
            QTest::newRow(text) << QString::fromUtf8(text);
    }
    void searchesAlike()
    {
        QFETCH(QString, text);
        const auto pgNames = reviewqueries::namesMatching(m_pg->database, text);
        const auto liteNames = reviewqueries::namesMatching(m_lite->database, text);
        QCOMPARE(pgNames.users, liteNames.users);
        QCOMPARE(pgNames.topics, liteNames.topics);
        QCOMPARE(pgNames.categories, liteNames.categories);
        QCOMPARE(pgNames.queuedItems, liteNames.queuedItems);
        // Full text: SQLite's tokenizer folds diacritics and PostgreSQL's 'simple' does not,
        // and the sandbox writes none; the same posts match.
        // PostgreSQL searches only the queue's posts (queue_post_search), SQLite every post.
        while (m_lite->store.indexSearch(5000) > 0) {
        }
        const QSet<Id> queued = queuePosts(m_pg->database);
        QCOMPARE(queued, queuePosts(m_lite->database));
        const QSet<Id> pg = reviewqueries::searchQueuePosts(m_pg->database, text);
        QCOMPARE(pg, reviewqueries::searchQueuePosts(m_lite->database, text).intersect(queued));
        QVERIFY(queued.contains(pg));
    }

    void searchesTheQueuesPostsAsTheyChange()
    {
        // A post stored before its queue item, one after it, and an edit: each is found by
        // its words as they are now, on both stores.
        for (SyncRig* rig : {m_pg.get(), m_lite.get()}) {
            Store& store = rig->store;
            const auto post = [](Id id, const QString& raw) {
                Post p;
                p.id = id;
                p.topicId = 990001;
                p.postNumber = int(id - 990000);
                p.raw = raw;
                p.cooked = u"<p>"_s + raw + u"</p>"_s;
                return p;
            };
            const auto flag = [](Id id, Id postId) {
                Reviewable r;
                r.id = id;
                r.type = ReviewableType::FlaggedPost;
                r.typeName = u"ReviewableFlaggedPost"_s;
                r.targetId = postId;
                r.topicId = 990001;
                return r;
            };
            QVERIFY(store.begin() && store.upsertPosts({post(990001, u"zebracorn first"_s)}) &&
                    store.upsertReviewables({flag(990001, 990001)}) &&
                    store.upsertReviewables({flag(990002, 990002)}) &&
                    store.upsertPosts({post(990002, u"quokkafy second"_s)}) && store.commit());
            while (store.indexSearch(5000) > 0) {
            }
            const Database& db = rig->database;
            QCOMPARE(reviewqueries::searchQueuePosts(db, u"zebrac"_s), QSet<Id>({990001}));
            QCOMPARE(reviewqueries::searchQueuePosts(db, u"quokkafy"_s), QSet<Id>({990002}));
            QVERIFY(store.begin() && store.upsertPosts({post(990002, u"wombatish edited"_s)}) &&
                    store.commit());
            while (store.indexSearch(5000) > 0) {
            }
            QVERIFY(reviewqueries::searchQueuePosts(db, u"quokkafy"_s).isEmpty());
            QCOMPARE(reviewqueries::searchQueuePosts(db, u"wombatish"_s), QSet<Id>({990002}));
        }
    }

    void aSearchMatchesItemsThatArriveWhileItIsOn()
    {
        // On PostgreSQL a search covers the queue's posts only: an item flagged on an old
        // post after the search began is matched when it arrives.
        Store& store = m_pg->store;
        QueueModel model(store);
        model.reload();
        QueueFilterModel filter(model);
        Post post;
        post.id = 990020;
        post.topicId = 990001;
        post.postNumber = 20;
        post.raw = u"narwhalish behaviour in the thread"_s;
        post.cooked = u"<p>"_s + post.raw + u"</p>"_s;
        QVERIFY(store.begin() && store.upsertPosts({post}) && store.commit());
        QueueFilter searching;
        searching.search = u"narwhalish"_s;
        filter.setFilter(searching);
        QCOMPARE(filter.rowCount(), 0);
        Reviewable flag;
        flag.id = 990020;
        flag.type = ReviewableType::FlaggedPost;
        flag.typeName = u"ReviewableFlaggedPost"_s;
        flag.targetId = post.id;
        flag.topicId = post.topicId;
        QVERIFY(store.begin() && store.upsertReviewables({flag}) && store.commit());
        QTRY_COMPARE(filter.rowCount(), 1);
        QCOMPARE(model.rowData(filter.mapToSource(filter.index(0, 0)).row())->id, flag.id);
        // The SQLite copy gets the same rows, as the tests after this one compare them.
        QVERIFY(m_lite->store.begin() && m_lite->store.upsertPosts({post}) &&
                m_lite->store.upsertReviewables({flag}) && m_lite->store.commit());
    }

    void listsTopicsAlike()
    {
        for (topics::Sort sort : {topics::Sort::Activity, topics::Sort::Created,
                                  topics::Sort::Title, topics::Sort::Replies}) {
            for (bool descending : {true, false}) {
                topics::Filter filter;
                filter.sort = sort;
                filter.descending = descending;
                QCOMPARE(topics::ids(m_pg->database, filter),
                         topics::ids(m_lite->database, filter));
            }
        }
        for (topics::View view : {topics::View::Unanswered, topics::View::Unsolved}) {
            topics::Filter filter;
            filter.view = view;
            QCOMPARE(topics::ids(m_pg->database, filter), topics::ids(m_lite->database, filter));
        }
        topics::Filter search;
        search.search = QStringLiteral("install");
        const QList<Id> found = topics::ids(m_pg->database, search);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found, topics::ids(m_lite->database, search));
    }

    void readsThreadsAlike()
    {
        const QList<Id> some = topics::ids(m_lite->database, topics::Filter{});
        QVERIFY(some.size() > 10);
        for (Id id : some.mid(0, 10)) {
            const auto a = thread::header(m_pg->database, id);
            const auto b = thread::header(m_lite->database, id);
            QVERIFY(a && b);
            QCOMPARE(a->title, b->title);
            QCOMPARE(a->acceptedPostId, b->acceptedPostId);
            QCOMPARE(a->storedPosts, b->storedPosts);
            const auto pa = thread::posts(m_pg->database, id, 0, 100);
            const auto pb = thread::posts(m_lite->database, id, 0, 100);
            QCOMPARE(pa.size(), pb.size());
            for (qsizetype i = 0; i < pa.size(); ++i)
                QCOMPARE(pa[i].post.id, pb[i].post.id);
        }
    }

    void computesTheSameReport()
    {
        analytics::Dataset pg;
        analytics::Dataset lite;
        QString error;
        QVERIFY2(analytics::loadDataset(m_pg->database, &pg, &error), qPrintable(error));
        QVERIFY2(analytics::loadDataset(m_lite->database, &lite, &error), qPrintable(error));
        analytics::Query query;
        query.from = kNow.date().addDays(-90);
        query.to = kNow.date();
        const auto json = [&](const analytics::Dataset& d) {
            QJsonObject o = analytics::reportToJson(analytics::computeReport(d, query), d, {});
            o.remove(QStringLiteral("generated_at"));
            return QJsonDocument(o).toJson();
        };
        QCOMPARE(json(pg), json(lite));
    }

    void queuesADecisionWithItsId()
    {
        OutboxStore outbox(m_pg->store);
        OutboxEntry entry;
        entry.actor = QStringLiteral("tester");
        entry.kind = ActionKind::ReviewPerform;
        entry.targetId = reviewqueries::queueRows(m_pg->database).first().id;
        const auto added = outbox.add(entry);
        QVERIFY2(added, qPrintable(outbox.lastError()));
        QVERIFY(*added > 0);
        QCOMPARE(outbox.entry(*added)->targetId, entry.targetId);
        QVERIFY(m_pg->store.begin());
        QVERIFY(m_pg->store.setCheckpoint(QStringLiteral("x_1"), QStringLiteral("1")));
        QVERIFY(m_pg->store.setCheckpoint(QStringLiteral("xy"), QStringLiteral("2")));
        QVERIFY(m_pg->store.clearCheckpoints(QStringLiteral("x_")));
        QVERIFY(m_pg->store.commit());
        QVERIFY(m_pg->store.checkpoint(QStringLiteral("x_1")).isEmpty());
        QCOMPARE(m_pg->store.checkpoint(QStringLiteral("xy")), QStringLiteral("2"));
    }

    void stewardctlSyncsAndReportsOnTheServer()
    {
        const QString location = m_postgres.createDatabase(QStringLiteral("headless"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STEWARD_API_KEY"), m_sandbox->adminCredentials().key);
        const auto run = [&](const QStringList& args, QByteArray* out = nullptr) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(STEWARDCTL), args);
            // The sandbox answers from this thread: wait with its events running.
            QDeadlineTimer deadline(120000);
            while (p.state() != QProcess::NotRunning && !deadline.hasExpired())
                QTest::qWait(20);
            if (p.state() != QProcess::NotRunning)
                return -1;
            if (out)
                *out = p.readAllStandardOutput();
            else
                qInfo("%s", p.readAllStandardError().constData());
            return p.exitCode();
        };
        QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--url"), m_sandbox->url().toString(),
                      QStringLiteral("--api-username"), m_sandbox->adminCredentials().username,
                      QStringLiteral("--db"), location, QStringLiteral("--rate-limit"),
                      QStringLiteral("0"), QStringLiteral("--rest-only")}),
                 0);
        QByteArray verified;
        QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--integrity"),
                      QStringLiteral("--db"), location},
                     &verified),
                 0);
        QVERIFY(verified.contains("PostgreSQL"));
        // The same report from the server and from the SQLite copy of the same community.
        const auto report = [&](const QString& db) {
            QByteArray out;
            const int code = run(
                {QStringLiteral("report"), QStringLiteral("all"), QStringLiteral("--db"), db,
                 QStringLiteral("--title"), QStringLiteral("c"), QStringLiteral("--from"),
                 QStringLiteral("2026-09-01"), QStringLiteral("--to"), QStringLiteral("2026-11-19"),
                 QStringLiteral("--format"), QStringLiteral("json")},
                &out);
            QJsonObject o = QJsonDocument::fromJson(out).object();
            o.remove(QStringLiteral("generated_at"));
            return code == 0 ? QJsonDocument(o).toJson() : QByteArray();
        };
        const QByteArray fromServer = report(location);
        QVERIFY(fromServer.contains("response"));
        QCOMPARE(fromServer, report(m_dir.filePath(QStringLiteral("copy.db"))));
    }

    void cleanupTestCase()
    {
        m_pg.reset();
        m_lite.reset();
    }

private:
    PostgresServer m_postgres;
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    QString m_location;
    std::unique_ptr<SyncRig> m_pg;
    std::unique_ptr<SyncRig> m_lite;
};

QTEST_GUILESS_MAIN(TestStorePostgres)
#include "tst_store_pg.moc"
