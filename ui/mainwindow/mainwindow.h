// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ids.h"
#include "models/settings/accounts.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace steward {

namespace analytics {
class AnalyticsService;
}
class AccountsDialog;
class CaseService;
class TeamChannel;
class UserNotesService;
struct CaseTarget;
class CaseTargetDialog;
class AuditPane;
class DashboardPane;
class DesktopNotifier;
class SecretStore;
class EmptyStatePane;
class MainWindowActions;
class Outbox;
class QueuePane;
class ThreadsPane;
class Store;
class SyncEngine;
class CopyVerifier;
struct SyncProgress;

/// Steward's main window: a navigation list on the left (queue, threads, dashboard), the
/// current pane on the right, menus with every action and its key, and a status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// How long a closing window waits for its queued decisions to go out.
    static constexpr int kCloseWaitMs = 20000;

    enum class Pane
    {
        Queue = 0,
        Threads = 1,
        Dashboard = 2,
        Audit = 3
    };
    Q_ENUM(Pane)

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Pane currentPane() const;
    void showPane(Pane pane);
    /// The size, position, toolbars and pane the window had when it was last closed
    /// (prefs::windowGeometry and friends); a first start keeps the default size.
    void restoreLayout();

    MainWindowActions* actions() const { return m_actions; }
    EmptyStatePane* emptyState(Pane pane) const;

    /// Shows a synced community: the queue over its store, decisions through its outbox, and
    /// the sync's progress in the status bar (F5 syncs again). The objects must outlive the
    /// window's use of them.
    void attachCommunity(const QString& name, Store& store, Outbox& outbox, SyncEngine& sync);
    QueuePane* queuePane() const { return m_queue; }
    ThreadsPane* threadsPane() const { return m_threads; }
    DashboardPane* dashboardPane() const { return m_dashboard; }
    AuditPane* auditPane() const { return m_audit; }
    analytics::AnalyticsService* analytics() const { return m_analytics; }
    /// The status bar's outbox line: offline state and queued decisions.
    QString outboxStatus() const;
    /// How often the queue is synced while the window is open (every tenth time, all of
    /// the community); 0 stops it. Default: every 60 seconds.
    void setPollInterval(int ms);
    DesktopNotifier* notifier() const { return m_notifier; }
    /// Enables File > Accounts: the dialog keeps keys in secrets (which must outlive the window).
    void setSecretStore(SecretStore* secrets);
    /// Opens the accounts dialog (window-modal); nullptr without a secret store.
    AccountsDialog* showAccounts();
    /// Support cases from the Threads pane (Thread › Create Support Case) and File › Case
    /// System. The dialog's settings are saved in settingsGroup and the password or token in
    /// the secret store; an empty settingsGroup keeps changes for this session only (the
    /// sandbox). Call after attachCommunity().
    void attachCases(CaseService& cases, const QString& actor, const QString& settingsGroup);
    /// A team database: the window syncs (F5, the poll) only while this Steward leads the
    /// team's sync, takes over when it comes to lead, says in the status bar who syncs, and
    /// reads everything it shows again when its lost connection to the team is back.
    /// Call after attachCommunity().
    void attachTeam(TeamChannel& team);
    /// Notes on users in the People tab are written through, and read from the forum by, this
    /// service. Call after attachCommunity().
    void attachUserNotes(UserNotesService& notes);
    /// File › Case System (window-modal); nullptr before attachCases().
    CaseTargetDialog* showCaseSystem();

Q_SIGNALS:
    void paneChanged(steward::MainWindow::Pane pane);
    /// The accounts dialog's Open: the application opens that community.
    void openAccountRequested(const steward::Account& account);

protected:
    void changeEvent(QEvent* event) override;
    /// Keeps the layout for the next start (restoreLayout()). Decisions not yet sent go out
    /// first: the window stays open until they have (or kCloseWaitMs has passed, or it is
    /// closed again), and those left are sent at the next start.
    void closeEvent(QCloseEvent* event) override;

private:
    /// Starts sending the queued decisions before closing; false when the window may close.
    bool holdCloseForDecisions();

private:
    void retranslate();
    /// "Steward", or once a community is attached its moderator and name.
    void updateTitle();
    void showShortcuts();
    void showAbout();
    /// The Dashboard pane over its own connection to the store's database.
    void attachDashboard(Store& store, SyncEngine& sync);
    void attachAudit(Store& store, SyncEngine& sync);
    /// The status bar's sync progress and queued-decisions widgets.
    void addSyncStatus();
    void connectSync(SyncEngine& sync);
    /// The status bar after a sync: its summary or why it stopped, and the offline state.
    void onSyncFinished(bool ok);
    void connectOutbox(Outbox& outbox);
    void attachUndoToast();
    /// Polls the community and announces high-priority arrivals on the desktop.
    void keepQueueCurrent();
    void connectQueueActions();
    void attachThreads(Store& store, Outbox& outbox, SyncEngine& sync);
    /// Pane-specific keys act only while their pane is shown.
    void enablePaneActions(Pane pane);
    void showSyncProgress(const steward::SyncProgress& progress);
    /// A sync phase (SyncProgress::phase) as the status bar names it.
    static QString syncPhaseName(const QString& phase);
    void updateQueuedCount();
    /// Copy state (mainwindow_verify.cpp): "Copy incomplete" while the last sync left something
    /// out or the last verify found differences, both as kept in the store.
    void attachVerifier(Store& store, SyncEngine& sync);
    void showCopyState();
    void verifyCopy();
    void poll();
    void announceArrivals(const QList<steward::Id>& ids);
    /// The case system from File › Case System in use, and in the settings when persistent.
    void applyCaseTarget(const CaseTarget& target, const QString& secret, bool persistent);

    MainWindowActions* m_actions;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QList<EmptyStatePane*> m_emptyStates;
    QLabel* m_accountStatus;
    QueuePane* m_queue = nullptr;
    ThreadsPane* m_threads = nullptr;
    DashboardPane* m_dashboard = nullptr;
    AuditPane* m_audit = nullptr;
    analytics::AnalyticsService* m_analytics = nullptr;
    Outbox* m_outbox = nullptr;
    SyncEngine* m_sync = nullptr;
    Store* m_store = nullptr;
    CopyVerifier* m_verifier = nullptr;
    QString m_communityName;
    QProgressBar* m_syncBar = nullptr;
    QLabel* m_syncLabel = nullptr;
    QLabel* m_queuedLabel = nullptr;     ///< offline state and queued decisions
    QLabel* m_incompleteLabel = nullptr; ///< shown while the last sync left something out
    QTimer* m_pollTimer = nullptr;
    TeamChannel* m_team = nullptr;
    QLabel* m_teamLabel = nullptr;
    QToolButton* m_undoButton = nullptr; ///< the undo toast, shown for the undo window
    QTimer* m_undoTimer = nullptr;
    QTimer* m_closeWait = nullptr; ///< set once decisions go out before the window closes
    int m_polls = 0;
    Pane m_startPane = Pane::Queue; ///< restoreLayout()'s: the pane a community opens on
    bool m_offline = false;         ///< the last sync could not reach the community
    DesktopNotifier* m_notifier = nullptr;
    SecretStore* m_secrets = nullptr;
    CaseService* m_cases = nullptr;
    QString m_casesGroup;
};

} // namespace steward
