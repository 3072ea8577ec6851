// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/accountsdialog.h"

#include "models/store/database.h"
#include "models/sync/usermessages.h"
#include "ui/charts/chartstyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace steward {

AccountsDialog::AccountsDialog(QSettings& settings, SecretStore& secrets, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_list(new QListWidget(this))
    , m_emptyHint(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_rate(new QSpinBox(this))
    , m_team(new QLineEdit(this))
    , m_teamPassword(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_testButton(new QPushButton(tr("&Test Connection"), this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
    , m_openButton(new QPushButton(tr("&Open"), this))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    m_list->setObjectName(QStringLiteral("accountList"));
    m_name->setObjectName(QStringLiteral("accountName"));
    m_url->setObjectName(QStringLiteral("accountUrl"));
    m_url->setPlaceholderText(tr("https://forum.example.com"));
    m_username->setObjectName(QStringLiteral("accountUsername"));
    m_username->setPlaceholderText(tr("The user the API key was made for"));
    m_key->setObjectName(QStringLiteral("accountKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_rate->setObjectName(QStringLiteral("accountRate"));
    m_rate->setRange(0, 6000);
    m_rate->setSpecialValueText(tr("No limit"));
    m_rate->setSuffix(tr(" per minute"));
    m_rate->setToolTip(tr("Requests per minute the key may make: Discourse allows 60 for admin "
                          "keys unless the site says otherwise."));
    m_team->setObjectName(QStringLiteral("teamDatabase"));
    m_team->setPlaceholderText(tr("Empty: a copy on this computer"));
    m_team->setToolTip(
        tr("The team's PostgreSQL database, shared by every moderator's Steward: "
           "postgresql://host/database or host=… dbname=… user=…. One Steward syncs it for "
           "everyone, and each sees the others' decisions as they are made."));
    m_teamPassword->setObjectName(QStringLiteral("teamPassword"));
    m_teamPassword->setEchoMode(QLineEdit::Password);
    m_teamPassword->setPlaceholderText(tr("Kept in the system keychain"));
    m_status->setObjectName(QStringLiteral("accountStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 3);
    m_openButton->setObjectName(QStringLiteral("openAccount"));

    auto* add = new QPushButton(tr("&Add"), this);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_removeButton);
    // An empty list says what goes in it: a first start, or the demo, which is no saved account.
    m_emptyHint->setObjectName(QStringLiteral("noAccountsHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_emptyHint->setText(tr("No community is saved yet. Fill in its address, the API username "
                            "and the key, then Save. The sandbox community (steward --demo) is "
                            "built in and is not listed here."));
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(m_emptyHint, 1);
    left->addLayout(listButtons);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("A&ddress:"), m_url);
    form->addRow(tr("API &username:"), m_username);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(tr("Rate &limit:"), m_rate);
    form->addRow(tr("Team data&base:"), m_team);
    form->addRow(tr("Database pass&word:"), m_teamPassword);
    auto* formButtons = new QHBoxLayout;
    formButtons->addWidget(m_testButton);
    formButtons->addStretch(1);
    formButtons->addWidget(m_saveButton);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(formButtons);
    right->addWidget(m_status);
    right->addStretch(1);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto* bottom = new QDialogButtonBox(QDialogButtonBox::Close, this);
    bottom->addButton(m_openButton, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(bottom);
    resize(720, 380);

    connect(add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(
                this, tr("Remove Account"),
                tr("Remove %1 and its API key from this computer?").arg(m_editing)) ==
            QMessageBox::Yes)
            removeAccount();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &AccountsDialog::saveAccount);
    connect(m_testButton, &QPushButton::clicked, this, &AccountsDialog::testConnection);
    connect(bottom, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const std::optional<Account> account = AccountList(m_settings).find(m_editing)) {
            Q_EMIT openRequested(*account);
            accept();
        }
    });
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString& name) {
        if (const std::optional<Account> account = AccountList(m_settings).find(name))
            showAccount(*account);
    });

    reloadList(AccountList(m_settings).lastUsed());
    if (m_list->count() == 0)
        addAccount();
}

QString AccountsDialog::statusText() const
{
    return m_status->text();
}

void AccountsDialog::reloadList(const QString& select)
{
    m_list->clear();
    for (const Account& a : AccountList(m_settings).accounts())
        m_list->addItem(a.name);
    const QList<QListWidgetItem*> found = m_list->findItems(select, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.first());
    else if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_list->setVisible(m_list->count() > 0);
    m_emptyHint->setVisible(m_list->count() == 0);
}

void AccountsDialog::selectAccount(const QString& name)
{
    reloadList(name);
}

void AccountsDialog::showAccount(const Account& account)
{
    m_editing = account.name;
    m_name->setText(account.name);
    m_url->setText(account.baseUrl.toString());
    m_username->setText(account.apiUsername);
    m_key->clear();
    m_key->setPlaceholderText(tr("Kept in the system keychain; type a new key to replace it"));
    m_rate->setValue(account.requestsPerMinute);
    m_team->setText(account.teamDatabase);
    m_teamPassword->clear();
    m_teamPassword->setPlaceholderText(
        account.teamDatabase.isEmpty()
            ? tr("Kept in the system keychain")
            : tr("Kept in the system keychain; type a new one to replace it"));
    m_removeButton->setEnabled(true);
    m_openButton->setEnabled(true);
    m_status->clear();
}

void AccountsDialog::addAccount()
{
    m_editing.clear();
    m_list->clearSelection();
    m_name->clear();
    m_url->clear();
    m_username->clear();
    m_key->clear();
    m_key->setPlaceholderText(tr("From the site: Admin, API, New API Key"));
    m_rate->setValue(60);
    m_team->clear();
    m_teamPassword->clear();
    m_teamPassword->setPlaceholderText(tr("Kept in the system keychain"));
    m_removeButton->setEnabled(false);
    m_openButton->setEnabled(false);
    m_status->clear();
    m_name->setFocus();
}

Account AccountsDialog::formAccount() const
{
    QString url = m_url->text().trimmed();
    if (!url.isEmpty() && !url.contains(QStringLiteral("://")))
        url.prepend(QStringLiteral("https://"));
    return Account{m_name->text().trimmed(), QUrl(url), m_username->text().trimmed(),
                   m_rate->value(), m_team->text().trimmed()};
}

namespace {

QString problemText(AccountList::Problem problem, const Account& account)
{
    switch (problem) {
    case AccountList::Problem::NoName:
        return AccountsDialog::tr("The account needs a name.");
    case AccountList::Problem::NoUsername:
        return AccountsDialog::tr("The account needs the API username its key was made for.");
    case AccountList::Problem::BadAddress:
        return AccountsDialog::tr(
            "The address is not a web address, e.g. https://forum.example.com.");
    case AccountList::Problem::InsecureAddress:
        return messages::insecureUrl();
    case AccountList::Problem::NameTaken:
        break;
    }
    return AccountsDialog::tr("Another account is already called %1.").arg(account.name.trimmed());
}

} // namespace

void AccountsDialog::saveAccount()
{
    const Account account = formAccount();
    const QString key =
        m_key->text(); // before the list shows the saved account, which clears the field
    const std::optional<Account> before =
        m_editing.isEmpty() ? std::nullopt : AccountList(m_settings).find(m_editing);
    if (key.isEmpty() && !before) {
        report(tr("Type the API key: Steward keeps it in the system keychain."), false);
        Q_EMIT settled();
        return;
    }
    if (!account.teamDatabase.isEmpty() && !Database::isServerLocation(account.teamDatabase)) {
        report(tr("The team database is a PostgreSQL address: postgresql://host/database, or "
                  "host=… dbname=…."),
               false);
        Q_EMIT settled();
        return;
    }
    if (Database::displayLocation(account.teamDatabase) != account.teamDatabase) {
        report(tr("Leave the password out of the team database's address: type it in Database "
                  "password, and Steward keeps it in the system keychain."),
               false);
        Q_EMIT settled();
        return;
    }
    const QString teamPassword = m_teamPassword->text();
    AccountList::Problem problem{};
    if (!AccountList(m_settings).save(account, m_editing, &problem)) {
        report(problemText(problem, account), false);
        Q_EMIT settled();
        return;
    }
    const QString saved = AccountList(m_settings).find(account.name)->name;
    reloadList(saved);
    auto finish = [this, saved](bool ok, const QString& why) {
        setBusy(false);
        report(ok ? tr("Saved %1.").arg(saved)
                  : tr("Saved %1, but the keychain could not keep its secrets: %2").arg(saved, why),
               ok);
        Q_EMIT settled();
    };
    // The key, then the team database's password when one was typed.
    auto done = [this, finish, teamPassword,
                 teamKey = account.teamDatabaseKeychainKey()](bool ok, const QString& why) {
        if (!ok || teamPassword.isEmpty())
            return finish(ok, why);
        setBusy(true);
        m_secrets.write(teamKey, teamPassword, this, finish);
    };
    if (key.isEmpty() && before && before->keychainKey() != account.keychainKey()) {
        // Moved to another address or user: the stored key follows it.
        setBusy(true);
        const QString from = before->keychainKey();
        // The move completes even if the dialog closes meanwhile; only its report is dropped.
        SecretStore* store = &m_secrets;
        auto settle = [self = QPointer<AccountsDialog>(this), done](bool ok, const QString& why) {
            if (self)
                done(ok, why);
        };
        store->read(
            from, store,
            [store, from, to = account.keychainKey(), settle](bool ok, const QString& secret) {
                if (!ok)
                    return settle(false, secret);
                store->write(to, secret, store,
                             [store, from, settle](bool written, const QString& why) {
                                 if (written)
                                     store->remove(from, store, [](bool, const QString&) {});
                                 settle(written, why);
                             });
            });
        return;
    }
    if (key.isEmpty()) {
        done(true, {});
        return;
    }
    setBusy(true);
    m_secrets.write(account.keychainKey(), key, this, done);
}

void AccountsDialog::removeAccount()
{
    const std::optional<Account> account = AccountList(m_settings).find(m_editing);
    if (!account)
        return;
    AccountList(m_settings).remove(account->name);
    reloadList(QString());
    if (m_list->count() == 0)
        addAccount();
    setBusy(true);
    m_secrets.remove(account->teamDatabaseKeychainKey(), this, [](bool, const QString&) {});
    m_secrets.remove(
        account->keychainKey(), this, [this, name = account->name](bool ok, const QString& why) {
            setBusy(false);
            report(ok ? tr("Removed %1 and its key.").arg(name)
                      : tr("Removed %1; its key stays in the keychain: %2").arg(name, why),
                   ok);
            Q_EMIT settled();
        });
}

void AccountsDialog::testConnection()
{
    const Account account = formAccount();
    if (!m_key->text().isEmpty() || m_editing.isEmpty()) {
        runTest(account.connection(m_key->text()));
        return;
    }
    // A saved account: its key comes from the keychain.
    setBusy(true);
    const std::optional<Account> saved = AccountList(m_settings).find(m_editing);
    m_secrets.read(
        saved ? saved->keychainKey() : account.keychainKey(), this,
        [this, account](bool ok, const QString& secret) {
            if (!ok) {
                setBusy(false);
                report(tr("The API key could not be read from the system keychain: %1").arg(secret),
                       false);
                Q_EMIT settled();
                return;
            }
            runTest(account.connection(secret));
        });
}

void AccountsDialog::runTest(const SiteConnection& site)
{
    setBusy(true);
    report(tr("Testing %1…").arg(site.baseUrl.toString()), true);
    m_test = new ConnectionTest(site, this);
    connect(m_test, &ConnectionTest::finished, this,
            [this, site](const ConnectionVerdict& verdict) {
                m_verdict = verdict;
                setBusy(false);
                const QString said = messages::connectionVerdict(verdict, site.apiUsername);
                report(verdict.detail.isEmpty() || verdict.ok()
                           ? said
                           : tr("%1\n(%2)").arg(said, verdict.detail),
                       verdict.ok());
                m_test->deleteLater();
                Q_EMIT settled();
            });
    m_test->start();
}

void AccountsDialog::report(const QString& text, bool good)
{
    m_status->setText(text);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, good ? palette().color(QPalette::WindowText)
                                          : chartstyle::verdictColor(palette(), false));
    m_status->setPalette(p);
}

void AccountsDialog::setBusy(bool busy)
{
    for (QPushButton* b : {m_testButton, m_saveButton})
        b->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

} // namespace steward
