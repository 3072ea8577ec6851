// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/stewardctl/verifycommand.h"

#include "app/common/logging.h"
#include "app/stewardctl/exitcodes.h"
#include "app/stewardctl/siteoptions.h"
#include "models/net/discourseclient.h"
#include "models/store/database.h"
#include "models/store/store.h"
#include "models/sync/copyverifier.h"

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

/// The file alone, against SQLite's integrity_check: exit 0 when sound, 74 listing the damage.
int checkIntegrity(const QString& path)
{
    QTextStream err(stderr);
    if (path.isEmpty()) {
        err << QStringLiteral("stewardctl verify: ") << Text::tr("--integrity needs --db")
            << Qt::endl;
        return ExitUsage;
    }
    if (Database::isServerLocation(path)) {
        QTextStream(stdout) << Text::tr("%1 is a PostgreSQL database, which checks its own pages "
                                        "(see its data_checksums): nothing to check here")
                                   .arg(Database::displayLocation(path))
                            << Qt::endl;
        return ExitOk;
    }
    Database database;
    QString error;
    QStringList problems;
    if (!database.openForInspection(path, &error)) {
        err << QStringLiteral("stewardctl verify: ")
            << Text::tr("%1 cannot be checked: %2").arg(path, error) << Qt::endl;
        return ExitIo;
    }
    if (!database.integrityProblems(&problems, 20,
                                    &error)) // the file opened, but cannot be read through
        problems = {Text::tr("the integrity check could not finish: %1").arg(error)};
    if (problems.isEmpty()) {
        QTextStream(stdout) << Text::tr("%1: SQLite's integrity check found no damage").arg(path)
                            << Qt::endl;
        return ExitOk;
    }
    for (const QString& problem : problems)
        err << QStringLiteral("stewardctl verify: ") << problem << '\n';
    err << QStringLiteral("stewardctl verify: ")
        << Text::tr("%1 is damaged (SQLite's integrity check, above): keep it aside for recovery "
                    "and sync into a new file")
               .arg(path)
        << Qt::endl;
    return ExitIo;
}

} // namespace

int runVerify(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Compare a synced database with the totals the community states about itself "
                 "(topics, users, each category's topics and posts, the review queue) and print "
                 "every difference. Exit 0 when the copy matches, 65 when it does not."));
    parser.addHelpOption();
    const QCommandLineOption verbose = addVerboseOption(parser);
    SiteOptions siteOptions(parser);
    const QCommandLineOption integrity(
        QStringLiteral("integrity"),
        Text::tr(
            "Check the database file itself with SQLite's integrity check instead of comparing "
            "it with the community; needs only --db. Exit 0 when sound, 74 when damaged."));
    parser.addOption(integrity);
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << QStringLiteral("stewardctl verify: ") << parser.errorText()
                            << Qt::endl;
        return ExitUsage;
    }
    setUpLogging(parser.isSet(verbose));
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    if (parser.isSet(integrity))
        return checkIntegrity(siteOptions.databasePath());
    int failed = ExitOk;
    Database database;
    const std::optional<SiteConnection> site =
        siteOptions.open(database, QStringLiteral("verify"), &failed);
    if (!site)
        return failed;
    Store store(database);
    QNetworkAccessManager network;
    DiscourseClient client(*site, &network);
    if (!siteOptions.configure(client, QStringLiteral("verify"), &failed))
        return failed;
    CopyVerifier verifier(client, store);
    int code = ExitOk;
    QObject::connect(&verifier, &CopyVerifier::finished, &verifier, [&](bool ok) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        if (!ok) {
            err << QStringLiteral("stewardctl verify: ") << explain(verifier.error()) << Qt::endl;
            code = exitCodeFor(verifier.error());
            return QCoreApplication::exit(code);
        }
        const VerifyReport& report = verifier.report();
        for (const VerifyCheck& c : report.checks)
            out << (c.differs() ? QStringLiteral("≠ ") : QStringLiteral("= "))
                << QStringLiteral("%1: server %2, copy %3\n").arg(c.what).arg(c.server).arg(c.copy);
        for (const QString& note : report.notes)
            out << QStringLiteral("note: ") << note << '\n';
        const int differences = report.differences();
        out << Text::tr("%n difference(s) in %1 checks", nullptr, differences)
                   .arg(report.checks.size())
            << Qt::endl;
        for (const QString& line : report.differenceLines())
            err << QStringLiteral("stewardctl verify: ") << line << Qt::endl;
        code = differences == 0 ? ExitOk : ExitIncomplete;
        QCoreApplication::exit(code);
    });
    verifier.start();
    QCoreApplication::exec();
    return code;
}

} // namespace steward::cli
