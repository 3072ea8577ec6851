// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Steward's Data Explorer queries on PostgreSQL, the database Discourse runs them on: a real
// server (Debian's package, started here) is loaded with the sandbox's community in Discourse's
// tables and column types, and every query, run as the plugin runs it (comments stripped,
// parameters bound, wrapped in WITH query AS (...) LIMIT n), must give the same rows there as
// on the sandbox's SQLite mirror, which the bulk-sync tests check against the REST walk.
#include "models/sandbox/server/explorermirror.h"
#include "models/sandbox/server/explorerrun.h"
#include "models/sandbox/server/explorertables.h"
#include "models/sync/bulkqueries.h"
#include "tests/support/postgresserver.h"
#include "tests/support/sandboxtesting.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <sqlite3.h>

using namespace steward;
using namespace steward::testing;

namespace {

QString postgresType(const QString& declared)
{
    static const QHash<QString, QString> types{
        {QStringLiteral("INTEGER"), QStringLiteral("bigint")},
        {QStringLiteral("TEXT"), QStringLiteral("text")},
        {QStringLiteral("TIMESTAMP"), QStringLiteral("timestamp")},
        {QStringLiteral("BOOLEAN"), QStringLiteral("boolean")},
        {QStringLiteral("FLOAT"), QStringLiteral("double precision")},
        {QStringLiteral("JSON"), QStringLiteral("json")}};
    return types.value(declared, QStringLiteral("text"));
}

/// One cell as text both databases agree on: times as milliseconds, booleans (and SQLite's
/// integers for them) as 0/1, reals with 9 significant digits.
QString cell(const QVariant& v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (v.typeId() == QMetaType::QDateTime) {
        QDateTime t = v.toDateTime();
        t.setTimeZone(QTimeZone::UTC); // timestamp without time zone, holding UTC as Discourse's do
        return QString::number(t.toMSecsSinceEpoch());
    }
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', 9);
    const QString text = v.toString();
    static const QRegularExpression iso(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z$"));
    if (iso.match(text).hasMatch())
        return QString::number(QDateTime::fromString(text, Qt::ISODateWithMs).toMSecsSinceEpoch());
    return text;
}

/// The plugin's treatment of a stored query, for PostgreSQL (the sandbox has its own for SQLite,
/// runExplorerQuery): "--" comments dropped, ":name" bound (here as literals: the values are
/// integers and lists of them), wrapped with the row limit.
QString asRun(const QString& sql, const QHash<QString, QString>& params, int limit)
{
    QStringList kept;
    for (const QString& line : sql.split(u'\n'))
        if (!line.trimmed().startsWith(QStringLiteral("--")))
            kept << line;
    QString body = kept.join(u'\n');
    static const QRegularExpression marker(QStringLiteral("(?<!:):([a-zA-Z_][a-zA-Z0-9_]*)"));
    QString bound;
    qsizetype at = 0;
    for (auto it = marker.globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        bound += body.mid(at, m.capturedStart() - at) +
                 params.value(m.captured(1), QStringLiteral("NULL"));
        at = m.capturedEnd();
    }
    bound += body.mid(at);
    return QStringLiteral("WITH query AS (\n%1\n) SELECT * FROM query LIMIT %2")
        .arg(bound)
        .arg(limit);
}

/// The rows the sandbox serves for the query: its own Data Explorer emulation on the mirror.
QList<QStringList> onSandbox(sqlite3* db, const QString& sql, const QHash<QString, QString>& params,
                             QString* error)
{
    QJsonObject sent;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        sent.insert(it.key(), it.value());
    const sandbox::Reply reply = sandbox::runExplorerQuery(db, sql, sent, 10000, 60000);
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    QList<QStringList> rows;
    if (reply.status != 200) {
        *error = QString::fromUtf8(reply.body);
        return rows;
    }
    for (const QJsonValue& row : body.value(QStringLiteral("rows")).toArray()) {
        QStringList cells;
        for (const QJsonValue& v : row.toArray())
            cells << cell(v.toVariant());
        rows << cells;
    }
    return rows;
}

QList<QStringList> onPostgres(const QSqlDatabase& db, const QString& sql, QString* error)
{
    QList<QStringList> rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return rows;
    }
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << cell(q.value(i));
        rows << row;
    }
    return rows;
}

} // namespace

