// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/appidentity.h"
#include "app/common/keychain.h"
#include "app/common/logging.h"
#include "app/common/translations.h"
#include "app/session/communitysession.h"
#include "app/session/democommunity.h"
#include "models/domain/version.h"
#include "models/sync/caseservice.h"
#include "models/sync/syncengine.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>

#include <memory>
#include <string_view>

namespace {

/// Syncs the queue first (a few requests), then everything else: a moderator can start at once.
/// A first sync of everything orders itself that way (the queue, then what it names, then the
/// history), and through Data Explorer only when it is one sync.
void startFirstSync(steward::SyncEngine& sync)
{
    if (!sync.hasSyncedEverything())
        return sync.start();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(
        &sync, &steward::SyncEngine::finished, &sync, [&sync, connection](bool ok) {
            QObject::disconnect(*connection);
            if (ok)
                QMetaObject::invokeMethod(&sync, [&sync] { sync.start(); }, Qt::QueuedConnection);
        });
    sync.start(int(steward::SyncScope::Queue));
}

/// Serves the built-in sandbox community, opens it and starts a sync; the window shows the
/// progress and then the queue. The community and its database live in the data directory,
/// so a second start shows the same community at once and syncs incrementally.
bool openDemo(steward::MainWindow& window, steward::sandbox::Scale scale,
              steward::DemoCommunity& demo, steward::CommunitySession& session, QString* error)
{
    const QString dir =
        steward::dataDirectory() + QStringLiteral("/demo-") + steward::sandbox::scaleName(scale);
    window.statusBar()->showMessage(
        QCoreApplication::translate("steward", "Starting the sandbox community…"));
    QCoreApplication::processEvents();
    if (!demo.start(scale, dir + QStringLiteral("/sandbox"), error))
        return false;
    session.setName(QCoreApplication::translate("steward", "Sandbox community (%1)")
                        .arg(steward::sandbox::scaleName(scale)));
    if (!session.open(demo.site(), dir + QStringLiteral("/community.db"), error))
        return false;
    window.attachCommunity(session.name(), session.store(), session.outbox(), session.sync());
    session.cases().setTarget(demo.caseTarget(), demo.casePassword());
    window.attachCases(session.cases(), demo.site().apiUsername, QString());
    startFirstSync(session.sync());
    return true;
}

/// The account's case system from the settings group, its password or token from the
/// keychain; a keychain failure leaves the target set without it (cases then fail with the
/// system's answer, and File › Case System can store it again).
void attachCases(steward::MainWindow& window, const steward::Account& account, const QString& group,
                 steward::SecretStore& secrets, steward::CommunitySession& session)
{
    QSettings settings;
    settings.beginGroup(group);
    const steward::CaseTarget target = steward::CaseTarget::load(settings);
    window.attachCases(session.cases(), account.apiUsername, group);
    if (target.kind == steward::CaseTarget::Kind::None) {
        session.cases().setTarget(target, QString());
        return;
    }
    secrets.read(target.keychainKey(), &session,
                 [&session, target](bool ok, const QString& secret) {
                     session.cases().setTarget(target, ok ? secret : QString());
                 });
}

/// Opens a saved account: its key from the keychain, its database in the data directory
/// (one per site and user, so a rename keeps it), then a sync.
void openAccount(steward::MainWindow& window, const steward::Account& account,
                 steward::SecretStore& secrets, steward::CommunitySession& session)
{
    window.statusBar()->showMessage(
        QCoreApplication::translate("steward", "Opening %1…").arg(account.name));
    secrets.read(
        account.keychainKey(), &window,
        [&window, account, &session, &secrets](bool ok, const QString& secret) {
            QString error;
            const QByteArray id =
                QCryptographicHash::hash(account.keychainKey().toUtf8(), QCryptographicHash::Sha1)
                    .toHex()
                    .left(12);
            const QString dir =
                steward::dataDirectory() + QStringLiteral("/accounts/") + QString::fromLatin1(id);
            if (!ok)
                error = QCoreApplication::translate(
                            "steward", "the API key could not be read from the system keychain: %1")
                            .arg(secret);
            else if (!QDir().mkpath(dir))
                error = QCoreApplication::translate("steward", "cannot create %1").arg(dir);
            session.setName(account.name);
            if (error.isEmpty() && session.open(account.connection(secret),
                                                dir + QStringLiteral("/community.db"), &error)) {
                QSettings settings;
                steward::AccountList(settings).setLastUsed(account.name);
                window.attachCommunity(session.name(), session.store(), session.outbox(),
                                       session.sync());
                attachCases(window, account, QStringLiteral("cases-") + QString::fromLatin1(id),
                            secrets, session);
                startFirstSync(session.sync());
                return;
            }
            window.statusBar()->clearMessage();
            QMessageBox::warning(
                &window, account.name,
                QCoreApplication::translate("steward", "%1 could not be opened: %2")
                    .arg(account.name, error));
        });
}

/// The command line; its --help is also what the man page steward(1) is made from.
struct Options
{
    QCommandLineOption demo{
        QStringLiteral("demo"),
        QCoreApplication::translate("steward", "Open the built-in sandbox community.")};
    QCommandLineOption scale{
        QStringLiteral("demo-scale"),
        QCoreApplication::translate("steward",
                                    "Size of the sandbox community: small, medium or large."),
        QStringLiteral("SCALE"), QStringLiteral("medium")};
    QCommandLineOption account{
        QStringLiteral("account"),
        QCoreApplication::translate("steward", "Open the saved account of this name."),
        QStringLiteral("NAME")};
    QCommandLineOption verbose = steward::verboseOption();

