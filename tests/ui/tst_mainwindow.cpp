// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/mainwindowactions.h"
#include "ui/widgets/emptystatepane.h"

#include <QAction>
#include <QIcon>
#include <QListWidget>
#include <QMenuBar>
#include <QPixmap>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace steward;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensOnTheQueueWithEmptyStates()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Steward"));
        QCOMPARE(window.currentPane(), MainWindow::Pane::Queue);
        for (auto pane :
             {MainWindow::Pane::Queue, MainWindow::Pane::Threads, MainWindow::Pane::Dashboard}) {
            EmptyStatePane* empty = window.emptyState(pane);
            QVERIFY(empty);
            QVERIFY(!empty->title().isEmpty());
            QVERIFY2(empty->body().contains(QStringLiteral("account")),
                     "each pane says it is empty until an account is added");
        }
    }

    void iconsRender()
    {
        // Catches a missing SVG image plugin as well as a missing resource.
        for (const char* path : {":/icons/steward.svg", ":/icons/queue.svg", ":/icons/threads.svg",
                                 ":/icons/dashboard.svg"}) {
            const QPixmap pixmap = QIcon(QString::fromLatin1(path)).pixmap(64, 64);
            QVERIFY2(!pixmap.isNull(), path);
            QVERIFY2(pixmap.toImage().pixelColor(32, 32).alpha() > 0, path);
        }
    }

    void menusHaveTheProductsAreas()
    {
        MainWindow window;
        QStringList titles;
        for (QAction* action : window.menuBar()->actions())
            titles << action->text();
        QCOMPARE(titles, (QStringList{"&File", "&View", "&Queue", "&Thread", "&Help"}));
    }

    void keyboardSwitchesPanes()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy changed(&window, &MainWindow::paneChanged);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPane(), MainWindow::Pane::Dashboard);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPane(), MainWindow::Pane::Threads);
        QCOMPARE(changed.count(), 2);
        QVERIFY(window.actions()->showThreads->isChecked());
        QVERIFY(!window.actions()->showQueue->isChecked());
    }

    void navigationListSwitchesPanes()
    {
        MainWindow window;
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QCOMPARE(navigation->count(), 3);
        navigation->setCurrentRow(2);
        QCOMPARE(window.currentPane(), MainWindow::Pane::Dashboard);
        QVERIFY(window.actions()->showDashboard->isChecked());
    }

    void actionsNeedingACommunityStartDisabled()
    {
        MainWindow window;
        const auto* a = window.actions();
        for (QAction* action : {a->syncNow, a->agree, a->disagree, a->ignore, a->approve, a->reject,
                                a->suspendUser, a->closeTopic, a->createCase})
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        for (QAction* action : {a->quit, a->showQueue, a->shortcuts, a->about})
            QVERIFY2(action->isEnabled(), qPrintable(action->text()));
    }

    void cheatSheetListsEveryShortcutOnce()
    {
        MainWindow window;
        ShortcutsDialog dialog(window.menuBar());
        const QList<QStringList> rows = dialog.rows();
        QStringList keys;
        for (const QStringList& row : rows)
            keys << row.at(2);
        QVERIFY(rows.contains(QStringList{"Queue", "Next Item", "J"}));
        QVERIFY(rows.contains(QStringList{"Queue", "Agree with Flags", "A"}));
        QVERIFY(rows.contains(QStringList{"View", "Dashboard", "Ctrl+3"}));
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