class TestBulkQueriesPostgres : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_postgres.start(&error), qPrintable(error));
        m_server = startSandbox();
        QVERIFY2(m_mirror.refresh(m_server->community(), &error), qPrintable(error));
        loadDiscourseTables();
    }

    void everyQueryGivesTheSameRowsOnBoth_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("params"); // name=value
        const sandbox::SandboxCommunity& c = m_server->community();
        const QString somePosts =
            QStringLiteral("1,2,3,%1,%2").arg(c.posts.size() / 2).arg(c.posts.size());
        const QString someTopics = QStringLiteral("1,2,%1").arg(c.topics.size());
        const QString someUsers = QStringLiteral("1,2,3,%1").arg(c.users.size());
        const QString top = QString::number(9007199254740991LL);
        QStringList tagged;
        for (const sandbox::TopicRecord& t : c.topics)
            if (!t.topic.tags.isEmpty() && tagged.size() < 20)
                tagged << QString::number(t.topic.id);
        auto row = [](QLatin1StringView name, const QStringList& params) {
            QTest::newRow(name.data()) << QString(name) << params;
        };
        row(bulk::kCounts, {});
        row(bulk::kUsers, {QStringLiteral("after=-9007199254740991")});
        row(bulk::kUsersByIds, {QStringLiteral("ids=") + someUsers});
        row(bulk::kTopics, {QStringLiteral("before=") + top});
        row(bulk::kTopicsByIds, {QStringLiteral("ids=") + someTopics});
        row(bulk::kPosts, {QStringLiteral("before=") + top});
        row(bulk::kPostsByIds, {QStringLiteral("ids=") + somePosts});
        row(bulk::kTags, {QStringLiteral("ids=") + tagged.join(u',')});
        row(bulk::kReviewables, {QStringLiteral("after=0")});
        row(bulk::kScores, {QStringLiteral("after=0")});
        row(bulk::kSolved, {QStringLiteral("after=0")});
    }

    void everyQueryGivesTheSameRowsOnBoth()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, params);
        QString sql;
        for (const ExplorerQuery& q : bulk::queries())
            if (q.name == name)
                sql = q.sql;
        QVERIFY(!sql.isEmpty());
        QVERIFY2(!sql.contains(u';'), "the plugin refuses any semicolon");
        QHash<QString, QString> values;
        for (const QString& p : params)
            values.insert(p.section(u'=', 0, 0), p.section(u'=', 1));
        const QString run = asRun(sql, values, 10000);
        QString sqliteError, postgresError;
        QList<QStringList> lite = onSandbox(m_mirror.connection(), sql, values, &sqliteError);
        QList<QStringList> pg = onPostgres(m_postgres.database(), run, &postgresError);
        QVERIFY2(sqliteError.isEmpty(), qPrintable(sqliteError));
        QVERIFY2(postgresError.isEmpty(), qPrintable(postgresError));
        QVERIFY(!pg.isEmpty());
        QCOMPARE(pg.size(), lite.size());
        if (name.endsWith(QStringLiteral("by id"))) { // no order asked for
            std::sort(pg.begin(), pg.end());
            std::sort(lite.begin(), lite.end());
        }
        for (qsizetype i = 0; i < pg.size(); ++i)
            QVERIFY2(
                pg[i] == lite[i],
                qPrintable(QStringLiteral("row %1:\n PostgreSQL %2\n SQLite     %3")
                               .arg(i)
                               .arg(pg[i].join(u'|').left(400), lite[i].join(u'|').left(400))));
    }

    void everyAnswersStorageGivesTheSameAnswers()
    {
        // discourse-solved's storage before its own table (topic_custom_fields) and after it
        // allowed several answers (discourse_solved_topic_answers), filled from the mirror's.
        QSqlQuery q(m_postgres.database());
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE topic_custom_fields (id bigserial PRIMARY KEY, topic_id integer NOT "
            "NULL, "
            "name varchar(256) NOT NULL, value text, created_at timestamp NOT NULL DEFAULT now(), "
            "updated_at timestamp NOT NULL DEFAULT now())")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO topic_custom_fields (topic_id, name, value) SELECT topic_id, "
            "'accepted_answer_post_id', answer_post_id::text FROM "
            "discourse_solved_solved_topics")));
        QVERIFY(q.exec(
            QStringLiteral("CREATE TABLE discourse_solved_topic_answers (id bigserial PRIMARY KEY, "
                           "solved_topic_id bigint NOT NULL, answer_post_id bigint NOT NULL "
                           "UNIQUE, accepter_user_id bigint, "
                           "created_at timestamp NOT NULL DEFAULT now(), updated_at timestamp NOT "
                           "NULL DEFAULT now())")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO discourse_solved_topic_answers (solved_topic_id, answer_post_id) "
            "SELECT id, answer_post_id FROM discourse_solved_solved_topics ORDER BY topic_id")));
        QList<QList<QStringList>> answers; // (topic, answer) per storage, the paging key left out
        for (QLatin1StringView name : bulk::kSolvedEras) {
            QString sql;
            for (const ExplorerQuery& query : bulk::queries())
                if (query.name == QString(name))
                    sql = query.sql;
            QString error;
            QList<QStringList> rows = onPostgres(
                m_postgres.database(),
                asRun(sql, {{QStringLiteral("after"), QStringLiteral("0")}}, 10000), &error);
            QVERIFY2(error.isEmpty(), qPrintable(QString(name) + QStringLiteral(": ") + error));
            for (QStringList& row : rows)
                row.removeFirst();
            std::sort(rows.begin(), rows.end());
            answers << rows;
        }
        QVERIFY(!answers.first().isEmpty());
        QCOMPARE(answers[0], answers[1]);
        QCOMPARE(answers[2], answers[1]);
    }

