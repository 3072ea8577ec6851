// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/steward/commandline.h"

#include "app/common/appidentity.h"
#include "app/common/logging.h"
#include "app/common/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <string_view>

namespace steward {

CommandLine::CommandLine()
    : demo(QStringLiteral("demo"),
           QCoreApplication::translate("steward", "Open the built-in sandbox community."))
    , scale(QStringLiteral("demo-scale"),
            QCoreApplication::translate("steward",
                                        "Size of the sandbox community: small, medium or large."),
            QStringLiteral("SCALE"), QStringLiteral("medium"))
    , account(QStringLiteral("account"),
              QCoreApplication::translate("steward", "Open the saved account of this name."),
              QStringLiteral("NAME"))
    , url(QStringLiteral("url"),
          QCoreApplication::translate("steward",
                                      "Open this Discourse site without saving an account; the API "
                                      "key is read from the environment variable STEWARD_API_KEY."),
          QStringLiteral("URL"))
    , apiUsername(QStringLiteral("api-username"),
                  QCoreApplication::translate("steward", "With --url: the user the key is for."),
                  QStringLiteral("NAME"))
    , rateLimit(QStringLiteral("rate-limit"),
                QCoreApplication::translate(
                    "steward", "With --url: requests a minute at most (Discourse's default: 60)."),
                QStringLiteral("N"), QStringLiteral("60"))
    , teamDatabase(QStringLiteral("team-database"),
                   QCoreApplication::translate(
                       "steward", "With --url: the team's PostgreSQL database (a postgresql:// "
                                  "URL or a libpq connection string) instead of a copy on this "
                                  "computer; its password from PGPASSWORD or ~/.pgpass."),
                   QStringLiteral("LOCATION"))
    , verbose(verboseOption())
{
}

void CommandLine::addTo(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        QCoreApplication::translate("steward", "Steward: the console for community staff.\n\n"
                                               "It triages a Discourse community's moderation "
                                               "queue, curates its threads and measures it, "
                                               "from a local copy that it keeps in sync."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({demo, scale, account, url, apiUsername, rateLimit, teamDatabase, verbose});
}

bool asksOnlyForText(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument(argv[i]);
        if (argument == "-h" || argument == "-?" || argument == "--help" ||
            argument == "--help-all" || argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

int printTextAndExit(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setAppIdentity(QStringLiteral("steward"));
    installTranslations(QLocale::system());
    QCommandLineParser parser;
    const CommandLine options;
    options.addTo(parser);
    parser.process(app); // exits after printing
    return 0;
}

} // namespace steward
