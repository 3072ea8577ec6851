// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/common/keychain.h"
#include "app/session/communitysession.h"
#include "app/session/democommunity.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QObject>

namespace steward {

Q_DECLARE_LOGGING_CATEGORY(lcStartup)

class MainWindow;

struct Account;

/// Opens one community in the window: the built-in sandbox community or a saved account,
/// then its first sync. Nothing here blocks the event loop: the sandbox starts on its own
/// thread and the key comes from the keychain asynchronously, while the status bar says so.
/// A second account asked for from the window opens in a fresh Steward.
class Launcher : public QObject
{
    Q_OBJECT
public:
    explicit Launcher(MainWindow& window);
    ~Launcher() override;

    /// Serves the sandbox community of this scale ("small", "medium", "large") from the data
    /// directory, so that a second start is the same community, synced incrementally.
    void openDemo(const QString& scaleName);
    /// Opens the saved account called name, or the one used last when name is empty; with
    /// none, shows the accounts (after saying that name is unknown, when one was given).
    void openSaved(const QString& name);

    /// Opens the site of account (not saved) with apiKey, as `steward --url` does with the
    /// key from STEWARD_API_KEY; its copy is the one a saved account of that site and user has.
    void openSite(const Account& account, const QString& apiKey);

private:
    void openAccount(const Account& account);
    void openWithKey(const Account& account, const QString& apiKey, bool saved);
    /// The opened community in the window, then its first sync.
    void showOpened(const Account& account, bool saved);
    void failToOpen(const Account& account, const QString& error);
    void attachCases(const Account& account, const QString& group);
    void startFirstSync();
    /// Logs (steward.startup) when the community is attached and its queue first shown.
    void reportQueueShown();

    MainWindow& m_window;
    KeychainSecretStore m_secrets;
    DemoCommunity m_demo;
    CommunitySession m_session;
    bool m_attached = false;
};

/// Started the first time it is asked for: main() asks first, so it times the whole start.
QElapsedTimer& startupClock();

} // namespace steward
