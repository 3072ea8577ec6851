// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The bulk first sync through Data Explorer against the sandbox, which runs Steward's SQL on a
// mirror in Discourse's own tables: the copy must equal the REST walk's row by row, the queue
// must come first, and a site without the plugin (or a moderator's key) falls back to REST.
#include "models/domain/clock.h"
#include "models/net/apirequest.h"
#include "models/net/dataexplorer.h"
#include "models/store/store_queries.h"
#include "models/sync/bulkqueries.h"
#include "models/sync/moderationaction.h"
#include "models/sync/outbox.h"
#include "tests/support/synctesting.h"

#include <QJsonDocument>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace steward;
using namespace steward::sandbox;
using namespace steward::testing;

namespace {

/// Columns the bulk path cannot know from the database: Discourse computes a user's avatar
/// template from site settings and upload versions (User.avatar_template, app/models/user.rb).
const QStringList kNotInSchema{QStringLiteral("users.avatar_template")};
/// Columns the REST walk leaves unknown (-1 or NULL) that the bulk path reads from the
/// database: the admin user list carries neither count nor the suspension's reason (only a
/// user's own page does), and a topic's own page has no bumped_at.
const QStringList kUnknownToRest{
    QStringLiteral("users.topic_count"), QStringLiteral("users.likes_received"),
    QStringLiteral("users.suspend_reason"), QStringLiteral("topics.bumped_at")};
/// A user the REST walk met only side-loaded (basic fields, detailed = 0) holds the schema's
/// defaults in every other column; only these can be compared.
const QStringList kBasicUserColumns{QStringLiteral("id"), QStringLiteral("username"),
                                    QStringLiteral("name")};

struct Table
{
    QStringList columns;
    QMap<Id, QStringList> rows;
};

Table readTable(const Database& db, const QString& table)
{
    Table t;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
        qFatal("cannot read %s", qPrintable(table));
    for (int i = 0; i < q.record().count(); ++i)
        t.columns << q.record().fieldName(i);
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        t.rows.insert(q.value(0).toLongLong(), row);
    }
    return t;
}

/// Every difference between the two copies' synced tables, as "table id column: a != b"
/// (at most `limit` of them), the columns in kNotInSchema left out.
QStringList differences(const Database& a, const Database& b, int limit = 40)
{
    QStringList out;
    int total = 0;
    for (const char* name :
         {"categories", "users", "topics", "posts", "reviewables", "reviewable_scores"}) {
        const QString table = QString::fromLatin1(name);
        const Table x = readTable(a, table);
        const Table y = readTable(b, table);
        for (auto it = x.rows.cbegin(); it != x.rows.cend(); ++it) {
            if (!y.rows.contains(it.key())) {
                if (++total <= limit)
                    out << QStringLiteral("%1 %2 only in the first: %3")
                               .arg(table)
                               .arg(it.key())
                               .arg(it->join(u'|').left(160));
                continue;
            }
            const QStringList& other = y.rows[it.key()];
            const bool basicUser = table == u"users" &&
                                   other.at(y.columns.indexOf(QStringLiteral("detailed"))) == u"0";
            for (int i = 0; i < x.columns.size(); ++i) {
                if (basicUser && !kBasicUserColumns.contains(x.columns[i]))
                    continue;
                const QString column = table + u'.' + x.columns[i];
                if (kNotInSchema.contains(column) || it->at(i) == other.at(i) ||
                    (kUnknownToRest.contains(column) &&
                     (other.at(i) == u"-1" || other.at(i) == u"NULL")))
                    continue;
                if (++total <= limit)
                    out << QStringLiteral("%1 %2 %3: %4 != %5")
                               .arg(table)
                               .arg(it.key())
                               .arg(x.columns[i], it->at(i).left(60), other.at(i).left(60));
            }
        }
        for (auto it = y.rows.cbegin(); it != y.rows.cend(); ++it)
            if (!x.rows.contains(it.key()) && ++total <= limit)
                out << QStringLiteral("%1 %2 only in the second: %3")
                           .arg(table)
                           .arg(it.key())
                           .arg(it->join(u'|').left(160));
    }
    if (total > limit)
        out << QStringLiteral("... %1 differences in all").arg(total);
    return out;
}

} // namespace

class TestBulkSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_server = startSandbox();
        QVERIFY(m_dir.isValid());
        // One topic with more tags than a topics row carries (bulk::kTagColumns), in an order
        // that is not the alphabet's: the bulk path reads it again with the tags query.
        QNetworkAccessManager network;
        DiscourseClient client(adminSite(*m_server), &network);
        QUrlQuery tags;
        for (const char* tag : {"zeta", "billing", "mobile", "sync", "crash", "alpha", "widget"})
            tags.addQueryItem(QStringLiteral("tags[]"), QString::fromLatin1(tag));
        ApiRequest* tagged =
            client.send("PUT", QStringLiteral("/t/-/%1").arg(manyTagsTopic()), tags);
        QSignalSpy done(tagged, &ApiRequest::finished);
        QVERIFY(done.wait(10000));
        QVERIFY2(tagged->succeeded(), qPrintable(tagged->error().summary()));
    }

    void bulkCopyEqualsRestWalk()
    {
        SyncRig bulk(m_dir.filePath(QStringLiteral("bulk.db")), adminSite(*m_server));
        bulk.engine.setBulkPathAllowed(true);
        QVERIFY(bulk.sync());
        const SyncSummary& s = bulk.engine.summary();
        QCOMPARE(s.bulkPath, BulkPath::DataExplorer);
        QVERIFY2(s.isComplete(),
                 qPrintable(s.unreadable.fieldsSummary() + s.notFetchedExamples.join(u';')));
        QVERIFY(s.explorerRuns >= 9);
        // Far fewer requests than the walk: the REST walk of small takes several hundred.
        QVERIFY2(s.requests < 80, qPrintable(QString::number(s.requests)));

        SyncRig rest(m_dir.filePath(QStringLiteral("rest.db")), adminSite(*m_server));
        QVERIFY(rest.sync());
        QCOMPARE(rest.engine.summary().bulkPath, BulkPath::NotTried);
        QVERIFY(rest.engine.summary().requests > 5 * s.requests);

        const QStringList diff = differences(bulk.database, rest.database);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
        QSqlQuery q(bulk.database.connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT tags FROM topics WHERE id = %1").arg(manyTagsTopic())) &&
            q.next());
        QCOMPARE(q.value(0).toString(),
                 QStringLiteral(R"(["zeta","billing","mobile","sync","crash","alpha","widget"])"));
    }

    void manyPagesMakeTheSameCopy()
    {
        // Small pages: every walk goes over several, posts two to a row (bulk::kPostSlots).
        SyncRig paged(m_dir.filePath(QStringLiteral("paged.db")), adminSite(*m_server));
        paged.engine.setBulkPathAllowed(true);
        paged.engine.setExplorerRunRows(150);
        QVERIFY(paged.sync());
        QVERIFY2(paged.engine.summary().explorerRuns > 20,
                 qPrintable(QString::number(paged.engine.summary().explorerRuns)));
        Database rest;
        QString error;
        QVERIFY2(rest.open(m_dir.filePath(QStringLiteral("rest.db")), &error), qPrintable(error));
        const QStringList diff = differences(paged.database, rest);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
    }

    void incrementalAfterBulkUsesRest()
    {
        SyncRig rig(m_dir.filePath(QStringLiteral("incremental.db")), adminSite(*m_server));
        rig.engine.setBulkPathAllowed(true);
        QVERIFY(rig.sync());
        QCOMPARE(rig.engine.summary().bulkPath, BulkPath::DataExplorer);
        QVERIFY(rig.sync());
        QVERIFY(!rig.engine.summary().full);
        QCOMPARE(rig.engine.summary().bulkPath, BulkPath::NotTried);
        QCOMPARE(rig.engine.summary().explorerRuns, 0);
        QVERIFY(rig.engine.summary().requests < 60);
    }

    void aLongAbsenceIsCaughtUpInBulk()
    {
        const auto server = startSandbox({}, 11);
        SyncRig rig(m_dir.filePath(QStringLiteral("absent.db")), adminSite(*server));
        rig.engine.setBulkPathAllowed(true);
        QVERIFY(rig.sync());

        // While Steward was away: replies in 80 open topics (more than a page of /posts.json).
        QNetworkAccessManager network;
        DiscourseClient client(adminSite(*server), &network);
        int replies = 0;
        for (const TopicRecord& t : server->community().topics) {
            if (replies == 80)
                break;
            if (t.topic.closed || t.topic.archived || t.topic.isDeleted() ||
                t.topic.isPrivateMessage() || !t.topic.visible)
                continue;
            ApiRequest* reply = client.send(
                "POST", QStringLiteral("/posts"),
                QUrlQuery{
                    {QStringLiteral("topic_id"), QString::number(t.topic.id)},
                    {QStringLiteral("raw"),
                     QStringLiteral("Still happening here after the update, on two machines.")}});
            QSignalSpy done(reply, &ApiRequest::finished);
            QVERIFY(done.wait(10000));
            QVERIFY2(reply->succeeded(), qPrintable(reply->error().summary()));
            ++replies;
        }

        rig.engine.setCatchUpThreshold(20);
        QVERIFY(rig.sync());
        const SyncSummary& s = rig.engine.summary();
        QVERIFY(!s.full);
        QCOMPARE(s.bulkPath, BulkPath::CatchUp);
        QVERIFY(s.explorerRuns >= 4); // answers, topics, posts, users
        QVERIFY2(s.requests < 60, qPrintable(QString::number(s.requests)));

        SyncRig rest(m_dir.filePath(QStringLiteral("absent-rest.db")), adminSite(*server));
        QVERIFY(rest.sync());
        const QStringList diff = differences(rig.database, rest.database);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
    }

    void queueComesFirst()
    {
        SyncRig rig(m_dir.filePath(QStringLiteral("first.db")), adminSite(*m_server));
        rig.engine.setBulkPathAllowed(true);
        QStringList phases;
        bool checked = false;
        QString missing;
        connect(&rig.engine, &SyncEngine::progressed, this, [&](const SyncProgress& p) {
            if (phases.isEmpty() || phases.last() != p.phase)
                phases << p.phase;
            if (checked || p.phase != u"answers")
                return;
            // The queue and everything it names are stored before the history begins.
            checked = true;
            const queries::QueueReferences refs =
                queries::pendingReferences(rig.database).value_or(queries::QueueReferences{});
            if (refs.posts.isEmpty() || refs.users.isEmpty())
                missing = QStringLiteral("no pending items stored");
            for (Id post : refs.posts)
                if (queries::storedPostIds(rig.database, post, post).value_or(QSet<Id>{}).isEmpty())
                    missing += QStringLiteral(" post %1").arg(post);
            QSqlQuery q(rig.database.connection());
            for (Id user : refs.users) {
                q.exec(QStringLiteral("SELECT detailed FROM users WHERE id = %1").arg(user));
                if (!q.next() || q.value(0).toInt() != 1)
                    missing += QStringLiteral(" user %1").arg(user);
            }
        });
        QVERIFY(rig.sync());
        QVERIFY(checked);
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        QCOMPARE(phases.indexOf(QStringLiteral("queue")) < phases.indexOf(QStringLiteral("posts")),
                 true);
    }

    void decisionsDoNotWaitForTheBackfill()
    {
        // Runs spaced as on a real site (2 in 10 s): the backfill takes most of a minute on
        // small, and a decision made meanwhile goes out within its undo window and a request.
        // On a shared VirtualClock the spacing costs no real time; what is compared is the
        // sync's own time.
        VirtualClock clock;
        clock.setAutoAdvance(true);
        ServerOptions options;
        options.clock = &clock;
        const auto server = startSandbox(options, 13);
        SiteConnection site = adminSite(*server);
        site.explorerRunsPer10Seconds = 2;
        SyncRig rig(m_dir.filePath(QStringLiteral("decide.db")), site);
        rig.client.setClock(&clock);
        rig.engine.setBulkPathAllowed(true);
        Outbox outbox(rig.client, rig.store, server->adminCredentials().username);
        outbox.setUndoWindowMs(300);
        std::optional<Id> entry;
        qint64 submittedAt = -1;
        qint64 doneAt = -1;
        bool syncRunningWhenDone = false;
        connect(&rig.engine, &SyncEngine::progressed, this, [&](const SyncProgress& p) {
            if (entry || p.phase != u"topics")
                return; // the queue is stored from here on
            for (const ReviewRecord& r : server->community().reviews)
                if (!entry && r.item.isPending() && r.item.type == ReviewableType::FlaggedPost) {
                    submittedAt = clock.monotonicMs();
                    entry = outbox.submit(actions::performReview(
                        r.item.id, QStringLiteral("agree_and_keep"), r.item.version));
                }
        });
        connect(&outbox, &Outbox::entryChanged, this, [&](Id id, OutboxState state) {
            if (entry && id == *entry && state == OutboxState::Done) {
                doneAt = clock.monotonicMs();
                syncRunningWhenDone = rig.engine.isRunning();
            }
        });
        QSignalSpy finished(&rig.engine, &SyncEngine::finished);
        rig.engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(doneAt >= 0, 30000);
        QVERIFY(syncRunningWhenDone); // the backfill was still going
        QVERIFY2(doneAt - submittedAt < 5000,
                 qPrintable(QStringLiteral("%1 ms after the decision").arg(doneAt - submittedAt)));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QVERIFY(finished.first().first().toBool());
        QVERIFY2(clock.monotonicMs() - submittedAt > 20000, "the backfill was not still going");
    }

    void withoutPluginFallsBackToRest()
    {
        ServerOptions options;
        options.dataExplorer = false;
        const auto server = startSandbox(options);
        SyncRig rig(m_dir.filePath(QStringLiteral("missing.db")), adminSite(*server));
        rig.engine.setBulkPathAllowed(true);
        QVERIFY(rig.sync());
        QCOMPARE(rig.engine.summary().bulkPath, BulkPath::Missing);
        QVERIFY(rig.engine.summary().isComplete());
        QVERIFY(rig.engine.summary().posts > 1000);
        SyncRig rest(m_dir.filePath(QStringLiteral("missing-rest.db")), adminSite(*server));
        QVERIFY(rest.sync());
        QCOMPARE(dumpTables(rig.database), dumpTables(rest.database));
    }

    void moderatorKeyFallsBackToRest()
    {
        SyncRig rig(m_dir.filePath(QStringLiteral("moderator.db")), moderatorSite(*m_server));
        rig.engine.setBulkPathAllowed(true);
        QVERIFY(rig.sync());
        QCOMPARE(rig.engine.summary().bulkPath, BulkPath::Refused);
        QVERIFY(rig.engine.summary().posts > 1000);
    }

    void queryErrorFailsTheSync()
    {
        // A query filed under Steward's name and digest but with SQL the database rejects, as
        // a broken query would be: the run answers 422, and the sync stops saying so.
        const auto server = startSandbox();
        SiteConnection site = adminSite(*server);
        QNetworkAccessManager network;
        DiscourseClient client(site, &network);
        QString postsSql;
        for (const ExplorerQuery& q : bulk::queries())
            if (q.name == QString(bulk::kPosts))
                postsSql = q.sql;
        const QUrlQuery form{
            {QStringLiteral("query[name]"), QString(bulk::kPosts)},
            {QStringLiteral("query[description]"), DataExplorer::describe(postsSql)},
            {QStringLiteral("query[sql]"), QStringLiteral("SELECT no_such_column FROM posts")}};
        ApiRequest* created =
            client.send("POST", QStringLiteral("/admin/plugins/explorer/queries"), form);
        QSignalSpy done(created, &ApiRequest::finished);
        QVERIFY(done.wait(10000));
        QVERIFY(created->succeeded());

        SyncRig rig(m_dir.filePath(QStringLiteral("broken.db")), site);
        rig.engine.setBulkPathAllowed(true);
        QVERIFY(!rig.sync());
        QCOMPARE(rig.engine.error().kind, ApiErrorKind::Unprocessable);
        QVERIFY2(rig.engine.error().summary().contains(QStringLiteral("no_such_column")),
                 qPrintable(rig.engine.error().summary()));
        QVERIFY(rig.engine.error().messages.join(u' ').contains(QString(bulk::kPosts)));
        QCOMPARE(queries::rowCount(rig.database, "posts").value_or(0) > 0,
                 true); // the queue's posts stay
    }

private:
    /// An open, listed topic of the shared sandbox.
    Id manyTagsTopic() const
    {
        for (const TopicRecord& t : m_server->community().topics)
            if (!t.topic.closed && !t.topic.archived && !t.topic.isDeleted() &&
                !t.topic.isPrivateMessage() && t.topic.visible)
                return t.topic.id;
        return 0;
    }

    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestBulkSync)
#include "tst_bulksync.moc"
