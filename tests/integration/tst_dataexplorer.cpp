// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// DataExplorer (Steward's client for the plugin) against the sandbox's emulation: queries made
// once and found again, updated in place, run by key a page at a time; refusals and errors.
#include "models/domain/clock.h"
#include "models/net/dataexplorer.h"
#include "tests/support/synctesting.h"

#include <QJsonArray>

using namespace steward;
using namespace steward::testing;

namespace {

const QString kPostsSql = QStringLiteral(
    "-- [params]\n"
    "-- bigint :after_id = 0\n"
    "SELECT p.id, p.id + 0 AS same, p.raw FROM posts p WHERE p.id > :after_id ORDER BY p.id");

ApiError prepared(DataExplorer& explorer, const QList<ExplorerQuery>& queries)
{
    std::optional<ApiError> result;
    explorer.prepare(queries, [&result](const ApiError& e) { result = e; });
    for (int waited = 0; !result && waited < 20000; waited += 10)
        QTest::qWait(10);
    if (!result) {
        ApiError timedOut;
        timedOut.kind = ApiErrorKind::Abandoned;
        return timedOut;
    }
    return *result;
}

std::pair<ExplorerPage, ApiError> ran(DataExplorer& explorer, const QString& name,
                                      const QJsonObject& params, int limit)
{
    std::optional<std::pair<ExplorerPage, ApiError>> result;
    explorer.run(name, params, limit,
                 [&result](const ExplorerPage& page, const ApiError& e) { result = {page, e}; });
    for (int waited = 0; !result && waited < 30000; waited += 10)
        QTest::qWait(10);
    if (!result) {
        ApiError timedOut;
        timedOut.kind = ApiErrorKind::Abandoned;
        return {ExplorerPage{}, timedOut};
    }
    return *result;
}

} // namespace

