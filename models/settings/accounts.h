// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/net/siteconnection.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QSettings;

namespace steward {

/// A community the moderator works in, as saved: everything but the API key, which lives
/// in the system keychain under keychainKey().
struct Account
{
    QString name;
    QUrl baseUrl;
    QString apiUsername;
    int requestsPerMinute = 60;
    /// The team's PostgreSQL database (a postgresql:// URL or libpq connection string, without
    /// its password, which lives in the keychain under teamDatabaseKeychainKey()); empty for a
    /// copy of the moderator's own on this computer.
    QString teamDatabase{};

    QString keychainKey() const;
    QString teamDatabaseKeychainKey() const;
    SiteConnection connection(const QString& apiKey) const;
    friend bool operator==(const Account&, const Account&) = default;
};

/// The saved accounts, in QSettings under "accounts" (a JSON array) and the last one
/// opened under "accounts/lastUsed". Names are unique.
class AccountList
{
public:
    explicit AccountList(QSettings& settings);

    QList<Account> accounts() const;
    std::optional<Account> find(const QString& name) const;
    /// Why save() refused an account.
    enum class Problem
    {
        NoName,
        NoUsername,      ///< the API username the key was made for
        BadAddress,      ///< not a web address
        InsecureAddress, ///< not one Steward may send a key to (isAllowedBaseUrl())
        NameTaken,
    };
    /// Adds the account, or replaces the one named previousName (a rename) or of the same
    /// name. False with the problem when it cannot be saved as it is.
    bool save(const Account& account, const QString& previousName, Problem* problem = nullptr);
    bool remove(const QString& name);
    QString lastUsed() const;
    void setLastUsed(const QString& name);

private:
    void write(const QList<Account>& accounts);

    QSettings& m_settings;
};

/// Where API keys are kept: the system keychain in Steward (KeychainSecretStore). Every
/// call answers once, asynchronously, with ok and the secret (read) or the reason it failed,
/// in context's thread (a null context means the store itself); when context is destroyed
/// first, the operation still completes but done is dropped, never called.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QString& secretOrError)>;
    using QObject::QObject;

    virtual void read(const QString& key, const QObject* context, Done done) = 0;
    virtual void write(const QString& key, const QString& secret, const QObject* context,
                       Done done) = 0;
    virtual void remove(const QString& key, const QObject* context, Done done) = 0;
};

} // namespace steward
