// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The accounts dialog against the sandbox and a real keychain: gnome-keyring-daemon on a
// private session bus, reached through QtKeychain and libsecret as on a desktop. A new
// account is tested and saved with its key in the keychain (never in the settings), a
// wrong key is named, a saved account is tested with the key read back, and removing it
// removes the key.
#include "app/common/keychain.h"
#include "tests/support/sessionbus.h"
#include "tests/support/synctesting.h"
#include "ui/dialogs/accountsdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/mainwindowactions.h"

#include <QAction>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace steward;
using namespace steward::testing;

namespace {

/// The keychain's answer to a read: the secret, or nullopt when there is none.
std::optional<QString> readSecret(SecretStore& store, const QString& key)
{
    std::optional<std::optional<QString>> answer;
    store.read(key, nullptr, [&answer](bool ok, const QString& secret) {
        if (!ok)
            qInfo("keychain: %s", qPrintable(secret));
        answer = ok ? std::optional<QString>(secret) : std::nullopt;
    });
    for (int waited = 0; !answer && waited < 10000; waited += 20)
        QTest::qWait(20);
    if (!answer)
        qWarning("the keychain did not answer");
    return answer.value_or(std::nullopt);
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    KeychainSecretStore m_keychain;

    template <typename T> T* field(AccountsDialog& dialog, const char* name)
    {
        return dialog.findChild<T*>(QString::fromLatin1(name));
    }

    void fill(AccountsDialog& dialog, const QString& name, const QString& url, const QString& user,
              const QString& key)
    {
        field<QLineEdit>(dialog, "accountName")->setText(name);
        field<QLineEdit>(dialog, "accountUrl")->setText(url);
        field<QLineEdit>(dialog, "accountUsername")->setText(user);
        field<QLineEdit>(dialog, "accountKey")->setText(key);
    }

    void settle(AccountsDialog& dialog, void (AccountsDialog::*step)())
    {
        QSignalSpy settled(&dialog, &AccountsDialog::settled);
        (dialog.*step)();
        QVERIFY(settled.size() == 1 || settled.wait(30000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = startSandbox();
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("steward.ini")),
                                                 QSettings::IniFormat);
    }

    void aNewAccountIsTestedAndSavedWithItsKeyInTheKeychain()
    {
        AccountsDialog dialog(*m_settings, m_keychain);
        // Nothing saved yet: the list's place says what to do, not an empty box.
        auto* hint = dialog.findChild<QLabel*>(QStringLiteral("noAccountsHint"));
        QVERIFY(hint && !hint->isHidden());
        QVERIFY(dialog.findChild<QListWidget*>(QStringLiteral("accountList"))->isHidden());
        const SiteConnection site = adminSite(*m_server);
        fill(dialog, QStringLiteral("Fieldnote"), site.baseUrl.toString(), site.apiUsername,
             site.apiKey);
        settle(dialog, &AccountsDialog::testConnection);
        QCOMPARE(dialog.lastVerdict().outcome, ConnectionVerdict::Outcome::Ok);
        QVERIFY2(dialog.statusText().contains(dialog.lastVerdict().siteTitle),
                 qPrintable(dialog.statusText()));

        settle(dialog, &AccountsDialog::saveAccount);
        QVERIFY(hint->isHidden());
        QVERIFY2(dialog.statusText() == QStringLiteral("Saved Fieldnote."),
                 qPrintable(dialog.statusText()));
        const std::optional<Account> saved =
            AccountList(*m_settings).find(QStringLiteral("Fieldnote"));
        QVERIFY(saved);
        QCOMPARE(saved->apiUsername, site.apiUsername);
        QCOMPARE(readSecret(m_keychain, saved->keychainKey()), std::optional<QString>(site.apiKey));
        m_settings->sync();
        QFile ini(m_settings->fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(site.apiKey.toUtf8())); // the key is not in the settings
    }

    void aWrongKeyIsNamedAndNotSavedOverTheGoodOne()
    {
        AccountsDialog dialog(*m_settings, m_keychain);
        dialog.selectAccount(QStringLiteral("Fieldnote"));
        field<QLineEdit>(dialog, "accountKey")->setText(QStringLiteral("not-the-key"));
        settle(dialog, &AccountsDialog::testConnection);
        QCOMPARE(dialog.lastVerdict().outcome, ConnectionVerdict::Outcome::WrongKey);
        QVERIFY(dialog.statusText().contains(QStringLiteral("refused")));
    }

    void aSavedAccountIsTestedWithTheKeyFromTheKeychain()
    {
        AccountsDialog dialog(*m_settings, m_keychain);
        dialog.selectAccount(QStringLiteral("Fieldnote"));
        QVERIFY(field<QLineEdit>(dialog, "accountKey")->text().isEmpty());
        settle(dialog, &AccountsDialog::testConnection);
        QCOMPARE(dialog.lastVerdict().outcome, ConnectionVerdict::Outcome::Ok);
    }

    /// Waits until the keychain holds want under key (the dialog's own jobs finish unobserved).
    bool keychainReaches(const QString& key, const std::optional<QString>& want)
    {
        for (int waited = 0; waited < 15000; waited += 100) {
            if (readSecret(m_keychain, key) == want)
                return true;
            QTest::qWait(100);
        }
        return false;
    }

    void closingTheDialogWhileTheKeychainWritesKeepsTheKey()
    {
        // The job outlives the dialog: its answer must not reach the destroyed dialog (ASan
        // reports the use after free), and the key must still be stored.
        auto* dialog = new AccountsDialog(*m_settings, m_keychain);
        const SiteConnection site = adminSite(*m_server);
        dialog->addAccount();
        fill(*dialog, QStringLiteral("Brief"), site.baseUrl.toString(),
             QStringLiteral("brief-user"), QStringLiteral("brief-key"));
        dialog->saveAccount();
        delete dialog;
        const std::optional<Account> saved = AccountList(*m_settings).find(QStringLiteral("Brief"));
        QVERIFY(saved);
        QVERIFY(keychainReaches(saved->keychainKey(), QStringLiteral("brief-key")));
    }

    void closingTheDialogWhileAKeyMovesStillMovesIt()
    {
        auto* dialog = new AccountsDialog(*m_settings, m_keychain);
        dialog->selectAccount(QStringLiteral("Brief"));
        const QString from = AccountList(*m_settings).find(QStringLiteral("Brief"))->keychainKey();
        field<QLineEdit>(*dialog, "accountUsername")->setText(QStringLiteral("brief-renamed"));
        dialog->saveAccount(); // read, write under the new name, remove the old: three jobs
        delete dialog;
        const std::optional<Account> moved = AccountList(*m_settings).find(QStringLiteral("Brief"));
        QVERIFY(moved);
        QCOMPARE(moved->apiUsername, QStringLiteral("brief-renamed"));
        QVERIFY(keychainReaches(moved->keychainKey(), QStringLiteral("brief-key")));
        QVERIFY(keychainReaches(from, std::nullopt));
        AccountList(*m_settings).remove(QStringLiteral("Brief"));
    }

    void theWindowOpensTheDialogAndAnAccount()
    {
        MainWindow window;
        QVERIFY(!window.actions()->accounts->isEnabled());
        window.setSecretStore(&m_keychain);
        QVERIFY(window.actions()->accounts->isEnabled());
        QSignalSpy open(&window, &MainWindow::openAccountRequested);
        // The window's dialog reads the application's settings: point them at this test's.
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QCoreApplication::setOrganizationName(QStringLiteral("steward"));
        QCoreApplication::setApplicationName(QStringLiteral("steward"));
        {
            QSettings app;
            app.setValue(QStringLiteral("accounts/list"),
                         m_settings->value(QStringLiteral("accounts/list")));
        }
        AccountsDialog* dialog = window.showAccounts();
        QVERIFY(dialog);
        dialog->selectAccount(QStringLiteral("Fieldnote"));
        dialog->findChild<QPushButton*>(QStringLiteral("openAccount"))->click();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().value<Account>().name, QStringLiteral("Fieldnote"));
    }