class TestDataExplorer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void queriesAreMadeOnceAndFoundAgain()
    {
        auto server = startSandbox();
        QNetworkAccessManager network;
        DiscourseClient client(adminSite(*server), &network);
        const QList<ExplorerQuery> queries{
            {QStringLiteral("Steward: posts"), kPostsSql},
            {QStringLiteral("Steward: topics"), QStringLiteral("SELECT id FROM topics")}};
        DataExplorer first(client);
        QCOMPARE(prepared(first, queries).kind, ApiErrorKind::None);
        QCOMPARE(first.availability(), DataExplorer::Availability::Available);
        QVERIFY(first.queryId(queries[0].name) > 0 && first.queryId(queries[1].name) > 0);
        QCOMPARE(server->community().explorerQueries.size(), std::size_t(2));

        // Another start: found by name, nothing written.
        const int sent = client.stats().sent;
        DataExplorer second(client);
        QCOMPARE(prepared(second, queries).kind, ApiErrorKind::None);
        QCOMPARE(second.queryId(queries[0].name), first.queryId(queries[0].name));
        QCOMPARE(client.stats().sent - sent, 1); // the list alone
        QCOMPARE(server->community().explorerQueries.size(), std::size_t(2));

        // New SQL under the same name: updated in place, not made twice.
        QList<ExplorerQuery> changed = queries;
        changed[1].sql = QStringLiteral("SELECT id, title FROM topics");
        DataExplorer third(client);
        QCOMPARE(prepared(third, changed).kind, ApiErrorKind::None);
        QCOMPARE(third.queryId(changed[1].name), first.queryId(queries[1].name));
        QCOMPARE(server->community().explorerQueries.size(), std::size_t(2));
        QCOMPARE(server->community()
                     .explorerQueries[std::size_t(third.queryId(changed[1].name) - 1)]
                     .sql,
                 changed[1].sql);
    }

    void aTableIsReadWholeByKey()
    {
        auto server = startSandbox();
        QNetworkAccessManager network;
        DiscourseClient client(adminSite(*server), &network);
        DataExplorer explorer(client);
        QCOMPARE(prepared(explorer, {{QStringLiteral("Steward: posts"), kPostsSql}}).kind,
                 ApiErrorKind::None);
        qint64 after = 0;
        int rows = 0;
        for (;;) {
            const auto [page, error] = ran(explorer, QStringLiteral("Steward: posts"),
                                           {{QStringLiteral("after_id"), after}}, 500);
            QCOMPARE(error.kind, ApiErrorKind::None);
            QCOMPARE(page.columns, (QStringList{QStringLiteral("id"), QStringLiteral("same"),
                                                QStringLiteral("raw")}));
            for (const QJsonArray& row : page.rows) {
                QVERIFY(row.at(0).toInteger() > after);
                QCOMPARE(row.at(1).toInteger(),
                         row.at(0).toInteger()); // "p.id + 0" arrived as written
                after = row.at(0).toInteger();
                ++rows;
            }
            if (page.rows.size() < 500)
                break;
        }
        QCOMPARE(rows, int(server->community().posts.size()));
    }

    void runsKeepToTheSitesLimit()
    {
        // In block mode the third run within 10 s would be refused with 429; spaced, none is.
        // Server and client share a clock, so the spacing costs no real time.
        VirtualClock clock;
        clock.setAutoAdvance(true);
        sandbox::ServerOptions options;
        options.dataExplorerBlock = true;
        options.clock = &clock;
        auto server = startSandbox(options);
        QNetworkAccessManager network;
        DiscourseClient client(adminSite(*server), &network);
        client.setClock(&clock);
        DataExplorer explorer(client);
        QCOMPARE(explorer.runsPer10Seconds(), 0); // adminSite(): the tests' sandboxes only count
        explorer.setRunsPer10Seconds(2);
        QCOMPARE(prepared(explorer,
                          {{QStringLiteral("Steward: one"), QStringLiteral("SELECT 1 AS one")}})
                     .kind,
                 ApiErrorKind::None);
        int answered = 0;
        for (int i = 0; i < 3; ++i)
            explorer.run(QStringLiteral("Steward: one"), {}, 1,
                         [&answered](const ExplorerPage& page, const ApiError& e) {
                             answered += !e.isError() && page.rows.size() == 1;
                         });
        const qint64 firstRun = clock.monotonicMs();
        QTRY_COMPARE_WITH_TIMEOUT(answered, 3, 30000);
        QCOMPARE(client.stats().rateLimited, 0);
        QVERIFY2(clock.monotonicMs() - firstRun >= 10000, "the third run did not wait its turn");
    }

    void aBrokenQueryIsAnErrorNeverAnEmptyPage()
    {
        auto server = startSandbox();
        QNetworkAccessManager network;
        DiscourseClient client(adminSite(*server), &network);
        DataExplorer explorer(client);
        QCOMPARE(prepared(explorer, {{QStringLiteral("Steward: broken"),
                                      QStringLiteral("SELECT no_such_column FROM posts")}})
                     .kind,
                 ApiErrorKind::None);
        const auto [page, error] = ran(explorer, QStringLiteral("Steward: broken"), {}, 10);
        QCOMPARE(error.kind, ApiErrorKind::Unprocessable);
        QVERIFY2(error.summary().contains(QStringLiteral("UndefinedColumn")),
                 qPrintable(error.summary()));
        QVERIFY(page.rows.isEmpty());
        QCOMPARE(ran(explorer, QStringLiteral("Steward: never prepared"), {}, 10).second.kind,
                 ApiErrorKind::NotFound);
    }

    void aModeratorsKeyIsRefusedAndASiteWithoutThePluginIsMissing()
    {
        auto server = startSandbox();
        QNetworkAccessManager network;
        DiscourseClient moderator(moderatorSite(*server), &network);
        DataExplorer refused(moderator);
        QCOMPARE(prepared(refused, {{QStringLiteral("Steward: posts"), kPostsSql}}).kind,
                 ApiErrorKind::Forbidden);
        QCOMPARE(refused.availability(), DataExplorer::Availability::Refused);

        sandbox::ServerOptions without;
        without.dataExplorer = false;
        auto plain = startSandbox(without);
        DiscourseClient admin(adminSite(*plain), &network);
        DataExplorer missing(admin);
        QCOMPARE(prepared(missing, {{QStringLiteral("Steward: posts"), kPostsSql}}).kind,
                 ApiErrorKind::NotFound);
        QCOMPARE(missing.availability(), DataExplorer::Availability::Missing);
        QVERIFY(plain->community().explorerQueries.empty());
    }
};

QTEST_GUILESS_MAIN(TestDataExplorer)
#include "tst_dataexplorer.moc"
