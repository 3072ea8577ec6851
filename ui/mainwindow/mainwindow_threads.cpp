// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's thread curation pane: its place in the stack, the Thread menu's keys,
// the undo toast for its operations, and which pane's keys are live.
#include "models/items/topiclistmodel.h"
#include "models/store/store.h"
#include "models/sync/outbox.h"
#include "models/sync/syncengine.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/mainwindowactions.h"
#include "ui/thread/threadspane.h"
#include "ui/thread/threadview.h"
#include "ui/widgets/emptystatepane.h"

#include <QAction>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace steward {

void MainWindow::attachThreads(Store& store, Outbox& outbox, SyncEngine& sync)
{
    m_threads = new ThreadsPane(store, outbox, m_stack);
    m_threads->setSite(sync.site().baseUrl);
    m_stack->insertWidget(int(Pane::Threads), m_threads);
    m_stack->removeWidget(m_emptyStates[int(Pane::Threads)]);
    connect(m_threads, &ThreadsPane::decided, this, [this](const QString& summary) {
        statusBar()->showMessage(tr("%1 — Ctrl+Z to undo").arg(summary), m_outbox->undoWindowMs());
        m_undoButton->show();
        m_undoTimer->start(m_outbox->undoWindowMs());
        updateQueuedCount();
    });
    // Moved posts' topics are read again by the sync that serves the store's requests
    // (SyncEngine::serveTopicRequests, wired by CommunitySession).
    connect(m_threads, &ThreadsPane::undone, this, [this](int count) {
        m_undoButton->hide();
        statusBar()->showMessage(tr("Undone, not sent: %n", nullptr, count), 4000);
        updateQueuedCount();
    });
    const std::pair<QAction*, TopicFlag> statuses[] = {
        {m_actions->closeTopic, TopicFlag::Closed},
        {m_actions->pinTopic, TopicFlag::Pinned},
        {m_actions->archiveTopic, TopicFlag::Archived}};
    for (const auto& [action, status] : statuses) {
        connect(action, &QAction::triggered, m_threads, [this, status] {
            if (!m_threads->toggleStatus(status))
                statusBar()->showMessage(tr("Choose a topic first"), 4000);
        });
    }
    connect(m_actions->acceptAnswer, &QAction::triggered, m_threads, [this] {
        const Id post = m_threads->threadView()->currentPost();
        if (post == 0 || !m_threads->postAction(post, QStringLiteral("accept")))
            statusBar()->showMessage(
                tr("Click a reply's “accept as solution” or choose a reply first"), 4000);
    });
    connect(m_actions->movePosts, &QAction::triggered, m_threads, [this] {
        if (!m_threads->openMoveDialog())
            statusBar()->showMessage(
                tr("Select the posts to move first (“select” under each reply)"), 4000);
    });
    connect(m_actions->firstPost, &QAction::triggered, m_threads->threadView(),
            &ThreadView::showFirstPost);
    connect(m_actions->lastPost, &QAction::triggered, m_threads->threadView(),
            &ThreadView::showLastPost);
    for (QAction* action :
         {m_actions->closeTopic, m_actions->pinTopic, m_actions->archiveTopic,
          m_actions->acceptAnswer, m_actions->movePosts, m_actions->firstPost, m_actions->lastPost})
        addAction(action);
    connect(this, &MainWindow::paneChanged, this, &MainWindow::enablePaneActions);
    enablePaneActions(currentPane());
}

void MainWindow::enablePaneActions(Pane pane)
{
    const bool queue = pane == Pane::Queue && m_queue;
    for (QAction* action :
         {m_actions->nextItem, m_actions->previousItem, m_actions->openItem, m_actions->searchQueue,
          m_actions->agree, m_actions->disagree, m_actions->ignore, m_actions->approve,
          m_actions->reject, m_actions->suspendUser, m_actions->silenceUser, m_actions->claim})
        action->setEnabled(queue);
    const bool threads = pane == Pane::Threads && m_threads;
    for (QAction* action :
         {m_actions->closeTopic, m_actions->pinTopic, m_actions->archiveTopic,
          m_actions->acceptAnswer, m_actions->movePosts, m_actions->firstPost, m_actions->lastPost})
        action->setEnabled(threads);
    m_actions->createCase->setEnabled(threads && m_cases);
    if (threads && m_threads->model().rowCount() == 0)
        QTimer::singleShot(0, m_threads, &ThreadsPane::reload);
}

} // namespace steward
