// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's Data Explorer mirror (docs/sandbox.md "Data Explorer"): the columns added for
// every value Steward stores (posts.reply_count, tags, topic_tags, user_histories) equal the
// REST JSON; writes reach it by an incremental refresh that leaves it equal to a fresh build;
// its first build runs on a worker while runs get 503 with Retry-After; shutdown mid-build.
#include "models/sandbox/generator/communitygenerator.h"
#include "models/sandbox/server/explorermirror.h"
#include "models/sandbox/server/explorerrun.h"
#include "models/sandbox/server/explorertables.h"
#include "models/sandbox/server/explorerwarmup.h"
#include "models/sandbox/server/json.h"
#include "models/sandbox/server/mutations.h"
#include "models/sandbox/server/reviewactions.h"
#include "models/sandbox/server/sandboxthread.h"
#include "tests/support/explorerclient.h"
#include "tests/support/sandboxtesting.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

using namespace steward;
using namespace steward::sandbox;
using namespace steward::testing;

namespace {

std::unique_ptr<SandboxServer> startWarm(ServerOptions options = {})
{
    auto server = startSandbox(options);
    if (!server->waitForExplorerMirror())
        qFatal("the Data Explorer mirror was not built");
    return server;
}

QJsonObject bodyOf(const Reply& reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

/// Every row of a mirrored table, in key order, straight from the connection.
QJsonObject tableOf(sqlite3* db, const char* table)
{
    const Reply r = runExplorerQuery(
        db, QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1StringView(table)), {}, 10000,
        60000);
    return bodyOf(r);
}

/// A topic's tags as /t/{id}.json serves them: [[id, name], ...].
QJsonArray restTags(const QJsonObject& topic)
{
    QJsonArray tags;
    for (const QJsonValue& tag : topic.value(QStringLiteral("tags")).toArray())
        tags.append(QJsonArray{tag.toObject().value(QStringLiteral("id")),
                               tag.toObject().value(QStringLiteral("name"))});
    return tags;
}

} // namespace

