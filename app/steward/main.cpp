// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/appidentity.h"
#include "app/common/translations.h"
#include "app/session/communitysession.h"
#include "app/session/democommunity.h"
#include "models/sync/syncengine.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QStatusBar>

#include <memory>

namespace {

/// Serves the built-in sandbox community, opens it and starts a sync; the window shows the
/// progress and then the queue. The community and its database live in the data directory,
/// so a second start shows the same community at once and syncs incrementally.
bool openDemo(steward::MainWindow& window, steward::sandbox::Scale scale, steward::DemoCommunity& demo,
              steward::CommunitySession& session, QString* error)
{
    const QString dir = steward::dataDirectory() + QStringLiteral("/demo-") + steward::sandbox::scaleName(scale);
    window.statusBar()->showMessage(QCoreApplication::translate("steward", "Starting the sandbox community…"));
    QCoreApplication::processEvents();
    if (!demo.start(scale, dir + QStringLiteral("/sandbox"), error))
        return false;
    session.setName(QCoreApplication::translate("steward", "Sandbox community (%1)").arg(steward::sandbox::scaleName(scale)));
    if (!session.open(demo.site(), dir + QStringLiteral("/community.db"), error))
        return false;
    window.attachCommunity(session.name(), session.store(), session.outbox(), session.sync());
    // The queue first (a few requests), then everything else: a moderator can start at once.
    steward::SyncEngine& sync = session.sync();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(&sync, &steward::SyncEngine::finished, &sync, [&sync, connection](bool ok) {
        QObject::disconnect(*connection);
        if (ok)
            QMetaObject::invokeMethod(&sync, [&sync] { sync.start(); }, Qt::QueuedConnection);
    });
    sync.start(int(steward::SyncScope::Queue));
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    steward::setAppIdentity(QStringLiteral("steward"));
    QApplication::setDesktopFileName(QStringLiteral("steward"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/steward.svg")));
    steward::installTranslations(QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("steward", "Steward: the console for community staff."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QCoreApplication::translate("steward", "Open the built-in sandbox community."));
    const QCommandLineOption scaleOption(QStringLiteral("demo-scale"),
                                         QCoreApplication::translate("steward", "Size of the sandbox community: small, medium or large."),
                                         QStringLiteral("SCALE"), QStringLiteral("medium"));
    parser.addOptions({demoOption, scaleOption});
    parser.process(app);

    steward::MainWindow window;
    window.show();
    steward::DemoCommunity demo;
    steward::CommunitySession session;
    if (parser.isSet(demoOption)) {
        const std::optional<steward::sandbox::Scale> scale = steward::sandbox::scaleFromString(parser.value(scaleOption));
        QString error;
        if (!scale)
            error = QCoreApplication::translate("steward", "unknown scale '%1' (small, medium, large)").arg(parser.value(scaleOption));
        if (!error.isEmpty() || !openDemo(window, *scale, demo, session, &error))
            QMessageBox::warning(&window, QCoreApplication::translate("steward", "Sandbox community"),
                                 QCoreApplication::translate("steward", "The sandbox community could not be opened: %1").arg(error));
    }
    return QApplication::exec();
}
