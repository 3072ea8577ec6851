// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the dashboard: a sandbox community synced over loopback (kept at --db and
// reused on later runs), then the time to read the analytics dataset from it, the time to
// recompute the whole dashboard's report for each range preset and response definition, and
// the same KPIs as straightforward SQL over the stored tables (the baseline). Prints Markdown
// for docs/benchmarks.md.
//
//   bench_analytics [--scale small|medium|large] [--db PATH] [--runs N]
#include "models/analytics/report.h"
#include "models/net/discourseclient.h"
#include "models/sandbox/server/sandboxthread.h"
#include "models/store/database.h"
#include "models/store/statement.h"
#include "models/store/store.h"
#include "models/sync/syncengine.h"
#include "tests/bench/benchpostgres.h"
#include "tests/bench/benchsupport.h"
#include "tests/bench/benchsync.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>

using namespace steward;
using namespace steward::analytics;

namespace {

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

struct Timing
{
    double median = 0;
    double worst = 0;
};

template <typename F> Timing measure(int runs, F work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(ms(t));
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times.back()};
}

/// The baseline: each KPI as its own SQL over the tables, the way a report query would be
/// written without Steward's dataset. Returns a checksum so the work is not optimised away.
qint64 sqlBaseline(const Database& db, qint64 from, qint64 to)
{
    static const char* const queries[] = {
        // new topics and posts per day
        "SELECT created_at / 86400000, count(*) FROM topics WHERE archetype = 'regular' AND "
        "deleted_at IS NULL "
        "AND created_at >= ?1 AND created_at < ?2 GROUP BY 1",
        "SELECT p.created_at / 86400000, count(*), count(DISTINCT p.user_id) FROM posts p JOIN "
        "topics t ON t.id = p.topic_id "
        "WHERE t.archetype = 'regular' AND t.deleted_at IS NULL AND p.deleted_at IS NULL AND "
        "p.post_type = 1 "
        "AND p.created_at >= ?1 AND p.created_at < ?2 GROUP BY 1",
        // Discourse's time_to_first_response, per topic
        "SELECT t.id, MIN(p.created_at) - t.created_at FROM topics t JOIN posts p ON p.topic_id = "
        "t.id "
        "WHERE t.archetype = 'regular' AND t.deleted_at IS NULL AND t.created_at >= ?1 AND "
        "t.created_at < ?2 "
        "AND p.deleted_at IS NULL AND p.post_number > 1 AND p.user_id <> t.user_id AND p.post_type "
        "= 1 "
        "AND p.created_at > t.created_at GROUP BY t.id",
        // topics_with_no_response
        "SELECT count(*) FROM topics t WHERE t.archetype = 'regular' AND t.deleted_at IS NULL AND "
        "t.created_at >= ?1 "
        "AND t.created_at < ?2 AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.topic_id = t.id AND "
        "p.post_number > 1 "
        "AND p.deleted_at IS NULL AND p.user_id <> t.user_id AND p.post_type = 1)",
        // top contributors and categories
        "SELECT p.user_id, count(*), sum(p.like_count), sum(p.id = t.accepted_answer_post_id) FROM "
        "posts p "
        "JOIN topics t ON t.id = p.topic_id WHERE t.archetype = 'regular' AND t.deleted_at IS NULL "
        "AND p.deleted_at IS NULL "
        "AND p.post_type = 1 AND p.created_at >= ?1 AND p.created_at < ?2 GROUP BY p.user_id ORDER "
        "BY 2 DESC LIMIT 10",
        "SELECT t.category_id, count(*) FROM posts p JOIN topics t ON t.id = p.topic_id WHERE "
        "t.archetype = 'regular' "
        "AND t.deleted_at IS NULL AND p.deleted_at IS NULL AND p.post_type = 1 AND p.created_at >= "
        "?1 AND p.created_at < ?2 "
        "GROUP BY 1",
        // flags by reason and outcome
        "SELECT score_type_id, status, count(*) FROM reviewable_scores WHERE created_at >= ?1 AND "
        "created_at < ?2 GROUP BY 1, 2",
    };
    qint64 checksum = 0;
    for (const char* sql : queries) {
        Statement q;
        QString error;
        if (!q.prepare(db.connection(), sql, &error))
            qFatal("%s", qPrintable(error));
        q.bind(1, from);
        q.bind(2, to);
        while (q.next(&error))
            checksum += q.int64(1);
    }
    return checksum;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const bench::StoreOptions storeOptions;
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs per measurement."),
                                        QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption postgresOption(
        QStringLiteral("postgres"),
        QStringLiteral("Sync into PostgreSQL (a server started for the run) and read from it."));
    parser.addOptions({storeOptions.scale, storeOptions.db, runsOption, postgresOption});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    sandbox::Scale scale{};
    testing::PostgresServer postgres;
    QString path;
    if (parser.isSet(postgresOption)) {
        scale = sandbox::scaleFromString(parser.value(storeOptions.scale))
                    .value_or(sandbox::Scale::Large);
        path = bench::postgresDatabase(postgres, QStringLiteral("dashboard"));
        if (!bench::syncSandbox(path, scale, out))
            return 1;
    } else {
        path = bench::syncedStore(parser, storeOptions, &scale, out);
    }
    if (path.isEmpty())
        return 1;
    const int runs = std::max(1, parser.value(runsOption).toInt());

    Database db;
    QString error;
    if (!db.open(path, &error))
        qFatal("%s", qPrintable(error));
    Dataset data;
    const Timing load = measure(3, [&] {
        data = Dataset();
        if (!loadDataset(db, &data, &error))
            qFatal("%s", qPrintable(error));
    });
    out << "## Dashboard (" << sandbox::scaleName(scale) << " sandbox: " << data.posts.size()
        << " posts, " << data.topics.size() << " topics, " << data.users.size() << " users, "
        << data.reviews.size() << " review items)\n\n"
        << "Reading the dataset from the store: median " << QString::number(load.median, 'f', 0)
        << " ms, worst " << QString::number(load.worst, 'f', 0)
        << " ms of 3 (done once per open and after each sync, on a worker thread).\n\n"
        << "| range | definition | whole report: median ms | worst ms | SQL baseline: median ms | "
           "worst ms |\n"
        << "|---|---|---|---|---|---|\n";
    for (int days : {30, 90, 365}) {
        for (ResponseDefinition d : {ResponseDefinition::Discourse, ResponseDefinition::Staff}) {
            Query q;
            q.to = QDate(2026, 11, 20);
            q.from = q.to.addDays(-(days - 1));
            q.granularity = days <= 31    ? Granularity::Day
                            : days <= 120 ? Granularity::Week
                                          : Granularity::Month;
            q.definition = d;
            if (qEnvironmentVariableIsSet("BENCH_LOCAL_ZONE"))
                q.zone = QTimeZone::systemTimeZone();
            int topics = 0;
            const Timing report =
                measure(runs, [&] { topics = computeReport(data, q).activity.total.topics; });
            qint64 checksum = 0;
            const Timing baseline =
                // The baseline's SQL is SQLite's (?1, sums of comparisons).
                d == ResponseDefinition::Discourse && db.backend() == Database::Backend::SQLite
                    ? measure(std::min(runs, 3),
                              [&] { checksum = sqlBaseline(db, q.startMs(), q.endMs()); })
                    : Timing{};
            out << "| " << days << " days | " << definitionName(d) << " | "
                << QString::number(report.median, 'f', 1) << " | "
                << QString::number(report.worst, 'f', 1) << " | "
                << (checksum ? QString::number(baseline.median, 'f', 0) : QStringLiteral("–"))
                << " | "
                << (checksum ? QString::number(baseline.worst, 'f', 0) : QStringLiteral("–"))
                << " |\n";
            out.flush();
            Q_UNUSED(topics);
        }
    }
    out << "\nMax RSS " << qRound(bench::maxRssMb()) << " MB.\n";
    return 0;
}
