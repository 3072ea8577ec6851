// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace steward {

/// The keychain entry under which Steward keeps an account's API key.
QString keychainKey(const QUrl& baseUrl, const QString& apiUsername);

/// Reads an account's API key from the system keychain (QtKeychain), waiting for the answer.
/// For the command line only: the GUI uses the asynchronous job. nullopt with a reason on failure.
std::optional<QString> readApiKey(const QUrl& baseUrl, const QString& apiUsername, QString* error);
/// Stores an account's API key in the system keychain; false with a reason on failure.
bool writeApiKey(const QUrl& baseUrl, const QString& apiUsername, const QString& key, QString* error);

} // namespace steward
