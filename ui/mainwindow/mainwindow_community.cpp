// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window with a community attached: the queue pane, its keys, sync progress and
// the outbox's state in the status bar.
#include "models/analytics/analyticsservice.h"
#include "models/items/queuemodel.h"
#include "models/net/apierror.h"
#include "models/store/database.h"
#include "models/store/store.h"
#include "models/store/teamchannel.h"
#include "models/sync/outbox.h"
#include "models/sync/syncengine.h"
#include "models/sync/usermessages.h"
#include "ui/audit/auditpane.h"
#include "ui/charts/dashboardpane.h"
#include "ui/dialogs/scheduledialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/mainwindowactions.h"
#include "ui/queue/itemdetailview.h"
#include "ui/queue/postbrowser.h"
#include "ui/queue/queuepane.h"
#include "ui/thread/threadspane.h"
#include "ui/thread/threadview.h"
#include "ui/widgets/desktopnotifier.h"
#include "ui/widgets/emptystatepane.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

namespace steward {

void MainWindow::attachCommunity(const QString& name, Store& store, Outbox& outbox,
                                 SyncEngine& sync)
{
    m_communityName = name;
    m_outbox = &outbox;
    m_sync = &sync;
    updateTitle();
    m_queue = new QueuePane(store, outbox, m_stack);
    m_queue->detail()->postView()->setSiteOrigin(sync.site().baseUrl);
    m_stack->insertWidget(int(Pane::Queue), m_queue);
    m_stack->removeWidget(m_emptyStates[int(Pane::Queue)]);
    m_stack->setCurrentIndex(int(Pane::Queue));
    m_navigation->setCurrentRow(int(Pane::Queue));
    m_accountStatus->setText(name);

    attachDashboard(store, sync);
    attachAudit(store, sync);
    addSyncStatus();
    attachVerifier(store, sync);

    connectSync(sync);
    connectOutbox(outbox);
    attachUndoToast();
    connectQueueActions();
    attachThreads(store, outbox, sync);
    updateQueuedCount();
    m_queue->table()->setFocus();
    keepQueueCurrent();
    if (m_startPane != Pane::Queue)
        showPane(m_startPane); // where the user left the window (restoreLayout())
}

void MainWindow::attachDashboard(Store& store, SyncEngine& sync)
{
    // The dashboard reads the database on a connection of its own, first when it is shown,
    // then after every sync while it is in use.
    m_analytics = new analytics::AnalyticsService(store.database().location(),
                                                  store.database().password(), this);
    m_dashboard = new DashboardPane(*m_analytics, m_stack);
    m_dashboard->setSite(sync.site().baseUrl);
    // File › Export Report saves the dashboard's report, from whichever pane it is chosen.
    m_actions->exportReport->setEnabled(true);
    // File › Schedule Reports: this community's copy, on a timer.
    m_actions->scheduleReports->setEnabled(true);
    connect(m_actions->scheduleReports, &QAction::triggered, this, [this, &store, &sync] {
        ScheduleDialog dialog(store.database().location(), sync.site().baseUrl,
                              sync.site().apiUsername, sync.site().baseUrl.host(), this);
        dialog.exec();
    });
    connect(m_actions->exportReport, &QAction::triggered, this, [this] {
        showPane(Pane::Dashboard);
        m_dashboard->chooseExport();
    });
    m_stack->insertWidget(int(Pane::Dashboard), m_dashboard);
    m_stack->removeWidget(m_emptyStates[int(Pane::Dashboard)]);
    connect(this, &MainWindow::paneChanged, this, [this](Pane pane) {
        if (pane == Pane::Dashboard && !m_analytics->isLoaded() && !m_analytics->isLoading())
            m_analytics->reload();
    });
    statusBar()->clearMessage();
}

void MainWindow::attachAudit(Store& store, SyncEngine& sync)
{
    m_audit = new AuditPane(store.database(), m_stack);
    m_audit->setSite(sync.site().baseUrl, sync.site().baseUrl.host());
    m_stack->insertWidget(int(Pane::Audit), m_audit);
    m_stack->removeWidget(m_emptyStates[int(Pane::Audit)]);
    connect(this, &MainWindow::paneChanged, m_audit, [this](Pane pane) {
        if (pane == Pane::Audit)
            m_audit->reload();
    });
}

void MainWindow::addSyncStatus()
{
    m_syncBar = new QProgressBar(this);
    m_syncBar->setObjectName(QStringLiteral("syncProgress"));
    m_syncBar->setMinimumWidth(160);
    m_syncBar->setMaximumWidth(220);
    m_syncBar->setTextVisible(true);
    m_syncBar->hide();
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncPhase"));
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_syncBar);
    m_queuedLabel = new QLabel(this);
    m_queuedLabel->setObjectName(QStringLiteral("queuedDecisions"));
    statusBar()->addPermanentWidget(m_queuedLabel);
}