class TestSandboxExplorerMirror : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newColumnsEqualTheRestJson()
    {
        auto server = startWarm();
        Client admin(*server, server->adminCredentials());
        const SandboxCommunity& c = server->community();
        // A penalty of each kind made through the API, besides the generated ones.
        Id suspended = 0, silenced = 0;
        for (const SandboxUser& m : c.users) {
            if (m.user.isStaff() || m.deleted || m.user.suspendedUntil.isValid() ||
                m.user.silencedUntil.isValid())
                continue;
            (suspended ? silenced : suspended) = m.user.id;
            if (silenced)
                break;
        }
        QCOMPARE(
            admin
                .request(
                    "PUT", QStringLiteral("/admin/users/%1/suspend.json").arg(suspended),
                    {{QStringLiteral("suspend_until"), QStringLiteral("2030-01-01T00:00:00.000Z")},
                     {QStringLiteral("reason"), QStringLiteral("Spam links\nsecond line")}})
                .status,
            200);
        QCOMPARE(admin
                     .request("PUT", QStringLiteral("/admin/users/%1/silence.json").arg(silenced),
                              {{QStringLiteral("silenced_till"),
                                QStringLiteral("2030-01-01T00:00:00.000Z")},
                               {QStringLiteral("reason"), QStringLiteral("Cool down")}})
                     .status,
                 200);

        // posts.reply_count
        const Id replies = admin.create(
            QStringLiteral("steward:reply_count"),
            QStringLiteral(
                "-- [params]\n-- int :post = 0\nSELECT reply_count FROM posts WHERE id = :post"));
        for (Id post = 1; post <= Id(c.posts.size()); post += 211) {
            const Response r =
                admin.run(replies, {{QStringLiteral("post"), QString::number(post)}});
            QCOMPARE(r.status, 200);
            QCOMPARE(rowsOf(r).first().toArray().first(),
                     admin.get(QStringLiteral("/posts/%1.json").arg(post))
                         .json()
                         .value(QStringLiteral("reply_count")));
        }

        // tags and topic_tags: each topic's tags in order, with the ids the topic JSON serves
        const Id tagQuery =
            admin.create(QStringLiteral("steward:tags"),
                         QStringLiteral("-- [params]\n-- int :topic = 0\nSELECT g.id, g.name FROM "
                                        "topic_tags tt JOIN tags g ON g.id = tt.tag_id "
                                        "WHERE tt.topic_id = :topic ORDER BY tt.id"));
        int tagged = 0;
        QSet<QString> names;
        qint64 links = 0;
        for (const TopicRecord& t : c.topics) {
            const QStringList tags(t.topic.tags.cbegin(), t.topic.tags.cend());
            names.unite(QSet<QString>(tags.cbegin(), tags.cend()));
            links += tags.size();
            if (tags.isEmpty() || tagged >= 12)
                continue;
            ++tagged;
            const Response r =
                admin.run(tagQuery, {{QStringLiteral("topic"), QString::number(t.topic.id)}});
            QCOMPARE(r.status, 200);
            QCOMPARE(rowsOf(r),
                     restTags(admin.get(QStringLiteral("/t/%1.json").arg(t.topic.id)).json()));
        }
        QVERIFY(tagged > 0);
        const QJsonArray counts =
            rowsOf(admin.runSql(QStringLiteral(
                       "SELECT (SELECT count(*) FROM tags), (SELECT count(*) FROM topic_tags), "
                       "(SELECT count(*) FROM tags WHERE created_at IS NULL OR staff_topic_count < "
                       "public_topic_count)")))
                .first()
                .toArray();
        QCOMPARE(counts, (QJsonArray{qint64(names.size()), links, 0}));

        // user_histories: one row per suspension and silence, as the admin user JSON has them
        const Id penalties = admin.create(
            QStringLiteral("steward:penalties"),
            QStringLiteral("-- [params]\n-- int :user = 0\nSELECT action, acting_user_id AS "
                           "acting, details, created_at, admin_only "
                           "FROM user_histories WHERE target_user_id = :user ORDER BY id"));
        int checked = 0;
        for (const SandboxUser& m : c.users) {
            if (m.deleted || (!m.user.suspendedUntil.isValid() && !m.user.silencedUntil.isValid()))
                continue;
            const QJsonObject rest =
                admin.get(QStringLiteral("/admin/users/%1.json").arg(m.user.id)).json();
            QJsonArray expected;
            if (m.user.suspendedUntil.isValid())
                expected.append(QJsonArray{explorer::kSuspendUserAction,
                                           rest.value(QStringLiteral("suspended_by"))
                                               .toObject()
                                               .value(QStringLiteral("id")),
                                           rest.value(QStringLiteral("full_suspend_reason")),
                                           rest.value(QStringLiteral("suspended_at")), false});
            if (m.user.silencedUntil.isValid())
                expected.append(QJsonArray{explorer::kSilenceUserAction,
                                           rest.value(QStringLiteral("silenced_by"))
                                               .toObject()
                                               .value(QStringLiteral("id")),
                                           rest.value(QStringLiteral("silence_reason")),
                                           json::time(m.silencedAt), false});
            const Response r =
                admin.run(penalties, {{QStringLiteral("user"), QString::number(m.user.id)}});
            QCOMPARE(r.status, 200);
            QCOMPARE(rowsOf(r), expected);
            ++checked;
        }
        QVERIFY(checked >= 2);
        QCOMPARE(rowsOf(admin.runSql(
                     QStringLiteral("SELECT details FROM user_histories WHERE target_user_id = %1")
                         .arg(suspended))),
                 (QJsonArray{QJsonArray{QStringLiteral("Spam links\nsecond line")}}));
    }

    void writesRefreshTheMirrorIncrementally()
    {
        auto server = startWarm();
        Client admin(*server, server->adminCredentials());
        const SandboxCommunity& c = server->community();
        const Id probe = admin.create(QStringLiteral("steward:probe"),
                                      QStringLiteral("SELECT count(*) FROM posts"));
        QCOMPARE(admin.run(probe).status, 200);
        const ExplorerMirror* mirror = server->currentExplorerMirror();
        QVERIFY(mirror);
        QCOMPARE(mirror->buildCount(), 1);

        // Targets: open topics with replies, a pending flag, a pending user, a penalised user.
        std::vector<const TopicRecord*> open;
        for (const TopicRecord& t : c.topics)
            if (!t.topic.closed && !t.topic.isDeleted() &&
                t.topic.archetype == Archetype::Regular && t.posts.size() > 3)
                open.push_back(&t);
        QVERIFY(open.size() >= 4);
        const ReviewRecord* flag = nullptr;
        const ReviewRecord* newcomer = nullptr;
        for (const ReviewRecord& r : c.reviews) {
            if (!r.item.isPending())
                continue;
            bool hides = false;
            for (const ReviewableAction& a : availableActions(c, r))
                hides = hides || a.serverAction == u"agree_and_hide";
            if (!flag && hides && r.item.type == ReviewableType::FlaggedPost)
                flag = &r;
            if (!newcomer && r.item.type == ReviewableType::User)
                newcomer = &r;
        }
        QVERIFY(flag);
        const Id gone = newcomer ? newcomer->item.targetCreatedById : 0;
        Id penalised = 0;
        for (const SandboxUser& m : c.users)
            if (!m.deleted && m.user.suspendedUntil.isValid() && !penalised)
                penalised = m.user.id;

        auto ok = [](const Response& r) {
            return r.status == 200 ? QByteArray() : QByteArray::number(r.status) + ' ' + r.body;
        };
        const QList<std::pair<QString, QString>> close{
            {QStringLiteral("status"), QStringLiteral("closed")},
            {QStringLiteral("enabled"), QStringLiteral("true")}};
        QCOMPARE(ok(admin.request("PUT", QStringLiteral("/t/%1/status.json").arg(open[0]->topic.id),
                                  close)),
                 QByteArray());
        const Id deleted = c.posts[std::size_t(open[1]->posts[2])].id;
        QCOMPARE(ok(admin.request("DELETE", QStringLiteral("/posts/%1.json").arg(deleted))),
                 QByteArray());
        QCOMPARE(ok(admin.request(
                     "POST", QStringLiteral("/posts.json"),
                     {{QStringLiteral("topic_id"), QString::number(open[2]->topic.id)},
                      {QStringLiteral("raw"),
                       QStringLiteral("A new reply, written while the mirror was warm.")}})),
                 QByteArray());
        QCOMPARE(ok(admin.request("PUT", QStringLiteral("/t/-/%1.json").arg(open[3]->topic.id),
                                  {{QStringLiteral("tags[]"), QStringLiteral("mirror-refresh")},
                                   {QStringLiteral("tags[]"), QStringLiteral("sync")}})),
                 QByteArray());
        QCOMPARE(ok(admin.request("POST", QStringLiteral("/solution/accept.json"),
                                  {{QStringLiteral("id"),
                                    QString::number(c.posts[std::size_t(open[3]->posts[1])].id)}})),
                 QByteArray());
        QCOMPARE(ok(admin.request(
                     "PUT", QStringLiteral("/review/%1/perform/agree_and_hide.json?version=%2")
                                .arg(flag->item.id)
                                .arg(flag->item.version))),
                 QByteArray());
        Id suspended = 0;
        for (const SandboxUser& m : c.users)
            if (!m.user.isStaff() && !m.deleted && !m.user.suspendedUntil.isValid() &&
                m.user.id != gone && !suspended)
                suspended = m.user.id;
        QCOMPARE(ok(admin.request(
                     "PUT", QStringLiteral("/admin/users/%1/suspend.json").arg(suspended),
                     {{QStringLiteral("suspend_until"), QStringLiteral("2030-01-01T00:00:00.000Z")},
                      {QStringLiteral("reason"), QStringLiteral("Refresh test")}})),
                 QByteArray());
        if (penalised)
            QCOMPARE(ok(admin.request(
                         "PUT", QStringLiteral("/admin/users/%1/unsuspend.json").arg(penalised))),
                     QByteArray());
        if (newcomer)
            QCOMPARE(ok(admin.request(
                         "PUT", QStringLiteral("/review/%1/perform/delete_user.json?version=%2")
                                    .arg(newcomer->item.id)
                                    .arg(newcomer->item.version))),
                     QByteArray());

        QCOMPARE(admin.run(probe).status, 200); // refreshes
        QCOMPARE(mirror->buildCount(), 1);
        QVERIFY(mirror->refreshCount() >= 1);
        QVERIFY2(mirror->lastRefreshChanges() > 0 && mirror->lastRefreshChanges() < 100,
                 qPrintable(QString::number(mirror->lastRefreshChanges())));
        if (gone)
            QCOMPARE(rowsOf(admin.runSql(
                         QStringLiteral(
                             "SELECT count(*) FROM users u JOIN user_stats s ON s.user_id = u.id "
                             "WHERE u.id = %1")
                             .arg(gone))),
                     (QJsonArray{QJsonArray{0}}));

        // Every table equals a mirror built afresh from the same state.
        ExplorerMirror fresh;
        QString error;
        QVERIFY2(fresh.build(c, &error), qPrintable(error));
        for (const explorer::TableDef& table : explorer::tables()) {
            const QJsonObject refreshed = tableOf(mirror->connection(), table.name);
            const QJsonObject built = tableOf(fresh.connection(), table.name);
            QVERIFY2(refreshed.value(QStringLiteral("success")).toBool(), table.name);
            QVERIFY2(built.value(QStringLiteral("result_count")).toInt() < 10000, table.name);
            QCOMPARE(refreshed.value(QStringLiteral("columns")),
                     built.value(QStringLiteral("columns")));
            const QJsonArray a = refreshed.value(QStringLiteral("rows")).toArray();
            const QJsonArray b = built.value(QStringLiteral("rows")).toArray();
            QCOMPARE(a.size(), b.size());
            for (qsizetype i = 0; i < a.size(); ++i)
                QVERIFY2(
                    a[i] == b[i],
                    qPrintable(
                        QStringLiteral("%1 row %2: %3 vs %4")
                            .arg(QLatin1StringView(table.name))
                            .arg(i)
                            .arg(QString::fromUtf8(
                                     QJsonDocument(a[i].toArray()).toJson(QJsonDocument::Compact)),
                                 QString::fromUtf8(QJsonDocument(b[i].toArray())
                                                       .toJson(QJsonDocument::Compact)))));
        }
    }

    void runsWaitForTheFirstBuild()
    {
        ServerOptions options;
        options.dataExplorerWarmUpDelayMs = 3000;
        options.dataExplorerBlock = true; // 2 runs per 10 s, and the warm-up's 503s use none
        auto server = startSandbox(options);
        Client admin(*server, server->adminCredentials());
        const Id id = admin.create(QStringLiteral("steward:warm"), QStringLiteral("SELECT 7"));
        QVERIFY(id > 0);
        const Response warming = admin.run(id);
        QCOMPARE(warming.status, 503);
        const int retryAfter = warming.retryAfter.toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 10, warming.retryAfter.constData());
        QVERIFY2(warming.firstError().contains(QStringLiteral("try again")),
                 qPrintable(warming.firstError()));
        QVERIFY(!warming.json().contains(QStringLiteral(
            "error_type"))); // not read_only: Discourse's read-only mode is another thing
        QCOMPARE(admin.get(QStringLiteral("/site.json")).status,
                 200); // everything else answers meanwhile
        QCOMPARE(admin.run(id).status, 503);
        QCOMPARE(admin.run(id).status, 503);
        QVERIFY(!server->currentExplorerMirror());
        QVERIFY(server->waitForExplorerMirror());
        QCOMPARE(rowsOf(admin.run(id)), (QJsonArray{QJsonArray{7}}));
        QCOMPARE(admin.run(id).status, 200);
        QCOMPARE(admin.run(id).status, 429);
        QCOMPARE(server->currentExplorerMirror()->buildCount(), 1);
    }

    void shutdownDuringTheBuildIsClean()
    {
        // Destroyed while the worker waits, and while it builds: joined, nothing leaks (ASan).
        ServerOptions delayed;
        delayed.dataExplorerWarmUpDelayMs = 60000;
        QElapsedTimer clock;
        clock.start();
        {
            auto server = startSandbox(delayed);
        }
        {
            auto server = startSandbox();
        }
        QVERIFY(clock.elapsed() < 30000);
        // A warm-up on its own, cancelled mid-build.
        GeneratorParams params;
        params.seed = 7;
        params.now = kNow;
        const SandboxCommunity community = generateCommunity(params);
        {
            ExplorerWarmUp warmUp(ExplorerWarmUp::snapshotForMirror(community));
            QTest::qWait(5);
        }
        ExplorerWarmUp finished(ExplorerWarmUp::snapshotForMirror(community));
        QVERIFY(finished.wait(60000));
        QString error;
        const std::unique_ptr<ExplorerMirror> mirror = finished.take(&error);
        QVERIFY2(mirror, qPrintable(error));
        QCOMPARE(mirror->revision(), community.revision);
    }

    void aThreadedServerCanBeWaitedFor()
    {
        GeneratorParams params;
        params.seed = 7;
        params.now = kNow;
        SandboxThread sandbox;
        QString error;
        QVERIFY2(sandbox.start(params, {}, &error), qPrintable(error));
        QVERIFY(sandbox.waitForExplorerMirror());
        Client admin(*sandbox.server(), sandbox.server()->adminCredentials());
        QCOMPARE(
            rowsOf(admin.runSql(QStringLiteral("SELECT count(*) FROM tags WHERE id > 0"))).size(),
            1);
        SandboxThread off;
        ServerOptions noExplorer;
        noExplorer.dataExplorer = false;
        QVERIFY2(off.start(params, noExplorer, &error), qPrintable(error));
        QVERIFY(!off.waitForExplorerMirror(100));
    }

    void aRequestSentBeforeTheCommunityLoadedIsAnsweredOnceItHas()
    {
        // The demo opens its copy on listening() and its requests wait; none is refused.
        GeneratorParams params;
        params.seed = 7;
        params.now = kNow;
        SandboxThread sandbox;
        QObject context;
        QNetworkAccessManager network;
        QNetworkReply* early = nullptr;
        bool served = false;
        sandbox.start(
            params, {}, &context,
            [&](const QString& error) {
                QVERIFY2(error.isEmpty(), qPrintable(error));
                served = true;
            },
            [&](const QUrl& url) {
                QVERIFY(!served);
                QVERIFY(url.port() > 0);
                early =
                    network.get(QNetworkRequest(url.resolved(QUrl(QStringLiteral("/about.json")))));
            });
        QTRY_VERIFY_WITH_TIMEOUT(early && early->isFinished(), 30000);
        QVERIFY(served);
        QCOMPARE(early->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(early->readAll().contains("\"about\""));
        delete early;
    }

    /// The warm-up as a client sees it on a larger community (STEWARD_EXPLORER_SCALE): the
    /// Retry-After estimates along the way, and when the first run succeeds.
    void warmUpEstimates()
    {
        const auto scale = scaleFromString(qEnvironmentVariable("STEWARD_EXPLORER_SCALE"));
        if (!scale)
            QSKIP("set STEWARD_EXPLORER_SCALE=medium to watch the warm-up");
        GeneratorParams params;
        params.scale = *scale;
        params.seed = 7;
        params.now = kNow;
        SandboxServer server(params, {});
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QElapsedTimer clock;
        clock.start();
        Client admin(server, server.adminCredentials());
        const Id id = admin.create(QStringLiteral("steward:warm"),
                                   QStringLiteral("SELECT count(*) FROM posts"));
        QStringList estimates;
        for (;;) {
            const Response r = admin.run(id);
            if (r.status == 200)
                break;
            QCOMPARE(r.status, 503);
            estimates << QStringLiteral("%1 s at %2 s")
                             .arg(QString::fromLatin1(r.retryAfter))
                             .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1);
            QTest::qWait(
                std::min(5000, r.retryAfter.toInt() * 1000)); // as a client would, but watching
        }
        qInfo("copied in %lld ms; the first run succeeded %lld ms after start; Retry-After: %s",
              server.explorerSnapshotMs(), clock.elapsed(),
              qPrintable(estimates.join(QStringLiteral(", "))));
    }

    /// The mirror's costs on a larger community: STEWARD_EXPLORER_SCALE=medium (or large).
    void buildTime()
    {
        const auto scale = scaleFromString(qEnvironmentVariable("STEWARD_EXPLORER_SCALE"));
        if (!scale)
            QSKIP("set STEWARD_EXPLORER_SCALE=medium to measure the mirror's build");
        GeneratorParams params;
        params.scale = *scale;
        params.seed = 7;
        params.now = kNow;
        QElapsedTimer clock;
        clock.start();
        SandboxCommunity community = generateCommunity(params);
        const qint64 generated = clock.restart();
        auto snapshot = ExplorerWarmUp::snapshotForMirror(community);
        const qint64 copied = clock.restart();
        snapshot.reset();
        ExplorerMirror mirror;
        QString error;
        QVERIFY2(mirror.build(community, &error), qPrintable(error));
        Id topic = 0;
        for (const TopicRecord& t : community.topics)
            if (!t.topic.closed && !t.topic.isDeleted() && !topic)
                topic = t.topic.id;
        QVERIFY(applyAction(community,
                            QJsonObject{{QStringLiteral("op"), QStringLiteral("topic.status")},
                                        {QStringLiteral("id"), topic},
                                        {QStringLiteral("status"), QStringLiteral("closed")},
                                        {QStringLiteral("enabled"), true},
                                        {QStringLiteral("at"), toSeconds(kNow)}})
                    .isSuccess());
        QVERIFY2(mirror.refresh(community, &error), qPrintable(error));
        qInfo("%zu posts (%lld units of work): generated in %lld ms, copied in %lld ms, mirror "
              "built in %lld ms, refreshed "
              "after a write in %lld ms (%lld rows written)",
              community.posts.size(), explorer::expectedWork(community), generated, copied,
              mirror.lastBuildMs(), mirror.lastRefreshMs(), mirror.lastRefreshChanges());
    }
};

QTEST_GUILESS_MAIN(TestSandboxExplorerMirror)
#include "tst_sandboxexplorermirror.moc"
