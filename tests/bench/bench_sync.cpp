// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the sync path. Ingest: /posts.json pages fetched once into memory, then parsed
// and stored (one transaction per page) on one core, as posts per second. End to end: a full
// and an incremental sync of a sandbox community over loopback with no rate limit, and the
// floor that Discourse's default limit (60 requests/min) would set for the same requests;
// and a full sync of the small community against a sandbox that enforces that limit.
// Prints Markdown for docs/benchmarks.md.
//
//   bench_sync [--scale small|medium|large] [--ingest-pages N] [--rate-limit N] [--ingest-only]
//              [--rest-only] [--postgres]
#include "models/net/discourseclient.h"
#include "models/net/parse/parse.h"
#include "models/sandbox/server/sandboxthread.h"
#include "models/store/database.h"
#include "models/store/store.h"
#include "models/sync/syncengine.h"
#include "tests/bench/benchpostgres.h"
#include "tests/bench/benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

using namespace steward;
using namespace steward::sandbox;

namespace {

QByteArray fetch(QNetworkAccessManager& network, const QUrl& url, const ApiCredentials& admin)
{
    QNetworkRequest request(url);
    request.setRawHeader("Api-Key", admin.key.toLatin1());
    request.setRawHeader("Api-Username", admin.username.toUtf8());
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("Sandbox scale."),
                                         QStringLiteral("S"), QStringLiteral("medium"));
    const QCommandLineOption pagesOption(QStringLiteral("ingest-pages"),
                                         QStringLiteral("Pages of 50 posts to ingest."),
                                         QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption limitOption(
        QStringLiteral("rate-limit"),
        QStringLiteral("Requests/min for the rate-limited run; 0 skips it."), QStringLiteral("N"),
        QStringLiteral("60"));
    const QCommandLineOption ingestOnlyOption(QStringLiteral("ingest-only"),
                                              QStringLiteral("Measure the ingest only."));
    const QCommandLineOption postgresOption(
        QStringLiteral("postgres"),
        QStringLiteral("Ingest into PostgreSQL (a server started for the run), not SQLite."));
    const QCommandLineOption restOnlyOption(
        QStringLiteral("rest-only"),
        QStringLiteral(
            "The full sync walks REST, never Data Explorer (as stewardctl --rest-only)."));
    parser.addOptions(
        {scaleOption, pagesOption, limitOption, ingestOnlyOption, postgresOption, restOnlyOption});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);

    GeneratorParams params;
    const QString scale = parser.value(scaleOption);
    params.scale = scale == u"small"   ? Scale::Small
                   : scale == u"large" ? Scale::Large
                                       : Scale::Medium;
    params.now = QDateTime(QDate(2026, 11, 20), QTime(15, 0), QTimeZone::UTC);
    SandboxThread sandbox;
    if (QString error; !sandbox.start(params, {}, &error))
        qFatal("%s", qPrintable(error));
    SandboxServer* server = sandbox.server();
    const ApiCredentials admin = server->adminCredentials();

    // Ingest: parse + store, on this thread only.
    QNetworkAccessManager network;
    QList<QByteArray> pages;
    QUrl next = server->url().resolved(QUrl(QStringLiteral("/posts.json")));
    for (int i = 0; i < parser.value(pagesOption).toInt(); ++i) {
        const QByteArray body = fetch(network, next, admin);
        const QList<Post> posts = parse::latestPosts(QJsonDocument::fromJson(body).object());
        if (posts.isEmpty())
            break;
        pages.append(body);
        next = server->url().resolved(
            QUrl(QStringLiteral("/posts.json?before=%1").arg(posts.last().id)));
    }
    QTemporaryDir dir;
    testing::PostgresServer postgres;
    const QString ingestDb = parser.isSet(postgresOption)
                                 ? bench::postgresDatabase(postgres, QStringLiteral("ingest"))
                                 : dir.filePath(QStringLiteral("ingest.db"));
    qint64 count = 0, parseNs = 0, storeNs = 0, indexNs = 0, qtJsonNs = 0, postIndexNs = 0,
           bytes = 0;
    {
        Database db;
        QString error;
        if (!db.open(ingestDb, &error))
            qFatal("%s", qPrintable(error));
        Store store(db);
        if (!store.beginBulkLoad())
            qFatal("bulk: %s", qPrintable(store.lastError()));
        QElapsedTimer t;
        t.start();
        for (const QByteArray& body : pages)
            QJsonDocument::fromJson(body);
        qtJsonNs = t.nsecsElapsed();
        for (const QByteArray& body : pages) {
            t.start();
            // As the sync does it: the client checks the syntax, the walk parses the bytes.
            if (!parse::jsonSyntaxError(body).isEmpty())
                qFatal("invalid page");
            const QList<Post> posts = parse::latestPostsFromJson(body).value();
            parseNs += t.nsecsElapsed();
            t.start();
            if (!store.begin() || !store.upsertPosts(posts) ||
                !store.setCheckpoint(QStringLiteral("posts.before"),
                                     QString::number(posts.last().id)) ||
                !store.commit())
                qFatal("store: %s", qPrintable(store.lastError()));
            storeNs += t.nsecsElapsed();
            count += posts.size();
            bytes += body.size();
        }
        t.start();
        if (!store.createPostIndexes())
            qFatal("indexes: %s", qPrintable(store.lastError()));
        postIndexNs = t.nsecsElapsed();
        t.start();
        while (store.indexSearch(1000) > 0) {
        }
        indexNs = t.nsecsElapsed();
    }
    const double seconds = double(parseNs + storeNs + postIndexNs) / 1e9;
    const double withSearch = double(parseNs + storeNs + postIndexNs + indexNs) / 1e9;
    out << "## Sync ingest (one core, " << pages.size() << " pages of `/posts.json` from the "
        << parser.value(scaleOption) << " sandbox)\n\n"
        << "| posts | MB of JSON | parse ms | store ms | post indexes ms | posts/s (parse + store) "
           "| search index ms | posts/s (with search) |\n"
        << "|---|---|---|---|---|---|---|---|\n"
        << "| " << count << " | " << QString::number(double(bytes) / 1e6, 'f', 1) << " | "
        << parseNs / 1000000 << " | " << storeNs / 1000000 << " | " << postIndexNs / 1000000
        << " | " << qRound64(double(count) / seconds) << " | " << indexNs / 1000000 << " | "
        << qRound64(double(count) / withSearch) << " |\n\n";
    out << "For comparison, QJsonDocument::fromJson alone takes " << qtJsonNs / 1000000
        << " ms over the same pages.\n\n";
    out.flush();

