// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenuBar;
class QMenu;

namespace steward {

/// The main window's actions and menus. Owns nothing but its QActions (children of parent);
/// retranslate() sets every user-visible text, so a language change updates them all.
/// Actions whose feature needs a synced community start disabled.
class MainWindowActions : public QObject
{
    Q_OBJECT
public:
    explicit MainWindowActions(QObject* parent);

    /// Fills the menu bar; call once.
    void populate(QMenuBar* menuBar);
    void retranslate();

    // File
    QAction* accounts = nullptr;
    QAction* syncNow = nullptr;
    QAction* verifyCopy = nullptr;
    QAction* exportReport = nullptr;
    QAction* scheduleReports = nullptr;
    QAction* caseSystem = nullptr;
    QAction* quit = nullptr;
    // View
    QActionGroup* paneGroup = nullptr;
    QAction* showQueue = nullptr;
    QAction* showThreads = nullptr;
    QAction* showDashboard = nullptr;
    QAction* showAudit = nullptr;
    QAction* fullScreen = nullptr;
    // Queue
    QAction* nextItem = nullptr;
    QAction* previousItem = nullptr;
    QAction* openItem = nullptr;
    QAction* searchQueue = nullptr;
    QAction* agree = nullptr;
    QAction* disagree = nullptr;
    QAction* ignore = nullptr;
    QAction* approve = nullptr;
    QAction* reject = nullptr;
    QAction* suspendUser = nullptr;
    QAction* silenceUser = nullptr;
    QAction* claim = nullptr;
    QAction* undo = nullptr;
    // Thread
    QAction* closeTopic = nullptr;
    QAction* pinTopic = nullptr;
    QAction* archiveTopic = nullptr;
    QAction* movePosts = nullptr;
    QAction* acceptAnswer = nullptr;
    QAction* firstPost = nullptr;
    QAction* lastPost = nullptr;
    QAction* createCase = nullptr;
    // Help
    QAction* shortcuts = nullptr;
    QAction* about = nullptr;
    QAction* aboutQt = nullptr;

private:
    QAction* make(const char* shortcut, bool enabled = true);

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_colourMenu = nullptr;
    QMenu* m_queueMenu = nullptr;
    QMenu* m_threadMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
};

} // namespace steward
