// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace steward {

/// Where and as whom Steward talks to one community. The key is held only in memory; it is
/// stored by a SecretStore (the keychain), never in settings, the database or logs.
struct SiteConnection
{
    QUrl baseUrl; ///< e.g. https://forum.example.com or https://example.com/forum
    QString apiUsername;
    QString apiKey;
    int requestsPerMinute = 60; ///< Discourse's default admin limit; 0 for none (loopback sandbox)
    /// Data Explorer runs the site allows in 10 s (its max_data_explorer_api_reqs_per_10_seconds,
    /// 2 by default); 0 for no spacing.
    int explorerRunsPer10Seconds = 2;
};

/// True when Steward may send credentials to this URL: HTTPS, or plain HTTP to a loopback host.
bool isAllowedBaseUrl(const QUrl& url);
/// True when url is on base's origin: the same scheme, host (any case) and port.
bool isSameOrigin(const QUrl& base, const QUrl& url);

} // namespace steward
