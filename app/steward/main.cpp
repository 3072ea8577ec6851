// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/appidentity.h"
#include "app/common/logging.h"
#include "app/common/translations.h"
#include "app/steward/commandline.h"
#include "app/steward/launcher.h"
#include "models/domain/version.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char* argv[])
{
    if (steward::asksOnlyForText(argc, argv))
        return steward::printTextAndExit(argc, argv);
    QApplication app(argc, argv);
    steward::setAppIdentity(QStringLiteral("steward"));
    QApplication::setDesktopFileName(QString::fromLatin1(steward::kAppId));
    QApplication::setWindowIcon(QIcon::fromTheme(QString::fromLatin1(steward::kAppId),
                                                 QIcon(QStringLiteral(":/icons/steward.svg"))));
    steward::installTranslations(QLocale::system());

    QCommandLineParser parser;
    const steward::CommandLine options;
    options.addTo(parser);
    parser.process(app);
    steward::setUpLogging(parser.isSet(options.verbose));

    steward::MainWindow window;
    steward::Launcher launcher(window);
    window.restoreLayout();
    window.show();
    if (parser.isSet(options.demo))
        launcher.openDemo(parser.value(options.scale));
    else
        launcher.openSaved(parser.value(options.account));
    return QApplication::exec();
}
