// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/stewardctl/synccommand.h"

#include "app/common/keychain.h"
#include "app/stewardctl/exitcodes.h"
#include "app/stewardctl/progressline.h"
#include "models/net/discourseclient.h"
#include "models/store/database.h"
#include "models/store/store.h"
#include "models/sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>

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

int exitCodeFor(const ApiError& error)
{
    switch (error.kind) {
    case ApiErrorKind::Forbidden: return ExitAuth;
    case ApiErrorKind::Network:
    case ApiErrorKind::Timeout:
    case ApiErrorKind::Tls: return ExitNetwork;
    case ApiErrorKind::InsecureUrl: return ExitUsage;
    default: return ExitServer;
    }
}

QString explain(const ApiError& error)
{
    switch (error.kind) {
    case ApiErrorKind::Forbidden:
        return Text::tr("the server refused the API key or user (is the user staff?): %1").arg(error.summary());
    case ApiErrorKind::MalformedResponse:
        return Text::tr("the server's answer is not Discourse's: %1").arg(error.summary());
    case ApiErrorKind::Network:
    case ApiErrorKind::Timeout:
        return Text::tr("cannot reach the server: %1").arg(error.summary());
    case ApiErrorKind::Tls:
        return Text::tr("the server's certificate is not trusted: %1").arg(error.summary());
    default:
        return Text::tr("the server answered with an error: %1").arg(error.summary());
    }
}

} // namespace

int runSync(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Sync a community into a local database. The API key comes from the "
                                              "environment variable STEWARD_API_KEY, else from the system keychain."));
    parser.addHelpOption();
    const QCommandLineOption url(QStringLiteral("url"), Text::tr("Base URL of the community (https://...)."), QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("api-username"), Text::tr("The staff user to act as."), QStringLiteral("NAME"));
    const QCommandLineOption db(QStringLiteral("db"), Text::tr("The database file (created if missing)."), QStringLiteral("PATH"));
    const QCommandLineOption only(QStringLiteral("only"), Text::tr("Sync only queue, topics or users."), QStringLiteral("WHAT"));
    const QCommandLineOption rate(QStringLiteral("rate-limit"),
                                  Text::tr("Requests per minute the account may make (Discourse's default: 60; 0: no limit)."),
                                  QStringLiteral("N"), QStringLiteral("60"));
    parser.addOptions({url, user, db, only, rate});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    if (!parser.isSet(url) || !parser.isSet(user) || !parser.isSet(db))
        return usageError(Text::tr("--url, --api-username and --db are required"));
    int scopes = int(SyncScope::All);
    if (parser.isSet(only)) {
        const QString what = parser.value(only);
        scopes = what == u"queue" ? int(SyncScope::Queue) : what == u"topics" ? int(SyncScope::Topics)
               : what == u"users" ? int(SyncScope::Users) : 0;
        if (scopes == 0)
            return usageError(Text::tr("--only takes queue, topics or users, not '%1'").arg(what));
    }
    bool rateOk = false;
    const int perMinute = parser.value(rate).toInt(&rateOk);
    if (!rateOk || perMinute < 0)
        return usageError(Text::tr("--rate-limit needs a number of requests per minute"));

    SiteConnection site{QUrl(parser.value(url)), parser.value(user), qEnvironmentVariable("STEWARD_API_KEY"), perMinute};
    if (!site.baseUrl.isValid() || site.baseUrl.host().isEmpty())
        return usageError(Text::tr("'%1' is not a URL").arg(parser.value(url)));
    if (!isAllowedBaseUrl(site.baseUrl))
        return usageError(Text::tr("refusing to send an API key to %1: use https:// (plain http only to this machine)")
                              .arg(site.baseUrl.toDisplayString()));
    if (site.apiKey.isEmpty()) {
        QString why;
        const std::optional<QString> key = readApiKey(site.baseUrl, site.apiUsername, &why);
        if (!key || key->isEmpty())
            return usageError(Text::tr("no API key: set STEWARD_API_KEY or add the account in Steward (keychain: %1)").arg(why));
        site.apiKey = *key;
    }

    Database database;
    QString error;
    if (!database.open(parser.value(db), &error)) {
        QTextStream(stderr) << QStringLiteral("stewardctl sync: ") << error << Qt::endl;
        return ExitIo;
    }
    Store store(database);
    QNetworkAccessManager network;
    DiscourseClient client(site, &network);
    SyncEngine engine(client, store);
    ProgressLine progress;
    QObject::connect(&engine, &SyncEngine::progressed, &engine, [&progress](const SyncProgress& p) { progress.update(p); });
    int code = ExitOk;
    QObject::connect(&engine, &SyncEngine::finished, &engine, [&](bool ok) {
        progress.finish();
        const SyncSummary& s = engine.summary();
        QTextStream out(stdout);
        out << Text::tr("%1 sync %2 in %3: %4 categories, %5 users, %6 topics, %7 posts, %8 reviewables; "
                        "%9 requests, %10 rate-limited (429)")
                   .arg(s.full ? Text::tr("full") : Text::tr("incremental"),
                        ok ? Text::tr("finished") : Text::tr("stopped"), formatDuration(s.elapsedMs))
                   .arg(s.categories).arg(s.users).arg(s.topics).arg(s.posts).arg(s.reviewables)
                   .arg(s.requests).arg(s.rateLimited)
            << Qt::endl;
        if (ok && !s.isComplete()) {
            QTextStream err(stderr);
            err << QStringLiteral("stewardctl sync: ") << Text::tr("the copy is incomplete:") << Qt::endl;
            if (s.notFetched > 0)
                err << QStringLiteral("  ") << Text::tr("%n item(s) the server named could not be fetched", nullptr, int(s.notFetched))
                    << QStringLiteral(" (") << s.notFetchedExamples.join(QStringLiteral("; ")) << QStringLiteral(")") << Qt::endl;
            if (!s.unreadable.isEmpty())
                err << QStringLiteral("  ") << Text::tr("%n value(s) could not be read and are stored as unknown", nullptr, int(s.unreadable.total))
                    << QStringLiteral(": ") << s.unreadable.fieldsSummary() << QStringLiteral(" (") << s.unreadable.examples.join(QStringLiteral("; "))
                    << QStringLiteral(")") << Qt::endl;
            code = ExitIncomplete;
        }
        if (!ok) {
            QTextStream err(stderr);
            if (!engine.storeError().isEmpty()) {
                err << QStringLiteral("stewardctl sync: ") << Text::tr("database error: %1").arg(engine.storeError()) << Qt::endl;
                code = ExitIo;
            } else {
                err << QStringLiteral("stewardctl sync: ") << explain(engine.error()) << Qt::endl;
                code = exitCodeFor(engine.error());
            }
        }
        QCoreApplication::exit(code);
    });
    engine.start(scopes);
    QCoreApplication::exec();
    return code;
}

} // namespace steward::cli