void MainWindow::connectSync(SyncEngine& sync)
{
    connect(&sync, &SyncEngine::progressed, this, &MainWindow::showSyncProgress);
    connect(&sync, &SyncEngine::finished, this, &MainWindow::onSyncFinished);
    connect(m_actions->syncNow, &QAction::triggered, this, [this] {
        if (!m_sync->isRunning() && (!m_team || m_team->isLeader())) {
            m_actions->syncNow->setEnabled(false);
            m_sync->start();
        }
    });
    m_actions->syncNow->setEnabled(!sync.isRunning());
}

void MainWindow::onSyncFinished(bool ok)
{
    m_syncBar->hide();
    m_syncLabel->clear();
    m_queue->detail()->setSyncNote({});
    m_threads->threadView()->setSyncNote({});
    m_actions->syncNow->setEnabled(!m_team || m_team->isLeader());
    m_queue->model().reload();
    m_threads->reload();
    if (ok && (m_analytics->isLoaded() || currentPane() == Pane::Dashboard))
        m_analytics->reload();
    if (ok && currentPane() == Pane::Audit)
        m_audit->reload();
    const SyncSummary& s = m_sync->summary();
    showCopyState();
    // Said once, after the first sync that found Data Explorer out of reach.
    const QString path = s.bulkPath == BulkPath::Missing
                             ? tr(" · Data Explorer is not enabled on the site; an "
                                  "admin can enable it to make first syncs faster")
                         : s.bulkPath == BulkPath::Refused
                             ? tr(" · Data Explorer is for admins only; this key's user is not one")
                             : QString();
    statusBar()->showMessage(
        ok ? tr("Synced: %1 posts, %2 queue items in %3 s%4")
                 .arg(s.posts)
                 .arg(s.reviewables)
                 .arg(s.elapsedMs / 1000)
                 .arg(path)
           : tr("Sync stopped: %1")
                 .arg(m_sync->storeError().isEmpty()
                          ? messages::apiError(m_sync->error())
                          : tr("the local copy: %1").arg(m_sync->storeError())),
        path.isEmpty() ? 8000 : 30000);
    // Offline: the community cannot be reached; decisions wait in the outbox until it can.
    const ApiErrorKind kind = m_sync->error().kind;
    m_offline = !ok && (kind == ApiErrorKind::Network || kind == ApiErrorKind::Timeout ||
                        kind == ApiErrorKind::Tls);
    updateQueuedCount();
}

void MainWindow::connectOutbox(Outbox& outbox)
{
    connect(&outbox, &Outbox::entryChanged, this, &MainWindow::updateQueuedCount);
    connect(&outbox, &Outbox::entryChanged, this, [this](Id, OutboxState state) {
        if (state == OutboxState::Conflict || state == OutboxState::Failed)
            statusBar()->showMessage(
                tr("A decision was not applied: its item, marked in the Status column, says why "
                   "and offers to re-apply or discard it"),
                10000);
    });
}

void MainWindow::attachUndoToast()
{
    // The undo toast: what was decided and an Undo button, for as long as undoing can work.
    m_undoButton = new QToolButton(this);
    m_undoButton->setObjectName(QStringLiteral("undoToast"));
    m_undoButton->setText(tr("Undo"));
    m_undoButton->setToolTip(tr("Cancel the last decision before it is sent (Ctrl+Z)"));
    m_undoButton->setFocusPolicy(Qt::NoFocus);
    m_undoButton->hide();
    m_undoTimer = new QTimer(this);
    m_undoTimer->setSingleShot(true);
    connect(m_undoTimer, &QTimer::timeout, m_undoButton, &QWidget::hide);
    connect(m_undoButton, &QToolButton::clicked, m_actions->undo, &QAction::trigger);
    statusBar()->addPermanentWidget(m_undoButton); // never covered by the message beside it
    connect(m_queue, &QueuePane::decided, this, [this](const QString& summary) {
        statusBar()->showMessage(tr("%1 — Ctrl+Z to undo").arg(summary), m_outbox->undoWindowMs());
        m_undoButton->show();
        m_undoTimer->start(m_outbox->undoWindowMs());
        updateQueuedCount();
    });
    connect(m_queue, &QueuePane::undone, this, [this](int count) {
        m_undoButton->hide();
        statusBar()->showMessage(tr("Undone, not sent: %n", nullptr, count), 4000);
        updateQueuedCount();
    });
}