    // End to end, into PostgreSQL too with --postgres (the server the ingest started).
    Database db;
    QString error;
    const QString syncDb = parser.isSet(postgresOption)
                               ? postgres.createDatabase(QStringLiteral("sync"))
                               : dir.filePath(QStringLiteral("sync.db"));
    if (syncDb.isEmpty() || !db.open(syncDb, &error))
        qFatal("%s", qPrintable(error));
    Store store(db);
    DiscourseClient client(SiteConnection{server->url(), admin.username, admin.key, 0}, &network);
    SyncEngine engine(client, store);
    engine.setBulkPathAllowed(!parser.isSet(restOnlyOption));
    out << "## Full and incremental sync (" << parser.value(scaleOption) << " sandbox, "
        << (parser.isSet(restOnlyOption) ? "REST walk, " : "") << "loopback, no rate limit)\n\n"
        << "| sync | wall s | requests | categories | users | topics | posts | reviewables | floor "
           "at 60/min | max RSS MB |\n"
        << "|---|---|---|---|---|---|---|---|---|---|\n";
    for (int round = 0; round < (parser.isSet(ingestOnlyOption) ? 0 : 2); ++round) {
        QEventLoop loop;
        QObject::connect(&engine, &SyncEngine::finished, &loop, [&loop](bool ok) {
            if (!ok)
                qWarning("sync failed");
            loop.quit();
        });
        engine.start();
        loop.exec();
        QObject::disconnect(&engine, &SyncEngine::finished, &loop, nullptr);
        const SyncSummary& s = engine.summary();
        const double floorMinutes = std::max(0.0, double(s.requests - 60) / 60.0);
        out << "| " << (s.full ? "full" : "incremental") << " | "
            << QString::number(double(s.elapsedMs) / 1000.0, 'f', 1) << " | " << s.requests << " | "
            << s.categories << " | " << s.users << " | " << s.topics << " | " << s.posts << " | "
            << s.reviewables << " | " << QString::number(floorMinutes, 'f', 1) << " min | "
            << qRound(bench::maxRssMb()) << " |\n";
        out.flush();
    }

    // Against Discourse's default limit: the small community served at 60 requests/min, the
    // account at 60. Its full sync needs more than a minute's worth of requests; the floor is
    // when the last one may leave: floor((requests - 1) / limit) minutes.
    const int limit = parser.isSet(ingestOnlyOption) ? 0 : parser.value(limitOption).toInt();
    if (limit > 0) {
        GeneratorParams small = params;
        small.scale = Scale::Small;
        ServerOptions options;
        options.rateLimitPerMinute = limit;
        SandboxThread limitedSandbox;
        if (QString startError; !limitedSandbox.start(small, options, &startError))
            qFatal("%s", qPrintable(startError));
        const SandboxServer* limited = limitedSandbox.server();
        Database limitedDb;
        if (!limitedDb.open(dir.filePath(QStringLiteral("limited.db")), &error))
            qFatal("%s", qPrintable(error));
        Store limitedStore(limitedDb);
        const ApiCredentials limitedAdmin = limited->adminCredentials();
        DiscourseClient limitedClient(
            SiteConnection{limited->url(), limitedAdmin.username, limitedAdmin.key, limit},
            &network);
        SyncEngine limitedEngine(limitedClient, limitedStore);
        QEventLoop loop;
        QObject::connect(&limitedEngine, &SyncEngine::finished, &loop, &QEventLoop::quit);
        limitedEngine.start();
        loop.exec();
        const SyncSummary& s = limitedEngine.summary();
        const double floorS = 60.0 * double((s.requests - 1) / limit);
        out << "\n## Full sync against a rate-limited sandbox (small, " << limit
            << " requests/min, account at " << limit << ")\n\n"
            << "| requests | 429s | wall s | floor s | above the floor |\n|---|---|---|---|---|\n"
            << "| " << s.requests << " | " << s.rateLimited << " | "
            << QString::number(double(s.elapsedMs) / 1000.0, 'f', 1) << " | "
            << QString::number(floorS, 'f', 1) << " | "
            << QString::number(floorS > 0 ? 100.0 * (double(s.elapsedMs) / 1000.0 - floorS) / floorS
                                          : 0.0,
                               'f', 1)
            << " % |\n";
        out.flush();
    }
    return 0;
}
