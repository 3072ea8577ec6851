// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/steward/launcher.h"

#include "app/common/appidentity.h"
#include "models/items/queuefiltermodel.h"
#include "models/net/discourseclient.h"
#include "models/net/siteconnection.h"
#include "models/settings/accounts.h"
#include "models/settings/casetargetsettings.h"
#include "models/store/teamchannel.h"
#include "models/sync/caseservice.h"
#include "models/sync/syncengine.h"
#include "models/sync/usernotesservice.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/queue/queuepane.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <memory>

namespace steward {

Q_LOGGING_CATEGORY(lcStartup, "steward.startup", QtWarningMsg)

namespace {
/// Milliseconds since main() began (startupClock() is first called there).
qint64 sinceStart()
{
    return startupClock().elapsed();
}
} // namespace

QElapsedTimer& startupClock()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock;
}

Launcher::Launcher(MainWindow& window)
    : m_window(window)
{
    m_window.setSecretStore(&m_secrets);
    connect(&m_window, &MainWindow::openAccountRequested, this, [this](const Account& account) {
        if (!m_attached)
            return openAccount(account);
        // One community per window: another one opens in a fresh Steward.
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                {QStringLiteral("--account"), account.name});
        m_window.close();
    });
}

Launcher::~Launcher() = default;

void Launcher::openDemo(const QString& scaleName)
{
    m_attached = true;
    const std::optional<sandbox::Scale> scale = sandbox::scaleFromString(scaleName);
    auto fail = [this](const QString& error) {
        m_window.statusBar()->clearMessage();
        QMessageBox::warning(
            &m_window, QCoreApplication::translate("steward", "Sandbox community"),
            QCoreApplication::translate("steward", "The sandbox community could not be opened: %1")
                .arg(error));
    };
    if (!scale)
        return fail(
            QCoreApplication::translate("steward", "unknown scale '%1' (small, medium, large)")
                .arg(scaleName));
    const QString dir = dataDirectory() + QStringLiteral("/demo-") + sandbox::scaleName(*scale);
    const QString copy = dir + QStringLiteral("/community.db");
    m_session.setName(QCoreApplication::translate("steward", "Sandbox community (%1)")
                          .arg(sandbox::scaleName(*scale)));
    m_window.statusBar()->showMessage(
        QCoreApplication::translate("steward", "Starting the sandbox community…"));
    struct CopyState
    {
        bool open = false;   ///< the copy is open in the window
        bool failed = false; ///< opening it failed, and the user was told
    };
    auto state = std::make_shared<CopyState>();
    auto openCopy = [this, copy, fail, state](const SiteConnection& site) {
        QString error;
        if (!m_session.open(site, copy, &error)) {
            state->failed = true;
            return fail(error);
        }
        state->open = true;
        m_window.attachCommunity(m_session.name(), m_session.store(), m_session.outbox(),
                                 m_session.sync());
        m_window.attachTeam(m_session.team());
        m_window.attachUserNotes(m_session.notes());
        reportQueueShown();
    };
    // A copy from an earlier start is shown as soon as the sandbox has its port (well under a
    // second); its requests are answered once the sandbox has loaded the community.
    std::function<void(const SiteConnection&)> early;
    if (QFile::exists(copy))
        early = [openCopy](const SiteConnection& site) {
            qCInfo(lcStartup) << "sandbox listening after" << sinceStart() << "ms";
            openCopy(site);
        };
    m_demo.start(
        *scale, dir, this,
        [this, fail, openCopy, state](const QString& error) {
            qCInfo(lcStartup) << "sandbox serving after" << sinceStart() << "ms";
            if (state->failed)
                return;
            // With the copy already open, it stays readable; only syncing it is off.
            const auto stopped = [this](const QString& why) {
                m_window.statusBar()->clearMessage();
                QMessageBox::warning(&m_window,
                                     QCoreApplication::translate("steward", "Sandbox community"),
                                     QCoreApplication::translate(
                                         "steward", "The sandbox community did not start: %1. The "
                                                    "local copy stays open; it is not synced until "
                                                    "Steward starts again.")
                                         .arg(why));
            };
            if (!error.isEmpty())
                return state->open ? stopped(error) : fail(error);
            if (!state->open)
                openCopy(m_demo.site());
            else if (m_session.client().connection().apiKey != m_demo.site().apiKey ||
                     m_session.client().connection().apiUsername != m_demo.site().apiUsername)
                return stopped(QCoreApplication::translate(
                    "steward", "its admin account changed since the last start"));
            if (!state->open)
                return;
            m_session.cases().setTarget(m_demo.caseTarget(), m_demo.casePassword());
            m_window.attachCases(m_session.cases(), m_demo.site().apiUsername, QString());
            startFirstSync();
        },
        early);
}

void Launcher::openSaved(const QString& name)
{
    QSettings settings;
    const AccountList accounts(settings);
    if (const std::optional<Account> account =
            accounts.find(name.isEmpty() ? accounts.lastUsed() : name))
        return openAccount(*account);
    if (!name.isEmpty())
        QMessageBox::warning(
            &m_window, QCoreApplication::translate("steward", "Accounts"),
            QCoreApplication::translate("steward", "There is no saved account called %1.")
                .arg(name));
    m_window.showAccounts(); // a first start: add a community (or run steward --demo)
}

