// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/stewardctl/sandboxcommand.h"

#include "app/common/logging.h"
#include "app/common/termination.h"
#include "app/stewardctl/exitcodes.h"
#include "models/sandbox/server/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimeZone>

namespace steward::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(stewardctl)
};

} // namespace

int runSandbox(const QStringList& arguments)
{
    using namespace steward::sandbox;
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Serve the sandbox community: a generated support "
                                              "forum with the Discourse API, on 127.0.0.1."));
    parser.addHelpOption();
    const QCommandLineOption verbose = addVerboseOption(parser);
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   Text::tr("small (~2k posts), medium (~200k) or large (~2M)."),
                                   QStringLiteral("S"), QStringLiteral("small"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  Text::tr("Seed of the generated community."), QStringLiteral("N"),
                                  QStringLiteral("1"));
    const QCommandLineOption now(QStringLiteral("now"),
                                 Text::tr("End of the generated history, ISO 8601 (default: now)."),
                                 QStringLiteral("T"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  Text::tr("Port to listen on; 0 picks a free one."),
                                  QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption rate(
        QStringLiteral("rate-limit"),
        Text::tr("API requests per minute for the whole site; 0 for none."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption data(
        QStringLiteral("data"), Text::tr("Keep the community and every change in this directory."),
        QStringLiteral("DIR"));
    const QCommandLineOption faults(
        QStringLiteral("faults"),
        Text::tr(
            "Inject faults, e.g. latency=200,5xx=0.1,malformed=0.05,truncated=0.05,stall=0.01."),
        QStringLiteral("SPEC"));
    const QCommandLineOption locale(
        QStringLiteral("locale"),
        Text::tr("The site's language, en or de: the strings Discourse translates come in it."),
        QStringLiteral("L"), QStringLiteral("en"));
    const QCommandLineOption noUserNotes(
        QStringLiteral("no-user-notes"),
        Text::tr("Serve the site as one without the user-notes plugin: its routes answer 404."));
    const QCommandLineOption noExplorer(
        QStringLiteral("no-data-explorer"),
        Text::tr("Serve the site as one without the Data Explorer plugin: its routes answer 404."));
    const QCommandLineOption explorerBlock(
        QStringLiteral("data-explorer-block"),
        Text::tr("Refuse Data Explorer runs over 2 in 10 seconds with 429 (the plugin's block "
                 "mode; by default, as in Discourse, they are only counted)."));
    parser.addOptions({scale, seed, now, port, rate, data, faults, locale, noExplorer,
                       explorerBlock, noUserNotes});
    parser.process(arguments);
    setUpLogging(parser.isSet(verbose));

    QTextStream err(stderr);
    auto usage = [&err](const QString& message) {
        err << QStringLiteral("stewardctl sandbox: %1").arg(message) << Qt::endl;
        return int(ExitUsage);
    };
    GeneratorParams params;
    const auto parsedScale = scaleFromString(parser.value(scale));
    if (!parsedScale)
        return usage(
            Text::tr("unknown scale '%1' (small, medium, large)").arg(parser.value(scale)));
    params.scale = *parsedScale;
    bool ok = false;
    params.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usage(Text::tr("--seed needs a non-negative integer"));
    params.now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(now)) {
        params.now = QDateTime::fromString(parser.value(now), Qt::ISODateWithMs);
        if (!params.now.isValid())
            params.now = QDateTime(QDate::fromString(parser.value(now), Qt::ISODate), QTime(0, 0),
                                   QTimeZone::UTC);
        if (!params.now.isValid())
            return usage(Text::tr("--now needs an ISO 8601 date or date-time"));
    }
    ServerOptions options;
    const int portNumber = parser.value(port).toInt(&ok);
    if (!ok || portNumber < 0 || portNumber > 65535)
        return usage(Text::tr("--port needs a number from 0 to 65535"));
    options.port = quint16(portNumber);
    options.rateLimitPerMinute = parser.value(rate).toInt(&ok);
    if (!ok || options.rateLimitPerMinute < 0)
        return usage(Text::tr("--rate-limit needs a non-negative number"));
    options.dataDirectory = parser.value(data);
    options.dataExplorer = !parser.isSet(noExplorer);
    options.userNotes = !parser.isSet(noUserNotes);
    options.dataExplorerBlock = parser.isSet(explorerBlock);
    options.locale = parser.value(locale);
    if (options.locale != u"en" && options.locale != u"de")
        return usage(Text::tr("--locale takes en or de, not '%1'").arg(options.locale));
    if (parser.isSet(faults)) {
        QString error;
        const auto spec = FaultSpec::parse(parser.value(faults), &error);
        if (!spec)
            return usage(error);
        options.faults = *spec;
    }

    SandboxServer server(params, options);
    QString error;
    // Said before the community is generated, so a caller can connect at once (Steward's demo
    // opens its copy on it); requests wait until it serves.
    if (server.listen(&error))
        err << Text::tr("Listening on %1").arg(server.url().toString()) << Qt::endl;
    if (!error.isEmpty() || !server.start(&error)) {
        err << QStringLiteral("stewardctl sandbox: %1").arg(error) << Qt::endl;
        return ExitUnavailable;
    }
    const SandboxCommunity& c = server.community();
    err << Text::tr("Generated the %1 community (seed %2) in %3 ms: %4 users, %5 topics, %6 posts, "
                    "%7 review items.")
               .arg(scaleName(server.params().scale))
               .arg(server.params().seed)
               .arg(server.generationMs())
               .arg(c.users.size())
               .arg(c.topics.size())
               .arg(c.posts.size())
               .arg(c.reviews.size())
        << Qt::endl;
    const ApiCredentials cases = server.caseCredentials();
    err << Text::tr("Support cases (ServiceNow Table API): "
                    "%1/api/now/table/sn_customerservice_case, user %2, password %3")
               .arg(server.url().toString(QUrl::StripTrailingSlash), cases.username, cases.key)
        << Qt::endl;
    const ApiCredentials admin = server.adminCredentials();
    QTextStream out(stdout);
    out << server.url().toString() << " api-username=" << admin.username << " api-key=" << admin.key
        << Qt::endl;
    // Quits on SIGINT or SIGTERM, so the journal is closed cleanly.
    onTerminationSignal([] { QCoreApplication::quit(); });
    return QCoreApplication::exec();
}

} // namespace steward::cli