    void aTeamDatabaseKeepsItsPasswordInTheKeychain()
    {
        AccountsDialog dialog(*m_settings, m_keychain);
        dialog.selectAccount(QStringLiteral("Fieldnote"));
        auto* team = field<QLineEdit>(dialog, "teamDatabase");
        auto* password = field<QLineEdit>(dialog, "teamPassword");
        QVERIFY(team && password);
        QVERIFY(team->text().isEmpty());

        team->setText(QStringLiteral("postgresql://mod:s3cret@db.example/steward"));
        settle(dialog, &AccountsDialog::saveAccount);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("password out")),
                 qPrintable(dialog.statusText()));
        team->setText(QStringLiteral("steward.db"));
        settle(dialog, &AccountsDialog::saveAccount);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("PostgreSQL address")),
                 qPrintable(dialog.statusText()));
        QVERIFY(AccountList(*m_settings).find(QStringLiteral("Fieldnote"))->teamDatabase.isEmpty());

        const QString location = QStringLiteral("postgresql://mod@db.example/steward");
        team->setText(location);
        password->setText(QStringLiteral("s3cret-team"));
        settle(dialog, &AccountsDialog::saveAccount);
        QVERIFY2(dialog.statusText() == QStringLiteral("Saved Fieldnote."),
                 qPrintable(dialog.statusText()));
        const std::optional<Account> saved =
            AccountList(*m_settings).find(QStringLiteral("Fieldnote"));
        QCOMPARE(saved->teamDatabase, location);
        QCOMPARE(readSecret(m_keychain, saved->teamDatabaseKeychainKey()),
                 std::optional<QString>(QStringLiteral("s3cret-team")));
        m_settings->sync();
        QFile ini(m_settings->fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("s3cret-team"));

        AccountsDialog again(*m_settings, m_keychain);
        again.selectAccount(QStringLiteral("Fieldnote"));
        QCOMPARE(field<QLineEdit>(again, "teamDatabase")->text(), location);
        QVERIFY(field<QLineEdit>(again, "teamPassword")->text().isEmpty());
        // Back to a copy on this computer, for the tests after this one.
        field<QLineEdit>(again, "teamDatabase")->clear();
        settle(again, &AccountsDialog::saveAccount);
        QVERIFY(AccountList(*m_settings).find(QStringLiteral("Fieldnote"))->teamDatabase.isEmpty());
    }

    void removingAnAccountRemovesItsKey()
    {
        AccountsDialog dialog(*m_settings, m_keychain);
        dialog.selectAccount(QStringLiteral("Fieldnote"));
        const QString key =
            AccountList(*m_settings).find(QStringLiteral("Fieldnote"))->keychainKey();
        settle(dialog, &AccountsDialog::removeAccount);
        QVERIFY(!AccountList(*m_settings).find(QStringLiteral("Fieldnote")));
        QCOMPARE(readSecret(m_keychain, key), std::nullopt);
    }

    void badEntriesAreRefusedWithAReason()
    {
        AccountsDialog dialog(*m_settings, m_keychain);
        dialog.addAccount();
        fill(dialog, QStringLiteral("Plain"), QStringLiteral("http://forum.example.com"),
             QStringLiteral("mod"), QStringLiteral("k"));
        settle(dialog, &AccountsDialog::saveAccount);
        QVERIFY(dialog.statusText().contains(QStringLiteral("https://")));
        fill(dialog, QStringLiteral("No key"), QStringLiteral("forum.example.com"),
             QStringLiteral("mod"), QString());
        settle(dialog, &AccountsDialog::saveAccount);
        QVERIFY(dialog.statusText().contains(QStringLiteral("API key")));
        QVERIFY(AccountList(*m_settings).accounts().isEmpty());
    }
};

