// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's Data Explorer over loopback HTTP (docs/data-explorer.md §1-5): query CRUD and
// list paging, runs with parameters against the SQLite mirror, values equal to the REST JSON,
// every error path, the limits, and writes seen by the next run.
#include "models/sandbox/generator/communitygenerator.h"
#include "models/sandbox/server/explorermirror.h"
#include "models/sandbox/server/sandboxserver.h"
#include "tests/support/explorerclient.h"
#include "tests/support/sandboxtesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace steward;
using namespace steward::sandbox;

namespace {

using steward::testing::kNow;
using steward::testing::startSandbox;

using steward::testing::Client;
using steward::testing::compareRow;
using steward::testing::kBase;
using steward::testing::kLegacy;
using steward::testing::Response;
using steward::testing::rowsOf;

/// A sandbox whose Data Explorer mirror is ready: start() builds it on a worker thread, and a
/// run before it is done would get 503 (tst_sandboxexplorermirror tests that).
std::unique_ptr<SandboxServer> startWarm(ServerOptions options = {})
{
    auto server = startSandbox(options);
    if (options.dataExplorer && !server->waitForExplorerMirror())
        qFatal("the Data Explorer mirror was not built");
    return server;
}

} // namespace

class TestSandboxExplorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_server = startWarm(); }

    void crudAndListPaging()
    {
        Client admin(*m_server, m_server->adminCredentials());
        for (int i = 0; i < 55; ++i)
            QVERIFY(admin.create(QStringLiteral("steward:page:%1").arg(i, 2, 10, QChar(u'0')),
                                 QStringLiteral("SELECT %1 AS n").arg(i)) > 0);
        const QString filtered =
            kBase + QStringLiteral(".json?filter=steward:page&order=name&ascending=true");
        Response first = admin.get(filtered);
        QCOMPARE(first.status, 200);
        QJsonObject body = first.json();
        QCOMPARE(body.value(QStringLiteral("total_rows_queries")).toInt(), 55);
        QJsonArray queries = body.value(QStringLiteral("queries")).toArray();
        QCOMPARE(queries.size(), 50);
        QCOMPARE(queries.first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("steward:page:00"));
        QVERIFY(!queries.first().toObject().contains(QStringLiteral("sql"))); // the list has no sql
        const QString more = body.value(QStringLiteral("load_more_queries")).toString();
        QVERIFY2(more.startsWith(kBase + QStringLiteral(".json?offset=50")), qPrintable(more));
        Response second = admin.get(more);
        queries = second.json().value(QStringLiteral("queries")).toArray();
        QCOMPARE(queries.size(), 5);
        QCOMPARE(queries.last().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("steward:page:54"));
        QVERIFY(!second.json().contains(QStringLiteral("load_more_queries")));

        // show, update (blank name is 422), soft delete, un-hide by update
        const Id id = admin.create(
            QStringLiteral("steward:crud"),
            QStringLiteral("-- [params]\n-- int :after_id = 0\n-- null date :since\nSELECT 1"));
        Response shown = admin.get(QStringLiteral("%1/%2.json").arg(kBase).arg(id));
        QCOMPARE(shown.status, 200);
        const QJsonObject query = shown.json().value(QStringLiteral("query")).toObject();
        QVERIFY(query.value(QStringLiteral("sql")).toString().endsWith(QStringLiteral("SELECT 1")));
        const QJsonArray params = query.value(QStringLiteral("param_info")).toArray();
        QCOMPARE(params.size(), 2);
        QCOMPARE(params[0].toObject().value(QStringLiteral("identifier")).toString(),
                 QStringLiteral("after_id"));
        QCOMPARE(params[0].toObject().value(QStringLiteral("default")).toString(),
                 QStringLiteral("0"));
        QCOMPARE(params[1].toObject().value(QStringLiteral("nullable")).toBool(), true);
        QCOMPARE(params[1].toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("date"));

        const QList<std::pair<QString, QString>> blank{{QStringLiteral("query[name]"), QString()}};
        Response created = admin.request("POST", kBase + QStringLiteral(".json"), blank);
        QCOMPARE(created.status, 400);
        QCOMPARE(created.json().value(QStringLiteral("error_type")).toString(),
                 QStringLiteral("invalid_parameters"));
        Response invalid =
            admin.request("PUT", QStringLiteral("%1/%2.json").arg(kBase).arg(id), blank);
        QCOMPARE(invalid.status, 422);
        QCOMPARE(invalid.json().value(QStringLiteral("error_type")).toString(),
                 QStringLiteral("record_invalid"));
        QCOMPARE(invalid.firstError(), QStringLiteral("Name can't be blank"));

        Response deleted = admin.request("DELETE", QStringLiteral("%1/%2").arg(kLegacy).arg(id));
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.json().value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(admin.get(QStringLiteral("%1/%2.json").arg(kBase).arg(id)).status, 404);
        QCOMPARE(admin.get(kBase + QStringLiteral(".json?filter=steward:crud"))
                     .json()
                     .value(QStringLiteral("total_rows_queries"))
                     .toInt(),
                 0);
        QCOMPARE(admin.run(id).status, 200); // a hidden query still runs

        const QList<std::pair<QString, QString>> rename{
            {QStringLiteral("query[name]"), QStringLiteral("steward:crud:v2")}};
        Response updated =
            admin.request("PUT", QStringLiteral("%1/%2").arg(kLegacy).arg(id), rename);
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json()
                     .value(QStringLiteral("query"))
                     .toObject()
                     .value(QStringLiteral("hidden"))
                     .toBool(),
                 false);
        QCOMPARE(admin.get(QStringLiteral("%1/%2.json").arg(kBase).arg(id)).status, 200);
        QCOMPARE(admin.request("PUT", QStringLiteral("%1/9999.json").arg(kBase), rename).status,
                 404);
        QCOMPARE(admin.request("DELETE", QStringLiteral("%1/9999.json").arg(kBase)).status, 404);
        QCOMPARE(admin.run(9999).status, 404);

        // the legacy family creates and runs too
        const Id legacy =
            admin.create(QStringLiteral("steward:legacy"), QStringLiteral("SELECT 23"), kLegacy);
        QVERIFY(legacy > 0);
        Response ran = admin.request("POST", QStringLiteral("%1/%2/run").arg(kLegacy).arg(legacy));
        QCOMPARE(ran.status, 200);
        QCOMPARE(rowsOf(ran), (QJsonArray{QJsonArray{23}}));
    }

    void keyPagingMatchesRest()
    {
        Client admin(*m_server, m_server->adminCredentials());
        const Id id = admin.create(
            QStringLiteral("steward:posts"),
            QStringLiteral(
                "-- [params]\n-- bigint :after_id = 0\n-- int :page = 10000\n"
                "SELECT p.id, p.raw, p.cooked, p.topic_id AS topic, p.post_number, p.post_type,\n"
                "  p.created_at, p.updated_at, p.deleted_at, p.hidden, p.reply_to_post_number\n"
                "FROM posts p WHERE p.id > :after_id ORDER BY p.id LIMIT :page"));
        const SandboxCommunity& c = m_server->community();
        qint64 after = 0;
        int total = 0;
        int pages = 0;
        QHash<Id, QJsonArray> byId;
        for (;;) {
            const Response r = admin.run(id,
                                         {{QStringLiteral("after_id"), QString::number(after)},
                                          {QStringLiteral("page"), QStringLiteral("700")}},
                                         QStringLiteral("10000"));
            QCOMPARE(r.status, 200);
            const QJsonObject body = r.json();
            QCOMPARE(body.value(QStringLiteral("success")).toBool(), true);
            QCOMPARE(body.value(QStringLiteral("default_limit")).toInt(), 1000);
            QCOMPARE(body.value(QStringLiteral("params"))
                         .toObject()
                         .value(QStringLiteral("after_id"))
                         .toString(),
                     QString::number(after));
            const QJsonArray rows = rowsOf(r);
            QCOMPARE(body.value(QStringLiteral("result_count")).toInt(), rows.size());
            ++pages;
            for (const QJsonValue& row : rows) {
                QCOMPARE(row.toArray().first().toInteger(), after + 1); // dense ids, in order
                after = row.toArray().first().toInteger();
                byId.insert(after, row.toArray());
            }
            total += int(rows.size());
            if (rows.size() < 700)
                break;
        }
        QCOMPARE(total, int(c.posts.size()));
        QVERIFY(pages >= 2);

        // A sample, deleted posts and whispers included, against GET /posts/{id}.json.
        QList<Id> sample;
        for (Id post = 1; post <= Id(c.posts.size()); post += 97)
            sample << post;
        for (const PostRecord& p : c.posts) {
            if (p.deletedAt && sample.size() < 40)
                sample << p.id;
            if (p.type == PostType::Whisper && sample.size() < 45)
                sample << p.id;
        }
        for (Id post : sample) {
            const Response rest = admin.get(QStringLiteral("/posts/%1.json").arg(post));
            QCOMPARE(rest.status, 200);
            const QJsonObject json = rest.json();
            compareRow(byId.value(post), json, // hidden: a JSON boolean in both
                       "id,raw,cooked,topic_id,post_number,post_type,created_at,updated_at,deleted_"
                       "at,hidden,reply_to_post_number");
            if (QTest::currentTestFailed())
                return;
        }
    }

    void typedValuesAndOtherTables()
    {
        Client admin(*m_server, m_server->adminCredentials());
        const Response r =
            admin.runSql(QStringLiteral("SELECT 23 AS n, 1.5 AS x, NULL AS empty, 'text' AS s"));
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.json().value(QStringLiteral("columns")).toArray(),
                 (QJsonArray{QStringLiteral("n"), QStringLiteral("x"), QStringLiteral("empty"),
                             QStringLiteral("s")}));
        QCOMPARE(rowsOf(r),
                 (QJsonArray{QJsonArray{23, 1.5, QJsonValue::Null, QStringLiteral("text")}}));
        QVERIFY(r.body.contains("\"relations\":{}") && r.body.contains("\"colrender\":{}"));
        QVERIFY(r.json().value(QStringLiteral("duration")).isDouble());

        // A topic, a PM and a user against the REST JSON.
        const SandboxCommunity& c = m_server->community();
        Id pm = 0;
        for (const TopicRecord& t : c.topics)
            if (t.topic.isPrivateMessage() && !pm)
                pm = t.topic.id;
        QVERIFY(pm);
        for (Id topic : {Id(3), pm}) {
            const Response run =
                admin.runSql(QStringLiteral("-- [params]\n-- int :topic = 1\nSELECT archetype, "
                                            "closed, visible, posts_count, highest_post_number, "
                                            "views, like_count, created_at, category_id AS "
                                            "category FROM topics WHERE id = :topic"),
                             {{QStringLiteral("topic"), QString::number(topic)}});
            QCOMPARE(run.status, 200);
            compareRow(rowsOf(run).first().toArray(),
                       admin.get(QStringLiteral("/t/%1.json").arg(topic)).json(),
                       "archetype,closed,visible,posts_count,highest_post_number,views,like_count,"
                       "created_at,category_id");
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(rowsOf(admin.runSql(
                            QStringLiteral("SELECT archetype FROM topics WHERE id = %1").arg(pm)))
                     .first()
                     .toArray()
                     .first()
                     .toString(),
                 QStringLiteral("private_message"));
        const Response user = admin.runSql(
            QStringLiteral("SELECT u.username, s.post_count, s.topic_count, s.likes_received, "
                           "s.likes_given, u.admin, u.trust_level "
                           "FROM users u JOIN user_stats s ON s.user_id = u.id WHERE u.id = 5"));
        compareRow(rowsOf(user).first().toArray(),
                   admin.get(QStringLiteral("/admin/users/5.json")).json(),
                   "username,post_count,topic_count,like_count,like_given_count,admin,trust_level");

        // Every mirrored table answers, and the counts are the community's.
        const Response counts = admin.runSql(
            QStringLiteral("SELECT (SELECT count(*) FROM posts) AS posts, (SELECT count(*) FROM "
                           "topics) AS topics, "
                           "(SELECT count(*) FROM reviewables) AS reviewables, (SELECT count(*) "
                           "FROM categories) AS categories, "
                           "(SELECT count(*) FROM reviewable_scores) AS scores, (SELECT count(*) "
                           "FROM reviewable_histories) AS histories, "
                           "(SELECT count(*) FROM discourse_solved_solved_topics) AS solved, "
                           "(SELECT count(*) FROM posts WHERE post_type = 4) AS whispers"));
        QCOMPARE(counts.status, 200);
        const QJsonArray crow = rowsOf(counts).first().toArray();
        QCOMPARE(crow.at(0).toInteger(), qint64(c.posts.size()));
        QCOMPARE(crow.at(1).toInteger(), qint64(c.topics.size()));
        QCOMPARE(crow.at(2).toInteger(), qint64(c.reviews.size()));
        QCOMPARE(crow.at(3).toInteger(), qint64(c.categories.size()));
        QVERIFY(crow.at(4).toInteger() > 0 && crow.at(5).toInteger() >= crow.at(2).toInteger());
        qint64 solved = 0, whispers = 0;
        for (const TopicRecord& t : c.topics)
            solved +=
                t.topic.acceptedAnswerPostId.has_value() && *t.topic.acceptedAnswerPostId != 0;
        for (const PostRecord& p : c.posts)
            whispers += p.type == PostType::Whisper;
        QCOMPARE(crow.at(6).toInteger(), solved);
        QCOMPARE(crow.at(7).toInteger(), whispers);
        QCOMPARE(ExplorerMirror::booleanColumns(QStringLiteral("topics")),
                 (QStringList{QStringLiteral("visible"), QStringLiteral("closed"),
                              QStringLiteral("archived"), QStringLiteral("pinned_globally")}));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("params");
        QTest::addColumn<QString>("limit");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        const QString p = QStringLiteral("-- [params]\n-- int :n = 1\nSELECT :n AS n");
        QTest::newRow("semicolon") << QStringLiteral("SELECT 1 -- no ; here") << QString()
                                   << QString() << 422 << QStringLiteral("semicolon");
        QTest::newRow("int not an integer") << p << QStringLiteral("{\"n\":\"2.3\"}") << QString()
                                            << 422 << QStringLiteral("ValidationError");
        QTest::newRow("missing parameter")
            << QStringLiteral("-- [params]\n-- int :n\nSELECT :n") << QString() << QString() << 422
            << QStringLiteral(
                   "DiscourseDataExplorer::ValidationError: Missing parameter n of type int");
        QTest::newRow("invalid JSON") << p << QStringLiteral("{nope") << QString() << 422
                                      << QStringLiteral("Invalid JSON in params");
        QTest::newRow("unknown column")
            << QStringLiteral("SELECT nope FROM posts") << QString() << QString() << 422
            << QStringLiteral("PG::UndefinedColumn: ERROR:  column \"nope\" does not exist");
        QTest::newRow("unknown table")
            << QStringLiteral("SELECT id FROM no_such_table") << QString() << QString() << 422
            << QStringLiteral(
                   "PG::UndefinedTable: ERROR:  relation \"no_such_table\" does not exist");
        QTest::newRow("syntax") << QStringLiteral("SELEC 1") << QString() << QString() << 422
                                << QStringLiteral("PG::SyntaxError: ERROR:  ");
        QTest::newRow("delete") << QStringLiteral("DELETE FROM posts") << QString() << QString()
                                << 422
                                << QStringLiteral("PG::ReadOnlySqlTransaction: ERROR:  cannot "
                                                  "execute DELETE in a read-only transaction");
        QTest::newRow("update") << QStringLiteral("  UPDATE topics SET closed = 1 RETURNING id")
                                << QString() << QString() << 422
                                << QStringLiteral("read-only transaction");
        QTest::newRow("create table") << QStringLiteral("CREATE TABLE x (y)") << QString()
                                      << QString() << 422 << QStringLiteral("PG::SyntaxError");
        QTest::newRow("undeclared marker") << QStringLiteral("SELECT :undeclared") << QString()
                                           << QString() << 422 << QStringLiteral("PG::SyntaxError");
        QTest::newRow("limit too large")
            << QStringLiteral("SELECT 1") << QString() << QStringLiteral("10001") << 400
            << QStringLiteral("limit");
        QTest::newRow("limit negative") << QStringLiteral("SELECT 1") << QString()
                                        << QStringLiteral("-1") << 400 << QStringLiteral("limit");
        QTest::newRow("limit not a number")
            << QStringLiteral("SELECT 1") << QString() << QStringLiteral("all") << 400
            << QStringLiteral("limit");
        QTest::newRow("limit zero")
            << QStringLiteral("SELECT 1") << QString() << QStringLiteral("0") << 200 << QString();
        QTest::newRow("cast stays")
            << QStringLiteral("SELECT '10:30' AS t, :n AS n\n-- [params]\n-- int :n = 4")
            << QString() << QString() << 200 << QString();
    }

    void errors()
    {
        QFETCH(QString, sql);
        QFETCH(QString, params);
        QFETCH(QString, limit);
        QFETCH(int, status);
        QFETCH(QString, error);
        Client admin(*m_server, m_server->adminCredentials());
        const Id id = admin.create(QStringLiteral("steward:error"), sql);
        QVERIFY(id > 0);
        const Response r = admin.run(id, {}, limit, params);
        QCOMPARE(r.status, status);
        if (status == 422) {
            QCOMPARE(r.json().value(QStringLiteral("success")).toBool(true), false);
            QVERIFY2(r.firstError().contains(error), qPrintable(r.firstError()));
        } else if (status == 400) {
            QCOMPARE(r.json().value(QStringLiteral("error_type")).toString(),
                     QStringLiteral("invalid_parameters"));
        }
    }

    void moderatorAndDisabledPlugin()
    {
        Client moderator(*m_server, m_server->moderatorCredentials());
        for (const Response& r :
             {moderator.get(kBase + QStringLiteral(".json")),
              moderator.request("POST", kBase + QStringLiteral(".json")),
              moderator.request("POST", kBase + QStringLiteral("/1/run.json"))}) {
            QCOMPARE(r.status, 403);
            QCOMPARE(r.json().value(QStringLiteral("error_type")).toString(),
                     QStringLiteral("invalid_access"));
        }
        ServerOptions off;
        off.dataExplorer = false;
        auto server = startWarm(off);
        Client admin(*server, server->adminCredentials());
        QCOMPARE(admin.get(kBase + QStringLiteral(".json")).status, 404);
        QCOMPARE(admin.create(QStringLiteral("x"), QStringLiteral("SELECT 1")), Id(0));
        QCOMPARE(admin.request("POST", kBase + QStringLiteral(".json")).status, 404);
        QCOMPARE(admin.request("POST", kLegacy + QStringLiteral("/1/run")).status, 404);
        QCOMPARE(admin.request("PUT", kBase + QStringLiteral("/1.json")).status, 404);
        QCOMPARE(admin.request("DELETE", kBase + QStringLiteral("/1.json")).status, 404);
    }

    void blockModeLimitsRuns()
    {
        ServerOptions block;
        block.dataExplorerBlock = true;
        auto server = startWarm(block);
        Client admin(*server, server->adminCredentials());
        const Id id = admin.create(QStringLiteral("steward:limit"), QStringLiteral("SELECT 1"));
        QCOMPARE(admin.run(id).status, 200);
        QCOMPARE(admin.run(id).status, 200);
        const Response limited = admin.run(id);
        QCOMPARE(limited.status, 429);
        const int wait = limited.retryAfter.toInt();
        QVERIFY(wait >= 1 && wait <= 10);
        const QJsonObject body = limited.json();
        QCOMPARE(body.value(QStringLiteral("error_type")).toString(), QStringLiteral("rate_limit"));
        QCOMPARE(
            body.value(QStringLiteral("extras")).toObject(),
            (QJsonObject{{QStringLiteral("wait_seconds"), wait},
                         {QStringLiteral("time_left"), QStringLiteral("%1 seconds").arg(wait)}}));
        QCOMPARE(admin.run(9999).status, 429); // counted before the query is looked up
        // Runs count against the admin API bucket (--rate-limit) like every keyed request.
        ServerOptions admin60;
        admin60.rateLimitPerMinute = 3;
        auto limitedSite = startWarm(admin60);
        Client keyed(*limitedSite, limitedSite->adminCredentials());
        const Id q =
            keyed.create(QStringLiteral("steward:admin-limit"), QStringLiteral("SELECT 1"));
        QCOMPARE(keyed.run(q).status, 200);
        QCOMPARE(keyed.run(q).status, 200);
        QCOMPARE(keyed.run(q).status, 429);
        // Warn mode (the default server) never answers 429.
        Client warned(*m_server, m_server->adminCredentials());
        const Id other = warned.create(QStringLiteral("steward:warn"), QStringLiteral("SELECT 1"));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(warned.run(other).status, 200);
    }

    void timeout()
    {
        ServerOptions options;
        options.dataExplorerTimeoutMs = 300;
        auto server = startWarm(options);
        Client admin(*server, server->adminCredentials());
        const Response r = admin.runSql(
            QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                           "SELECT count(*) FROM c"));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.firstError(),
                 QStringLiteral(
                     "PG::QueryCanceled: ERROR:  canceling statement due to statement timeout"));
    }

    void restWritesReachTheNextRun()
    {
        Client admin(*m_server, m_server->adminCredentials());
        const SandboxCommunity& c = m_server->community();
        Id topic = 0;
        Id post = 0;
        for (const TopicRecord& t : c.topics) {
            if (!t.topic.closed && !t.topic.isDeleted() &&
                t.topic.archetype == Archetype::Regular && t.posts.size() > 2) {
                topic = t.topic.id;
                post = c.posts[std::size_t(t.posts[1])].id;
                break;
            }
        }
        QVERIFY(topic && post);
        const Id id = admin.create(
            QStringLiteral("steward:state"),
            QStringLiteral(
                "-- [params]\n-- int :topic = 0\n-- int :post = 0\n"
                "SELECT t.closed, p.deleted_at FROM topics t JOIN posts p ON p.topic_id = t.id "
                "WHERE t.id = :topic AND p.id = :post"));
        const QJsonObject params{{QStringLiteral("topic"), QString::number(topic)},
                                 {QStringLiteral("post"), QString::number(post)}};
        QCOMPARE(rowsOf(admin.run(id, params)), (QJsonArray{QJsonArray{false, QJsonValue::Null}}));
        const int refreshes = m_server->currentExplorerMirror()->refreshCount();
        const QList<std::pair<QString, QString>> close{
            {QStringLiteral("status"), QStringLiteral("closed")},
            {QStringLiteral("enabled"), QStringLiteral("true")}};
        QCOMPARE(admin.request("PUT", QStringLiteral("/t/%1/status.json").arg(topic), close).status,
                 200);
        QCOMPARE(admin.request("DELETE", QStringLiteral("/posts/%1.json").arg(post)).status, 200);
        const QJsonArray row = rowsOf(admin.run(id, params)).first().toArray();
        QCOMPARE(row.at(0), QJsonValue(true));
        QCOMPARE(row.at(1), admin.get(QStringLiteral("/posts/%1.json").arg(post))
                                .json()
                                .value(QStringLiteral("deleted_at")));
        QVERIFY(row.at(1).isString());
        QCOMPARE(m_server->currentExplorerMirror()->buildCount(), 1); // refreshed, not rebuilt
        QCOMPARE(m_server->currentExplorerMirror()->refreshCount(), refreshes + 1);
        admin.run(id, params);
        QCOMPARE(m_server->currentExplorerMirror()->refreshCount(),
                 refreshes + 1); // no write, no refresh
    }

    void queriesAreJournaled()
    {
        QTemporaryDir data;
        ServerOptions options;
        options.dataDirectory = data.path();
        Id id = 0;
        {
            auto server = startWarm(options);
            Client admin(*server, server->adminCredentials());
            id = admin.create(QStringLiteral("steward:journal"), QStringLiteral("SELECT 7"));
            QCOMPARE(admin
                         .request("PUT", QStringLiteral("%1/%2.json").arg(kBase).arg(id),
                                  {{QStringLiteral("query[description]"), QStringLiteral("v2")}})
                         .status,
                     200);
        }
        auto restarted = startWarm(options);
        Client admin(*restarted, restarted->adminCredentials());
        const QJsonObject query = admin.get(QStringLiteral("%1/%2.json").arg(kBase).arg(id))
                                      .json()
                                      .value(QStringLiteral("query"))
                                      .toObject();
        QCOMPARE(query.value(QStringLiteral("name")).toString(), QStringLiteral("steward:journal"));
        QCOMPARE(query.value(QStringLiteral("description")).toString(), QStringLiteral("v2"));
        QCOMPARE(rowsOf(admin.run(id)), (QJsonArray{QJsonArray{7}}));
    }

private:
    std::unique_ptr<SandboxServer> m_server;
};

QTEST_GUILESS_MAIN(TestSandboxExplorer)
#include "tst_sandboxexplorer.moc"
