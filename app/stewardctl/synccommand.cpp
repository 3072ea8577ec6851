// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/stewardctl/synccommand.h"

#include "app/common/logging.h"
#include "app/stewardctl/exitcodes.h"
#include "app/stewardctl/progressline.h"
#include "app/stewardctl/siteoptions.h"
#include "models/net/discourseclient.h"
#include "models/store/database.h"
#include "models/store/store.h"
#include "models/store/teamchannel.h"
#include "models/sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

namespace steward::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(stewardctl)
};

int usageError(const QString& message)
{
    QTextStream(stderr) << QStringLiteral("stewardctl sync: ") << message << Qt::endl;
    return ExitUsage;
}

/// How a first sync went, when it tried the bulk path.
QString bulkPathNote(const SyncSummary& s)
{
    switch (s.bulkPath) {
    case BulkPath::NotTried:
        return {};
    case BulkPath::DataExplorer:
        return Text::tr("first sync through Data Explorer: %n query run(s)", nullptr,
                        s.explorerRuns);
    case BulkPath::CatchUp:
        return Text::tr("far behind, so caught up through Data Explorer: %n query run(s)", nullptr,
                        s.explorerRuns);
    case BulkPath::Missing:
        return Text::tr(
            "Data Explorer is not enabled on this site, so the first sync walked the REST API; "
            "an admin can enable the plugin to make first syncs much faster");
    case BulkPath::Refused:
        return Text::tr("Data Explorer is for admins only and this API key's user is not one, so "
                        "the first sync "
                        "walked the REST API");
    }
    return {};
}

} // namespace

