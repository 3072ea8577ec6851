// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/appidentity.h"
#include "app/common/logging.h"
#include "app/common/termination.h"
#include "app/common/translations.h"
#include "app/steward/commandline.h"
#include "app/steward/launcher.h"
#include "models/domain/version.h"
#include "models/settings/accounts.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/widgets/colourschemes.h"
#include "ui/widgets/desktopnotifier.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QLoggingCategory>

int main(int argc, char* argv[])
{
    steward::startupClock();
    if (steward::asksOnlyForText(argc, argv))
        return steward::printTextAndExit(argc, argv);
    QApplication app(argc, argv);
    steward::setAppIdentity(QStringLiteral("steward"));
    QApplication::setDesktopFileName(QString::fromLatin1(steward::kAppId));
    QApplication::setWindowIcon(QIcon::fromTheme(QString::fromLatin1(steward::kAppId),
                                                 QIcon(QStringLiteral(":/icons/steward.svg"))));
    steward::installTranslations(QLocale::system());
    steward::findNotifyConfigBesideBinary();

    QCommandLineParser parser;
    const steward::CommandLine options;
    options.addTo(parser);
    parser.process(app);
    steward::setUpLogging(parser.isSet(options.verbose));

    // The colours chosen last time (View › Colours), before any window is made.
    if (const auto scheme = steward::savedColourScheme(); scheme != steward::ColourScheme::System)
        steward::applyColourScheme(scheme);
    steward::MainWindow window;
    steward::Launcher launcher(window);
    window.restoreLayout();
    // Ends as Quit does: the layout saved, the copy closed cleanly (so the next start trusts it).
    steward::onTerminationSignal([] {
        QApplication::closeAllWindows();
        QApplication::quit();
    });
    window.show();
    qCInfo(steward::lcStartup) << "window shown after" << steward::startupClock().elapsed() << "ms";
    if (parser.isSet(options.demo)) {
        launcher.openDemo(parser.value(options.scale));
    } else if (parser.isSet(options.url)) {
        const QUrl url(parser.value(options.url));
        steward::Account site{url.host(), url, parser.value(options.apiUsername),
                              parser.value(options.rateLimit).toInt(),
                              parser.value(options.teamDatabase)};
        launcher.openSite(site, qEnvironmentVariable("STEWARD_API_KEY"));
    } else
        launcher.openSaved(parser.value(options.account));
    return QApplication::exec();
}
