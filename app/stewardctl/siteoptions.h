// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/net/apierror.h"
#include "models/net/siteconnection.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace steward {
class Database;
class DiscourseClient;
} // namespace steward

namespace steward::cli {

/// The options every command that talks to a community takes: --url, --api-username, --db,
/// --rate-limit, --timeout, --max-wait and --ca-file, with the API key from STEWARD_API_KEY or the
/// keychain.
class SiteOptions
{
public:
    explicit SiteOptions(QCommandLineParser& parser);
    /// The site to talk to, or nullopt after printing why (as `stewardctl <command>: …`) and
    /// setting *exitCode.
    std::optional<SiteConnection> site(const QString& command, int* exitCode) const;
    /// The --db value (empty when not given).
    QString databasePath() const { return m_parser.value(m_db); }
    /// Opens the database file; false after printing why and setting *exitCode.
    bool openDatabase(Database& database, const QString& command, int* exitCode) const;
    /// Applies --timeout, --max-wait and --ca-file; false after printing why and setting *exitCode.
    bool configure(DiscourseClient& client, const QString& command, int* exitCode) const;
    /// Both: the site, with database opened; nullopt after printing why and setting *exitCode.
    std::optional<SiteConnection> open(Database& database, const QString& command,
                                       int* exitCode) const
    {
        std::optional<SiteConnection> connection = site(command, exitCode);
        return connection && openDatabase(database, command, exitCode) ? connection : std::nullopt;
    }

private:
    QCommandLineParser& m_parser;
    QCommandLineOption m_url, m_user, m_db, m_rate, m_timeout, m_maxWait, m_caFile;
};

/// The exit code for an API error (exitcodes.h), and one line saying what it means for the user.
int exitCodeFor(const ApiError& error);
QString explain(const ApiError& error);

} // namespace steward::cli