private:
    void loadDiscourseTables()
    {
        QSqlDatabase pg = m_postgres.database();
        QSqlQuery q(pg);
        QVERIFY(pg.transaction());
        for (const sandbox::explorer::TableDef& table : sandbox::explorer::tables()) {
            QStringList columns, types, marks;
            for (const QString& column : QString::fromLatin1(table.columns).split(u',')) {
                const QString name = column.simplified().section(u' ', 0, 0);
                const QString declared = column.simplified().section(u' ', 1, 1);
                columns << name;
                types << declared;
                marks << QStringLiteral("?");
            }
            QStringList defs;
            for (qsizetype i = 0; i < columns.size(); ++i)
                defs << columns[i] + u' ' + postgresType(types[i]) +
                            (i == 0 ? QStringLiteral(" PRIMARY KEY") : QString());
            QVERIFY2(q.exec(QStringLiteral("CREATE TABLE %1 (%2)")
                                .arg(QLatin1StringView(table.name), defs.join(u','))),
                     qPrintable(q.lastError().text()));
            QSqlQuery insert(pg);
            QVERIFY(insert.prepare(QStringLiteral("INSERT INTO %1 VALUES (%2)")
                                       .arg(QLatin1StringView(table.name), marks.join(u','))));
            sqlite3_stmt* st = nullptr;
            const QByteArray select = QByteArrayLiteral("SELECT * FROM ") + table.name;
            QCOMPARE(
                sqlite3_prepare_v2(m_mirror.connection(), select.constData(), -1, &st, nullptr),
                SQLITE_OK);
            while (sqlite3_step(st) == SQLITE_ROW) {
                for (int i = 0; i < int(columns.size()); ++i) {
                    QVariant v;
                    if (sqlite3_column_type(st, i) != SQLITE_NULL) {
                        if (types[i] == u"BOOLEAN")
                            v = sqlite3_column_int(st, i) != 0;
                        else if (types[i] == u"INTEGER")
                            v = qlonglong(sqlite3_column_int64(st, i));
                        else if (types[i] == u"FLOAT")
                            v = sqlite3_column_double(st, i);
                        else
                            v = QString::fromUtf8(
                                reinterpret_cast<const char*>(sqlite3_column_text(st, i)));
                    }
                    insert.bindValue(i, v);
                }
                QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            }
            sqlite3_finalize(st);
        }
        QVERIFY(pg.commit());
    }

    PostgresServer m_postgres;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    sandbox::ExplorerMirror m_mirror;
};

QTEST_GUILESS_MAIN(TestBulkQueriesPostgres)
#include "tst_bulkqueries_pg.moc"
