// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/settings/accounts.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace steward {

/// The keychain entry under which Steward keeps an account's API key (Account::keychainKey()).
QString keychainKey(const QUrl& baseUrl, const QString& apiUsername);

/// Reads an account's API key from the system keychain (QtKeychain), waiting for the answer.
/// For the command line only: the GUI uses KeychainSecretStore. nullopt with a reason on failure.
std::optional<QString> readApiKey(const QUrl& baseUrl, const QString& apiUsername, QString* error);
/// Stores an account's API key in the system keychain; false with a reason on failure.
bool writeApiKey(const QUrl& baseUrl, const QString& apiUsername, const QString& key,
                 QString* error);

/// API keys in the system keychain through QtKeychain (the Secret Service, KWallet, the
/// macOS Keychain or Windows' credential store), under the service name "steward".
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const QString& key, const QObject* context, Done done) override;
    void write(const QString& key, const QString& secret, const QObject* context,
               Done done) override;
    void remove(const QString& key, const QObject* context, Done done) override;
};

} // namespace steward