int runSync(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Sync a community into a local database. The API key comes from the "
                 "environment variable STEWARD_API_KEY, else from the system keychain."));
    parser.addHelpOption();
    const QCommandLineOption verbose = addVerboseOption(parser);
    SiteOptions siteOptions(parser);
    const QCommandLineOption only(QStringLiteral("only"),
                                  Text::tr("Sync only queue, topics or users."),
                                  QStringLiteral("WHAT"));
    parser.addOption(only);
    const QCommandLineOption restOnly(
        QStringLiteral("rest-only"),
        Text::tr("Make a first sync over the REST API alone, without the site's Data Explorer."));
    parser.addOption(restOnly);
    const QCommandLineOption explorerRate(
        QStringLiteral("explorer-rate"),
        Text::tr("Data Explorer runs the site allows in 10 seconds (its "
                 "max_data_explorer_api_reqs_per_10_seconds; default: 2; 0: no spacing)."),
        QStringLiteral("N"), QStringLiteral("2"));
    parser.addOption(explorerRate);
    const QCommandLineOption follow(
        QStringLiteral("follow"),
        Text::tr("Keep syncing until stopped: the queue every --interval, everything every tenth "
                 "time. On a team database only one Steward syncs at a time; this one waits "
                 "its turn and takes over within seconds when the one syncing stops."));
    parser.addOption(follow);
    const QCommandLineOption interval(
        QStringLiteral("interval"), Text::tr("Seconds between syncs with --follow (default: 60)."),
        QStringLiteral("SECONDS"), QStringLiteral("60"));
    parser.addOption(interval);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    setUpLogging(parser.isSet(verbose));
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    int scopes = int(SyncScope::All);
    if (parser.isSet(only)) {
        const QString what = parser.value(only);
        scopes = what == u"queue"    ? int(SyncScope::Queue)
                 : what == u"topics" ? int(SyncScope::Topics)
                 : what == u"users"  ? int(SyncScope::Users)
                                     : 0;
        if (scopes == 0)
            return usageError(Text::tr("--only takes queue, topics or users, not '%1'").arg(what));
    }
    bool rateOk = false;
    const int runsPer10s = parser.value(explorerRate).toInt(&rateOk);
    if (!rateOk || runsPer10s < 0)
        return usageError(Text::tr("--explorer-rate needs a number of runs per 10 seconds"));
    const int intervalSeconds = parser.value(interval).toInt(&rateOk);
    if (!rateOk || intervalSeconds < 1 || intervalSeconds > 24 * 3600)
        return usageError(Text::tr("--interval needs a number of seconds, at most a day"));
    int failed = ExitOk;
    Database database;
    std::optional<SiteConnection> site =
        siteOptions.open(database, QStringLiteral("sync"), &failed);
    if (!site)
        return failed;
    site->explorerRunsPer10Seconds = runsPer10s;
    Store store(database);
    QNetworkAccessManager network;
    DiscourseClient client(*site, &network);
    if (!siteOptions.configure(client, QStringLiteral("sync"), &failed))
        return failed;
    SyncEngine engine(client, store);
    engine.setBulkPathAllowed(!parser.isSet(restOnly));
    TeamChannel team(database);
    if (QString error; !team.start(&error)) {
        QTextStream(stderr) << QStringLiteral("stewardctl sync: ") << error << Qt::endl;
        return ExitIo;
    }
    const bool following = parser.isSet(follow);
    int syncs = 0;
    ProgressLine progress;
    QObject::connect(&engine, &SyncEngine::progressed, &engine,
                     [&progress](const SyncProgress& p) { progress.update(p); });
    int code = ExitOk;
    QTimer poll; // --follow: the queue each time, everything every tenth, as the window polls
    poll.setSingleShot(true);
    QObject::connect(&poll, &QTimer::timeout, &engine, [&] {
        if (!engine.isRunning())
            engine.start(++syncs % 10 == 0
                             ? scopes
                             : (scopes & int(SyncScope::Queue) ? int(SyncScope::Queue) : scopes));
    });
    QObject::connect(&engine, &SyncEngine::finished, &engine, [&](bool ok) {
        progress.finish();
        const SyncSummary& s = engine.summary();
        QTextStream out(stdout);
        out << Text::tr("%1 sync %2 in %3: %4 categories, %5 users, %6 topics, %7 posts, %8 "
                        "reviewables; "
                        "%9 requests, %10 rate-limited (429)")
                   .arg(s.full ? Text::tr("full") : Text::tr("incremental"),
                        ok ? Text::tr("finished") : Text::tr("stopped"),
                        formatDuration(s.elapsedMs))
                   .arg(s.categories)
                   .arg(s.users)
                   .arg(s.topics)
                   .arg(s.posts)
                   .arg(s.reviewables)
                   .arg(s.requests)
                   .arg(s.rateLimited)
            << Qt::endl;
        if (const QString path = bulkPathNote(s); !path.isEmpty())
            out << path << Qt::endl;
        if (ok && !s.isComplete()) {
            QTextStream err(stderr);
            err << QStringLiteral("stewardctl sync: ") << Text::tr("the copy is incomplete:")
                << Qt::endl;
            if (s.notFetched > 0)
                err << QStringLiteral("  ")
                    << Text::tr("%n item(s) the server named could not be fetched", nullptr,
                                int(s.notFetched))
                    << QStringLiteral(" (") << s.notFetchedExamples.join(QStringLiteral("; "))
                    << QStringLiteral(")") << Qt::endl;
            if (!s.unreadable.isEmpty())
                err << QStringLiteral("  ")
                    << Text::tr("%n value(s) could not be read and are stored as unknown", nullptr,
                                int(s.unreadable.total))
                    << QStringLiteral(": ") << s.unreadable.fieldsSummary() << QStringLiteral(" (")
                    << s.unreadable.examples.join(QStringLiteral("; ")) << QStringLiteral(")")
                    << Qt::endl;
            code = ExitIncomplete;
        }
        if (!ok) {
            QTextStream err(stderr);
            if (!engine.storeError().isEmpty()) {
                err << QStringLiteral("stewardctl sync: ")
                    << Text::tr("database error: %1").arg(engine.storeError()) << Qt::endl;
                // SQLite's words when a write fails: what was committed stays, and the next sync
                // resumes.
                if (engine.storeError().contains(QStringLiteral("disk I/O error")) ||
                    engine.storeError().contains(QStringLiteral("full")))
                    err << QStringLiteral("stewardctl sync: ")
                        << Text::tr("is the disk full or read-only? Every page written before "
                                    "stays; sync again when there is room")
                        << Qt::endl;
                code = ExitIo;
            } else {
                err << QStringLiteral("stewardctl sync: ") << explain(engine.error()) << Qt::endl;
                code = exitCodeFor(engine.error());
            }
        }
        if (!following)
            return QCoreApplication::exit(code);
        // The next poll an interval after the last sync, whoever started it: one timer,
        // re-armed, so that syncs started by requests add no polls of their own.
        poll.start(intervalSeconds * 1000);
    });
    team.setDisplayName(site->apiUsername);
    if (!following) {
        // On a team database one Steward syncs for all: a second sync would only spend the
        // site's rate limit again.
        team.setWantsToLead(true);
        if (!team.isLeader()) {
            QTextStream(stdout) << Text::tr("another Steward syncs this team database (%1): "
                                            "nothing to do")
                                       .arg(team.leaderDescription())
                                << Qt::endl;
            return ExitOk;
        }
        engine.start(scopes);
        QCoreApplication::exec();
        return code;
    }
    engine.serveTopicRequests(team); // posts moved in a window are read here, at once
    QObject::connect(&team, &TeamChannel::leadershipChanged, &engine, [&](bool leader) {
        if (leader && !engine.isRunning()) {
            QTextStream(stdout) << Text::tr("leading the sync of this database") << Qt::endl;
            engine.start(scopes);
        }
    });
    team.setWantsToLead(true);
    if (!team.isLeader())
        QTextStream(stdout) << Text::tr("another Steward syncs this team database (%1); waiting "
                                        "to take over")
                                   .arg(team.leaderDescription())
                            << Qt::endl;
    QCoreApplication::exec();
    return code;
}

} // namespace steward::cli
