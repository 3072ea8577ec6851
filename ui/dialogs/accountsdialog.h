// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/net/connectiontest.h"
#include "models/settings/accounts.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSettings;
class QSpinBox;

namespace steward {

/// Adds, edits and removes the communities Steward works with: address, API username and
/// requests per minute in the settings, the API key in the keychain (SecretStore). "Test
/// Connection" says what is wrong, if anything: unreachable, certificate, not Discourse,
/// wrong key, not staff. "Open" asks the window to open the selected, saved account.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    AccountsDialog(QSettings& settings, SecretStore& secrets, QWidget* parent = nullptr);

    /// The last thing the dialog reported (saved, removed, a test's verdict, an error).
    QString statusText() const;
    /// The last connection test's verdict.
    const ConnectionVerdict& lastVerdict() const { return m_verdict; }

    void selectAccount(const QString& name);
    void addAccount();
    void saveAccount();
    void removeAccount();
    void testConnection();

Q_SIGNALS:
    void openRequested(const steward::Account& account);
    /// Save, remove and test finished (for tests and the busy state).
    void settled();

private:
    void reloadList(const QString& select);
    void showAccount(const Account& account);
    Account formAccount() const;
    void report(const QString& text, bool good);
    void setBusy(bool busy);
    void runTest(const SiteConnection& site);

    QSettings& m_settings;
    SecretStore& m_secrets;
    QString m_editing; ///< name of the saved account in the form; empty for a new one
    ConnectionVerdict m_verdict;
    QPointer<ConnectionTest> m_test;
    QListWidget* m_list;
    QLabel* m_emptyHint; ///< in place of the list while no account is saved
    QLineEdit* m_name;
    QLineEdit* m_url;
    QLineEdit* m_username;
    QLineEdit* m_key;
    QSpinBox* m_rate;
    QLineEdit* m_team;
    QLineEdit* m_teamPassword;
    QLabel* m_status;
    QPushButton* m_testButton;
    QPushButton* m_saveButton;
    QPushButton* m_removeButton;
    QPushButton* m_openButton;
};

} // namespace steward
