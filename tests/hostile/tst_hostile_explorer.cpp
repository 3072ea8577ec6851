// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The bulk path's runs broken (issue 17): a Data Explorer answer cut short, a server error that
// lasts, rows narrower than their columns, a "success": false. Each must end the sync bounded,
// with its own exit code and message, and leave what was written intact. First an honest bulk
// sync through the proxy, which also files Steward's queries once for the probes that follow.
#include "models/sync/bulkqueries.h"
#include "tests/hostile/hostilepayloads.h"
#include "tests/hostile/tst_hostile.h"

namespace steward::testing {

namespace {

struct RunProbe
{
    const char* name;
    HostileHandler run; ///< what the posts query's run answers
    QList<int> exitCodes;
    QString message;
};

QByteArray postsRunPath()
{
    const QList<ExplorerQuery> queries = bulk::queries();
    for (qsizetype i = 0; i < queries.size(); ++i)
        if (queries[i].name == QString(bulk::kPosts))
            return "/admin/plugins/explorer/queries/" + QByteArray::number(i + 1) +
                   "/run.json"; // filed in this order
    return {};
}

QList<RunProbe> runProbes()
{
    return {
        {"run closed mid-body",
         [](const HostileRequest&, HostileExchange* x) {
             x->writeRaw(httpHead(200, 100000, "application/json; charset=utf-8") +
                         R"({"success":true,"columns":["id"],"rows":[[1],)");
         },
         {68},
         "closed"},
        {"run endless 500",
         [](const HostileRequest&, HostileExchange* x) {
             x->respond(500, R"({"errors":["boom"]})");
         },
         {76},
         "500"},
        {"run rows narrower than columns",
         [](const HostileRequest&, HostileExchange* x) {
             x->respond(
                 200,
                 R"({"success":true,"errors":[],"columns":["id","topic"],"rows":[[9]],"duration":1.0})");
         },
         {76},
         "not as wide"},
        {"run without success",
         [](const HostileRequest&, HostileExchange* x) {
             x->respond(200, R"({"success":false,"errors":["odd"]})");
         },
         {76},
         "Data Explorer"},
        {"run refused as the plugin does (422)",
         [](const HostileRequest&, HostileExchange* x) {
             x->respond(
                 422,
                 R"({"success":false,"errors":["PG::UndefinedTable: ERROR:  relation \"posts\" does not exist"]})");
         },
         {76},
         "UndefinedTable"},
    };
}

} // namespace

void TestHostile::brokenExplorerRunsEndBounded()
{
    {
        auto honest = hostile();
        const RunResult r = runStewardctl(bulkSyncArguments(honest->url(), db()), kBoundMs);
        const QString failure = endedAs(r, db(), {0}, "");
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY2(r.out.contains("through Data Explorer"), r.out.constData());
        QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM posts")), m_honestPosts);
        QVERIFY(honest->count(postsRunPath()) >= 1);
    }
    struct Running
    {
        RunProbe probe;
        std::unique_ptr<HostileServer> server;
        std::unique_ptr<WatchedProcess> process;
        QString db;
    };
    std::vector<Running> runs;
    for (RunProbe& probe : runProbes()) {
        Running run{std::move(probe), hostile(), std::make_unique<WatchedProcess>(),
                    m_dir->filePath(QStringLiteral("run%1.db").arg(runs.size()))};
        run.server->on(postsRunPath(), run.probe.run);
        run.process->start(QStringLiteral(STEWARDCTL), bulkSyncArguments(run.server->url(), run.db),
                           stewardctlEnvironment());
        runs.push_back(std::move(run));
    }
    QStringList failures;
    for (Running& run : runs) {
        const RunResult r = run.process->wait(kBoundMs);
        QString failure = endedAs(r, run.db, run.probe.exitCodes, run.probe.message, kBoundMs,
                                  QString::fromLatin1(run.probe.name));
        // The queue came before the posts walk and stays.
        if (failure.isEmpty() &&
            scalar(run.db, QStringLiteral("SELECT COUNT(*) FROM reviewables")) == 0)
            failure = QStringLiteral("the queue written before the failure is gone");
        if (!failure.isEmpty())
            failures.append(
                QStringLiteral("%1: %2").arg(QString::fromLatin1(run.probe.name), failure));
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n"))));
}

} // namespace steward::testing