    void addTo(QCommandLineParser& parser) const
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("steward", "Steward: the console for community staff.\n\n"
                                                   "It triages a Discourse community's moderation "
                                                   "queue, curates its threads and measures it, "
                                                   "from a local copy that it keeps in sync."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({demo, scale, account, verbose});
    }
};

/// True when the arguments ask for help or the version, which need no display.
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

/// Prints --help or --version without opening a display, then exits.
int printTextAndExit(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    steward::setAppIdentity(QStringLiteral("steward"));
    steward::installTranslations(QLocale::system());
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app); // exits after printing
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (asksOnlyForText(argc, argv))
        return printTextAndExit(argc, argv);
    QApplication app(argc, argv);
    steward::setAppIdentity(QStringLiteral("steward"));
    QApplication::setDesktopFileName(QString::fromLatin1(steward::kAppId));
    QApplication::setWindowIcon(QIcon::fromTheme(QString::fromLatin1(steward::kAppId),
                                                 QIcon(QStringLiteral(":/icons/steward.svg"))));
    steward::installTranslations(QLocale::system());

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app);
    steward::setUpLogging(parser.isSet(options.verbose));
    const QCommandLineOption& demoOption = options.demo;
    const QCommandLineOption& scaleOption = options.scale;
    const QCommandLineOption& accountOption = options.account;

    steward::MainWindow window;
    steward::KeychainSecretStore secrets;
    window.setSecretStore(&secrets);
    window.show();
    steward::DemoCommunity demo;
    steward::CommunitySession session;
    bool attached = false;
    QObject::connect(&window, &steward::MainWindow::openAccountRequested, &window,
                     [&](const steward::Account& account) {
                         if (!attached) {
                             attached = true;
                             openAccount(window, account, secrets, session);
                             return;
                         }
                         // One community per window: another one opens in a fresh Steward.
                         QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                                 {QStringLiteral("--account"), account.name});
                         window.close();
                     });

    QSettings settings;
    const steward::AccountList accounts(settings);
    if (parser.isSet(demoOption)) {
        attached = true;
        const std::optional<steward::sandbox::Scale> scale =
            steward::sandbox::scaleFromString(parser.value(scaleOption));
        QString error;
        if (!scale)
            error =
                QCoreApplication::translate("steward", "unknown scale '%1' (small, medium, large)")
                    .arg(parser.value(scaleOption));
        if (!error.isEmpty() || !openDemo(window, *scale, demo, session, &error))
            QMessageBox::warning(&window,
                                 QCoreApplication::translate("steward", "Sandbox community"),
                                 QCoreApplication::translate(
                                     "steward", "The sandbox community could not be opened: %1")
                                     .arg(error));
    } else if (const std::optional<steward::Account> account =
                   accounts.find(parser.isSet(accountOption) ? parser.value(accountOption)
                                                             : accounts.lastUsed())) {
        attached = true;
        openAccount(window, *account, secrets, session);
    } else if (parser.isSet(accountOption)) {
        QMessageBox::warning(
            &window, QCoreApplication::translate("steward", "Accounts"),
            QCoreApplication::translate("steward", "There is no saved account called %1.")
                .arg(parser.value(accountOption)));
        window.showAccounts();
    } else {
        window.showAccounts(); // a first start: add a community (or run steward --demo)
    }
    return QApplication::exec();
}