int main(int argc, char* argv[])
{
    // A desktop session of the test's own: a session bus and an unlocked keyring on it,
    // with the keyring's files in a temporary home.
    QTemporaryDir home;
    const QByteArray runtime = (home.path() + QStringLiteral("/run")).toUtf8();
    QDir().mkpath(QString::fromUtf8(runtime));
    QFile::setPermissions(QString::fromUtf8(runtime),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", runtime);
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_CURRENT_DESKTOP", "GNOME");
    steward::testing::PrivateSessionBus bus;
    if (!bus.start()) {
        fprintf(stderr, "cannot start dbus-daemon\n");
        return 1;
    }
    // The keyring daemon forks and stays until the bus it serves goes away.
    QProcess keyring;
    keyring.start(QStringLiteral("gnome-keyring-daemon"),
                  {QStringLiteral("--daemonize"), QStringLiteral("--unlock"),
                   QStringLiteral("--components=secrets")});
    if (!keyring.waitForStarted()) {
        fprintf(stderr, "cannot start gnome-keyring-daemon\n");
        return 1;
    }
    keyring.write("test-password");
    keyring.closeWriteChannel();
    keyring.waitForFinished(10000);
    int status = 0;
    {
        QApplication app(argc, argv);
        QDBusConnection session = QDBusConnection::sessionBus();
        for (int i = 0;
             i < 100 && !session.interface()
                             ->isServiceRegistered(QStringLiteral("org.freedesktop.secrets"))
                             .value();
             ++i)
            QTest::qWait(100);
        TestAccounts test;
        status = QTest::qExec(&test, argc, argv);
    }
    return status;
}

#include "tst_accounts.moc"
