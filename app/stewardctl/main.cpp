// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/appidentity.h"
#include "app/common/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {

constexpr int kExitUsage = 64; // sysexits.h EX_USAGE

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(stewardctl)
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    steward::setAppIdentity(QStringLiteral("stewardctl"));
    steward::installTranslations(QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Steward's command line: sync a community, write reports, serve the sandbox."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("The command to run."));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    QTextStream err(stderr);
    if (args.isEmpty()) {
        err << Cli::tr("stewardctl: no command given; see --help") << Qt::endl;
        return kExitUsage;
    }
    err << Cli::tr("stewardctl: unknown command '%1'; see --help").arg(args.first()) << Qt::endl;
    return kExitUsage;
}
