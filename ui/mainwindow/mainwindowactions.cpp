// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/mainwindowactions.h"

#include "ui/widgets/colourschemes.h"

#include <QAction>
#include <QActionGroup>
#include <QIcon>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>

namespace steward {

MainWindowActions::MainWindowActions(QObject* parent)
    : QObject(parent)
{
    accounts = make(nullptr, false);
    syncNow = make("F5", false);
    verifyCopy = make(nullptr, false);
    exportReport = make("Ctrl+E", false);
    scheduleReports = make(nullptr, false);
    caseSystem = make(nullptr, false);
    quit = make(nullptr);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    paneGroup = new QActionGroup(this);
    showQueue = make("Ctrl+1");
    showThreads = make("Ctrl+2");
    showDashboard = make("Ctrl+3");
    showAudit = make("Ctrl+4");
    showAudit->setIcon(QIcon(QStringLiteral(":/icons/audit.svg")));
    showQueue->setIcon(QIcon(QStringLiteral(":/icons/queue.svg")));
    showThreads->setIcon(QIcon(QStringLiteral(":/icons/threads.svg")));
    showDashboard->setIcon(QIcon(QStringLiteral(":/icons/dashboard.svg")));
    for (QAction* pane : {showQueue, showThreads, showDashboard, showAudit}) {
        pane->setCheckable(true);
        paneGroup->addAction(pane);
    }
    showQueue->setChecked(true);
    fullScreen = make(nullptr);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    fullScreen->setCheckable(true);

    nextItem = make("J", false);
    previousItem = make("K", false);
    openItem = make("Return", false);
    searchQueue = make("/", false);
    agree = make("A", false);
    disagree = make("D", false);
    ignore = make("I", false);
    approve = make("Shift+A", false);
    reject = make("R", false);
    suspendUser = make("S", false);
    silenceUser = make("Shift+S", false);
    claim = make("C", false);
    undo = make("Ctrl+Z", false);

    closeTopic = make("Ctrl+Shift+C", false);
    pinTopic = make("Ctrl+Shift+P", false);
    archiveTopic = make("Ctrl+Shift+A", false);
    movePosts = make("Ctrl+Shift+M", false);
    acceptAnswer = make("Ctrl+Shift+S", false);
    firstPost = make("Ctrl+Home", false);
    lastPost = make("Ctrl+End", false);
    createCase = make("Ctrl+Shift+E", false);

    shortcuts = make("?");
    about = make(nullptr);
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make(nullptr);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QAction* MainWindowActions::make(const char* shortcut, bool enabled)
{
    auto* action = new QAction(this);
    if (shortcut)
        action->setShortcut(QKeySequence(QString::fromLatin1(shortcut)));
    action->setEnabled(enabled);
    return action;
}

void MainWindowActions::populate(QMenuBar* menuBar)
{
    m_fileMenu = menuBar->addMenu(QString());
    m_fileMenu->addActions(
        {accounts, syncNow, verifyCopy, exportReport, scheduleReports, caseSystem});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quit);

    m_viewMenu = menuBar->addMenu(QString());
    m_viewMenu->addActions({showQueue, showThreads, showDashboard, showAudit});
    m_viewMenu->addSeparator();
    m_colourMenu = m_viewMenu->addMenu(QString());
    m_colourMenu->setObjectName(QStringLiteral("colourMenu"));
    addColourSchemeEntries(m_colourMenu);
    m_viewMenu->addAction(fullScreen);

    m_queueMenu = menuBar->addMenu(QString());
    m_queueMenu->addActions({nextItem, previousItem, openItem, searchQueue});
    m_queueMenu->addSeparator();
    m_queueMenu->addActions({agree, disagree, ignore, approve, reject});
    m_queueMenu->addSeparator();
    m_queueMenu->addActions({suspendUser, silenceUser, claim});
    m_queueMenu->addSeparator();
    m_queueMenu->addAction(undo);

    m_threadMenu = menuBar->addMenu(QString());
    m_threadMenu->addActions({closeTopic, pinTopic, archiveTopic, movePosts, acceptAnswer});
    m_threadMenu->addSeparator();
    m_threadMenu->addActions({firstPost, lastPost});
    m_threadMenu->addSeparator();
    m_threadMenu->addAction(createCase);

    m_helpMenu = menuBar->addMenu(QString());
    m_helpMenu->addAction(shortcuts);
    m_helpMenu->addSeparator();
    m_helpMenu->addActions({about, aboutQt});
    retranslate();
}

void MainWindowActions::retranslate()
{
    accounts->setText(tr("&Accounts…"));
    syncNow->setText(tr("&Sync Now"));
    verifyCopy->setText(tr("&Verify Copy Against Server"));
    verifyCopy->setToolTip(
        tr("Compare the local copy with the totals the community states about itself"));
    exportReport->setText(tr("&Export Report…"));
    scheduleReports->setText(tr("Sc&hedule Reports…"));
    caseSystem->setText(tr("Case S&ystem…"));
    quit->setText(tr("&Quit"));
    showQueue->setText(tr("Moderation &Queue"));
    showThreads->setText(tr("&Threads"));
    showDashboard->setText(tr("&Dashboard"));
    showAudit->setText(tr("&Audit Trail"));
    fullScreen->setText(tr("&Full Screen"));
    if (m_colourMenu) {
        m_colourMenu->setTitle(tr("&Colours"));
        nameColourSchemeEntries(m_colourMenu);
    }
    nextItem->setText(tr("&Next Item"));
    previousItem->setText(tr("&Previous Item"));
    openItem->setText(tr("&Open Item"));
    agree->setText(tr("&Agree with Flags"));
    disagree->setText(tr("&Disagree with Flags"));
    ignore->setText(tr("&Ignore Flags"));
    approve->setText(tr("A&pprove"));
    reject->setText(tr("&Reject"));
    suspendUser->setText(tr("&Suspend User…"));
    silenceUser->setText(tr("Si&lence User…"));
    claim->setText(tr("&Claim"));
    searchQueue->setText(tr("Searc&h Queue"));
    undo->setText(tr("&Undo Last Action"));
    closeTopic->setText(tr("&Close or Reopen Topic"));
    pinTopic->setText(tr("&Pin or Unpin Topic"));
    archiveTopic->setText(tr("&Archive Topic"));
    movePosts->setText(tr("&Move Posts…"));
    acceptAnswer->setText(tr("Accept &Solution"));
    firstPost->setText(tr("&First Post"));
    lastPost->setText(tr("&Last Post"));
    createCase->setText(tr("Create Support &Case…"));
    shortcuts->setText(tr("&Keyboard Shortcuts"));
    about->setText(tr("&About Steward"));
    aboutQt->setText(tr("About &Qt"));

    if (!m_fileMenu)
        return;
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_queueMenu->setTitle(tr("&Queue"));
    m_threadMenu->setTitle(tr("&Thread"));
    m_helpMenu->setTitle(tr("&Help"));
}

} // namespace steward