/// Its key from the keychain, then openWithKey().
void Launcher::openAccount(const Account& account)
{
    m_attached = true;
    m_window.statusBar()->showMessage(
        QCoreApplication::translate("steward", "Opening %1…").arg(account.name));
    m_secrets.read(account.keychainKey(), this, [this, account](bool ok, const QString& secret) {
        if (ok)
            return openWithKey(account, secret, true);
        failToOpen(account,
                   QCoreApplication::translate(
                       "steward", "the API key could not be read from the system keychain: %1")
                       .arg(secret));
    });
}

void Launcher::openSite(const Account& account, const QString& apiKey)
{
    m_attached = true;
    if (!isAllowedBaseUrl(account.baseUrl))
        return failToOpen(account, QCoreApplication::translate(
                                       "steward", "refusing to send an API key to %1: use "
                                                  "https:// (plain http only to this machine)")
                                       .arg(account.baseUrl.toDisplayString()));
    if (apiKey.isEmpty() || account.apiUsername.isEmpty())
        return failToOpen(account, QCoreApplication::translate(
                                       "steward", "--url needs --api-username and the key in "
                                                  "STEWARD_API_KEY"));
    openWithKey(account, apiKey, false);
}

/// Its database in the data directory (one per site and user, so a rename keeps it), then a
/// sync.
void Launcher::openWithKey(const Account& account, const QString& apiKey, bool saved)
{
    const QByteArray id =
        QCryptographicHash::hash(account.keychainKey().toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(12);
    const QString dir = dataDirectory() + QStringLiteral("/accounts/") + QString::fromLatin1(id);
    QString error;
    if (!QDir().mkpath(dir))
        return failToOpen(account,
                          QCoreApplication::translate("steward", "cannot create %1").arg(dir));
    m_session.setName(account.name);
    if (!account.teamDatabase.isEmpty()) {
        // The team's database, with its password from the keychain (none kept: libpq's own,
        // PGPASSWORD or ~/.pgpass).
        m_secrets.read(account.teamDatabaseKeychainKey(), this,
                       [this, account, apiKey, saved](bool ok, const QString& password) {
                           QString why;
                           if (!m_session.open(account.connection(apiKey), account.teamDatabase,
                                               &why, ok ? password : QString()))
                               return failToOpen(account, why);
                           showOpened(account, saved);
                       });
        return;
    }
    if (!m_session.open(account.connection(apiKey), dir + QStringLiteral("/community.db"), &error))
        return failToOpen(account, error);
    showOpened(account, saved);
}

void Launcher::showOpened(const Account& account, bool saved)
{
    const QByteArray id =
        QCryptographicHash::hash(account.keychainKey().toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(12);
    if (saved) {
        QSettings settings;
        AccountList(settings).setLastUsed(account.name);
    }
    m_window.attachCommunity(m_session.name(), m_session.store(), m_session.outbox(),
                             m_session.sync());
    m_window.attachTeam(m_session.team());
    m_window.attachUserNotes(m_session.notes());
    reportQueueShown();
    attachCases(account, QStringLiteral("cases-") + QString::fromLatin1(id));
    startFirstSync();
}

void Launcher::failToOpen(const Account& account, const QString& error)
{
    m_window.statusBar()->clearMessage();
    QMessageBox::warning(&m_window, account.name,
                         QCoreApplication::translate("steward", "%1 could not be opened: %2")
                             .arg(account.name, error));
}

/// The account's case system from the settings group, its password or token from the
/// keychain; a keychain failure leaves the target set without it (cases then fail with the
/// system's answer, and File › Case System can store it again).
void Launcher::attachCases(const Account& account, const QString& group)
{
    QSettings settings;
    settings.beginGroup(group);
    const CaseTarget target = loadCaseTarget(settings);
    m_window.attachCases(m_session.cases(), account.apiUsername, group);
    if (target.kind == CaseTarget::Kind::None)
        return m_session.cases().setTarget(target, QString());
    m_secrets.read(target.keychainKey(), this, [this, target](bool ok, const QString& secret) {
        m_session.cases().setTarget(target, ok ? secret : QString());
    });
}

void Launcher::reportQueueShown()
{
    qCInfo(lcStartup) << "community attached after" << sinceStart() << "ms";
    // After the events already posted, the table's first paint among them.
    QTimer::singleShot(0, this, [this] {
        qCInfo(lcStartup) << "queue shown with" << m_window.queuePane()->filterModel().rowCount()
                          << "items after" << sinceStart() << "ms";
    });
}

/// A copy that has synced everything before syncs the queue first (a few requests), then the
/// rest: a moderator can start at once. A first sync orders itself that way (the queue, then
/// what it names, then the history), and goes through Data Explorer only as one sync.
void Launcher::startFirstSync()
{
    // On a team database another Steward may be syncing: the window takes over when this one
    // comes to lead (MainWindow::attachTeam).
    if (!m_session.team().isLeader())
        return;
    SyncEngine& sync = m_session.sync();
    if (!sync.hasSyncedEverything())
        return sync.start();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&sync, &SyncEngine::finished, this, [this, connection](bool ok) {
        disconnect(*connection);
        if (ok)
            QMetaObject::invokeMethod(
                this, [this] { m_session.sync().start(); }, Qt::QueuedConnection);
    });
    sync.start(int(SyncScope::Queue));
}

} // namespace steward
