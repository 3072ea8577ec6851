// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/appidentity.h"
#include "app/common/translations.h"
#include "app/stewardctl/exitcodes.h"
#include "app/stewardctl/reportcommand.h"
#include "app/stewardctl/sandboxcommand.h"
#include "app/stewardctl/schedulecommand.h"
#include "app/stewardctl/synccommand.h"
#include "app/stewardctl/verifycommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstring>
#include <memory>

namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(stewardctl)
};

} // namespace

int main(int argc, char* argv[])
{
    // A report draws its PDF with Qt's painter, which needs fonts, so a GUI application with
    // no display of its own: the offscreen platform unless one is asked for.
    const bool paints =
        argc > 1 && (std::strcmp(argv[1], "report") == 0 || std::strcmp(argv[1], "schedule") == 0);
    if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        paints ? std::make_unique<QGuiApplication>(argc, argv)
               : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    steward::setAppIdentity(QStringLiteral("stewardctl"));
    steward::installTranslations(QLocale::system());

    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == u"sandbox")
        return steward::cli::runSandbox(
            QStringList{arguments.first() + QStringLiteral(" sandbox")} + arguments.mid(2));
    if (command == u"report")
        return steward::cli::runReport(QStringList{arguments.first() + QStringLiteral(" report")} +
                                       arguments.mid(2));
    if (command == u"schedule")
        return steward::cli::runSchedule(
            QStringList{arguments.first() + QStringLiteral(" schedule")} + arguments.mid(2));
    if (command == u"sync")
        return steward::cli::runSync(QStringList{arguments.first() + QStringLiteral(" sync")} +
                                     arguments.mid(2));
    if (command == u"verify")
        return steward::cli::runVerify(QStringList{arguments.first() + QStringLiteral(" verify")} +
                                       arguments.mid(2));

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Steward's command line: sync a community, write reports, serve the sandbox.\n\n"
        "Commands:\n  sandbox   serve the sandbox community (see stewardctl sandbox --help)\n"
        "  sync      sync a community into a database (see stewardctl sync --help)\n"
        "  verify    compare a synced database with the community's own totals (see stewardctl "
        "verify --help)\n"
        "  report    compute KPIs from a synced database (see stewardctl report --help)\n"
        "  schedule  run a report every week or month (see stewardctl schedule --help)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("The command to run."));
    parser.process(app);

    QTextStream err(stderr);
    if (command.isEmpty()) {
        err << Cli::tr("stewardctl: no command given; see --help") << Qt::endl;
        return steward::cli::ExitUsage;
    }
    err << Cli::tr("stewardctl: unknown command '%1'; see --help").arg(command) << Qt::endl;
    return steward::cli::ExitUsage;
}