void MainWindow::keepQueueCurrent()
{
    // The queue stays current while the window is open; what arrives of high priority is
    // announced on the desktop, except what a first (full) sync brings: the backlog.
    m_notifier = new DesktopNotifier(this);
    connect(&m_queue->model(), &QueueModel::highPriorityArrived, this,
            &MainWindow::announceArrivals);
    connect(m_notifier, &DesktopNotifier::activated, this, [this](const QString& key) {
        showPane(Pane::Queue);
        m_queue->selectItem(key.toLongLong());
        show();
        raise();
        activateWindow();
    });
    m_pollTimer = new QTimer(this);
    connect(m_pollTimer, &QTimer::timeout, this, &MainWindow::poll);
    setPollInterval(60 * 1000);
}

void MainWindow::setPollInterval(int ms)
{
    if (!m_pollTimer)
        return;
    m_pollTimer->stop();
    if (ms > 0)
        m_pollTimer->start(ms);
}

void MainWindow::attachUserNotes(UserNotesService& notes)
{
    if (m_queue)
        m_queue->detail()->setUserNotes(&notes);
}

void MainWindow::attachTeam(TeamChannel& team)
{
    if (!team.isShared())
        return;
    m_team = &team;
    m_teamLabel = new QLabel(this);
    m_teamLabel->setObjectName(QStringLiteral("teamStatus"));
    statusBar()->addPermanentWidget(m_teamLabel);
    const auto show = [this](bool leader) {
        m_teamLabel->setText(leader ? tr("Team: this Steward syncs")
                                    : tr("Team: another Steward syncs"));
        m_teamLabel->setToolTip(
            leader ? tr("This Steward syncs the team database for everyone using it.")
                   : tr("%1 syncs the team database; this Steward shows its changes as they "
                        "arrive and takes over if it stops.")
                         .arg(m_team->leaderDescription()));
        m_actions->syncNow->setEnabled(leader && !m_sync->isRunning());
    };
    // Changes made while the window could not hear the team were missed: read everything shown.
    connect(&team, &TeamChannel::reconnected, this, [this] {
        m_queue->model().reload();
        m_threads->reload();
    });
    connect(&team, &TeamChannel::leadershipChanged, this, [this, show](bool leader) {
        show(leader);
        if (leader && !m_sync->isRunning())
            m_sync->start();
    });
    show(team.isLeader());
}

void MainWindow::poll()
{
    if (!m_sync || m_sync->isRunning() || (m_team && !m_team->isLeader()))
        return;
    ++m_polls;
    m_sync->start(m_polls % 10 == 0 ? int(SyncScope::All) : int(SyncScope::Queue));
}

void MainWindow::announceArrivals(const QList<Id>& ids)
{
    if (m_sync->summary().full || ids.isEmpty() || isActiveWindow())
        return;
    const int row = m_queue->model().rowOf(ids.first());
    const QueueRowText& text = m_queue->model().rowText(row);
    const QString summary =
        ids.size() == 1
            ? tr("New high-priority item in %1").arg(m_communityName)
            : tr("%1 new high-priority items in %2").arg(ids.size()).arg(m_communityName);
    const QString body =
        text.author.isEmpty() ? text.excerpt : tr("%1: %2").arg(text.author, text.excerpt);
    m_notifier->notify(summary, body, QString::number(ids.first()), true);
}

