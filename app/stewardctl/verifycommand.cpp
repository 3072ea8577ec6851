// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/stewardctl/verifycommand.h"

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

} // namespace

int runVerify(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Compare a synced database with the totals the community states about itself "
                                              "(topics, users, each category's topics and posts, the review queue) and print "
                                              "every difference. Exit 0 when the copy matches, 65 when it does not."));
    parser.addHelpOption();
    SiteOptions siteOptions(parser);
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << QStringLiteral("stewardctl verify: ") << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    int failed = ExitOk;
    Database database;
    const std::optional<SiteConnection> site = siteOptions.open(database, QStringLiteral("verify"), &failed);
    if (!site)
        return failed;
    Store store(database);
    QNetworkAccessManager network;
    DiscourseClient client(*site, &network);
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
        out << Text::tr("%n difference(s) in %1 checks", nullptr, differences).arg(report.checks.size()) << Qt::endl;
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
