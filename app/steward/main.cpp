// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/appidentity.h"
#include "app/common/translations.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    steward::setAppIdentity(QStringLiteral("steward"));
    QApplication::setDesktopFileName(QStringLiteral("steward"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/steward.svg")));
    steward::installTranslations(QLocale::system());

    steward::MainWindow window;
    window.show();
    return QApplication::exec();
}