void MainWindow::connectQueueActions()
{
    const std::pair<QAction*, QueueVerb> verbs[] = {{m_actions->agree, QueueVerb::Agree},
                                                    {m_actions->disagree, QueueVerb::Disagree},
                                                    {m_actions->ignore, QueueVerb::Ignore},
                                                    {m_actions->approve, QueueVerb::Approve},
                                                    {m_actions->reject, QueueVerb::Reject}};
    for (const auto& [action, verb] : verbs) {
        action->setEnabled(true);
        connect(action, &QAction::triggered, m_queue, [this, verb] { m_queue->perform(verb); });
    }
    for (auto signal : {&QueuePane::refused, &QueuePane::notice})
        connect(m_queue, signal, this,
                [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    const std::pair<QAction*, void (QueuePane::*)()> moves[] = {
        {m_actions->nextItem, &QueuePane::next},
        {m_actions->previousItem, &QueuePane::previous},
        {m_actions->openItem, &QueuePane::openCurrent},
        {m_actions->searchQueue, &QueuePane::focusSearch}};
    for (const auto& [action, slot] : moves) {
        action->setEnabled(true);
        connect(action, &QAction::triggered, m_queue, slot);
    }
    for (QAction* action : {m_actions->suspendUser, m_actions->silenceUser}) {
        action->setEnabled(true);
        const bool suspend = action == m_actions->suspendUser;
        connect(action, &QAction::triggered, m_queue, [this, suspend] {
            if (!m_queue->penaliseAuthors(suspend))
                statusBar()->showMessage(tr("The selected items have no author to act on"), 4000);
        });
    }
    m_actions->claim->setEnabled(true);
    connect(m_actions->claim, &QAction::triggered, m_queue, [this] { m_queue->toggleClaim(); });
    m_actions->undo->setEnabled(true);
    connect(m_actions->undo, &QAction::triggered, m_queue, [this] {
        const int undone = currentPane() == Pane::Threads && m_threads ? m_threads->undoLast()
                                                                       : m_queue->undoLast();
        if (undone == 0)
            statusBar()->showMessage(tr("Nothing to undo: the last decision has been sent"), 4000);
    });
    // Window-wide keys while the queue is shown; the search field keeps its typing (it
    // accepts plain keys as shortcut overrides).
    for (QAction* action :
         {m_actions->nextItem, m_actions->previousItem, m_actions->openItem, m_actions->searchQueue,
          m_actions->agree, m_actions->disagree, m_actions->ignore, m_actions->approve,
          m_actions->reject, m_actions->suspendUser, m_actions->silenceUser, m_actions->claim,
          m_actions->undo})
        addAction(action);
}

void MainWindow::showSyncProgress(const SyncProgress& progress)
{
    m_syncBar->show();
    if (progress.total > 0) {
        m_syncBar->setRange(0, 1000);
        m_syncBar->setValue(
            int(1000 * std::min<qint64>(progress.done, progress.total) / progress.total));
    } else {
        m_syncBar->setRange(0, 0); // busy
    }
    const qint64 seconds = (progress.etaMs + 999) / 1000;
    const QString eta = progress.etaMs <= 0 ? QString()
                        : seconds < 90
                            ? tr(", %n s left", nullptr, int(seconds))
                            : tr(", about %n min left", nullptr, int((seconds + 30) / 60));
    const QString phase = syncPhaseName(progress.phase);
    if (progress.phase == u"preparing") // filing the Data Explorer queries, counting the rows
        return m_syncLabel->setText(tr("Preparing the sync…"));
    // Said where a post or topic is missing while the copy is being filled.
    const QString note =
        progress.total > 0
            ? tr("Syncing %1… %2 %")
                  .arg(phase)
                  .arg(100 * std::min<qint64>(progress.done, progress.total) / progress.total)
            : tr("Syncing %1…").arg(phase);
    m_queue->detail()->setSyncNote(note);
    m_threads->threadView()->setSyncNote(note);
    m_syncLabel->setText(progress.total > 0 ? tr("Syncing %1: %2 of %3%4")
                                                  .arg(phase)
                                                  .arg(progress.done)
                                                  .arg(progress.total)
                                                  .arg(eta)
                         : progress.done > 0 ? tr("Syncing %1: %2").arg(phase).arg(progress.done)
                                             : tr("Syncing %1…").arg(phase));
}

QString MainWindow::syncPhaseName(const QString& phase)
{
    // SyncProgress::phase names (models/sync); an unknown one is shown as it comes.
    static const QHash<QString, const char*> names{
        {QStringLiteral("site"), QT_TR_NOOP("the site")},
        {QStringLiteral("queue"), QT_TR_NOOP("the queue")},
        {QStringLiteral("users"), QT_TR_NOOP("users")},
        {QStringLiteral("topics"), QT_TR_NOOP("topics")},
        {QStringLiteral("posts"), QT_TR_NOOP("posts")},
        {QStringLiteral("threads"), QT_TR_NOOP("threads")},
        {QStringLiteral("answers"), QT_TR_NOOP("accepted answers")},
        {QStringLiteral("reviews"), QT_TR_NOOP("review history")},
        {QStringLiteral("search"), QT_TR_NOOP("the search index")}};
    const auto it = names.constFind(phase);
    return it == names.cend() ? phase : tr(*it);
}

QString MainWindow::outboxStatus() const
{
    return m_queuedLabel ? m_queuedLabel->text() : QString();
}

void MainWindow::updateQueuedCount()
{
    const int queued = m_outbox ? m_outbox->queuedCount() : 0;
    const QString decisions =
        queued > 0 ? tr("Decisions queued: %n", nullptr, queued) : tr("All decisions sent");
    m_queuedLabel->setText(m_offline ? tr("Offline · %1").arg(decisions) : decisions);
    m_queuedLabel->setToolTip(
        m_offline ? tr("%1 cannot be reached; decisions are kept and sent when it can be.")
                        .arg(m_communityName)
                  : QString());
}

} // namespace steward
