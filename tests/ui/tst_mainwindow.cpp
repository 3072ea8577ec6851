// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/settings/preferences.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/mainwindowactions.h"
#include "ui/widgets/colourschemes.h"
#include "ui/widgets/emptystatepane.h"
#include "ui/widgets/keptlayout.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPixmap>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settings; ///< this test's preferences, not the user's

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QSettings::setDefaultFormat(QSettings::NativeFormat);
        QCoreApplication::setOrganizationName(QStringLiteral("steward-test"));
    }

    void aSettingIsTypedAndFallsBackToItsDefault()
    {
        const Setting<int> hours(QStringLiteral("test/hours"), 7);
        QVERIFY(!hours.isSet());
        QCOMPARE(hours.get(), 7);
        hours.set(12);
        QCOMPARE(hours.get(), 12);
        QCOMPARE(QSettings().value(QStringLiteral("test/hours")).toInt(), 12);
        QSettings().setValue(QStringLiteral("test/hours"), QStringLiteral("many")); // hand-edited
        QCOMPARE(hours.get(), 0); // a string that is no number reads as QVariant does
        hours.reset();
        QCOMPARE(hours.get(), 7);
        const Setting<QByteArray> blob(QStringLiteral("test/blob"), QByteArrayLiteral("x"));
        QCOMPARE(blob.get(), QByteArrayLiteral("x"));
    }

    void theWindowComesBackAsItWasLeft()
    {
        {
            MainWindow window;
            window.resize(701,
                          503); // within the offscreen screen, which restoreGeometry() keeps it to
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showPane(MainWindow::Pane::Dashboard);
            window.close(); // what the user does; the layout is kept
        }
        QVERIFY(!prefs::windowGeometry.get().isEmpty());
        QCOMPARE(prefs::windowPane.get(), int(MainWindow::Pane::Dashboard));
        MainWindow again;
        again.restoreLayout();
        QCOMPARE(again.size(), QSize(701, 503));
        QCOMPARE(again.currentPane(), MainWindow::Pane::Dashboard);
        prefs::windowGeometry.reset();
        prefs::windowState.reset();
        prefs::windowPane.reset();
    }

    void aMovedSplitterKeepsItsSizes()
    {
        QSplitter first;
        first.addWidget(new QWidget);
        first.addWidget(new QWidget);
        first.resize(1000, 400);
        first.setSizes({700, 300});
        keepSplitterSizes(&first, QStringLiteral("testSplitter"));
        first.setSizes({250, 750});
        Q_EMIT first.splitterMoved(250, 1); // as a drag of the handle does
        QSplitter second;
        second.addWidget(new QWidget);
        second.addWidget(new QWidget);
        second.resize(1000, 400);
        keepSplitterSizes(&second, QStringLiteral("testSplitter"));
        QCOMPARE(second.sizes(), first.sizes());
        prefs::splitterState(QStringLiteral("testSplitter")).reset();
    }

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
        QCOMPARE(navigation->count(), 4);
        navigation->setCurrentRow(2);
        QCOMPARE(window.currentPane(), MainWindow::Pane::Dashboard);
        QVERIFY(window.actions()->showDashboard->isChecked());
        navigation->setCurrentRow(3);
        QCOMPARE(window.currentPane(), MainWindow::Pane::Audit);
        QVERIFY(window.actions()->showAudit->isChecked());
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

    void colourSchemesAreReadableAndKept()
    {
        // Text pairs: WCAG AA (4.5:1) for Light and Dark, AAA (7:1) for High contrast.
        for (ColourScheme scheme :
             {ColourScheme::Light, ColourScheme::Dark, ColourScheme::HighContrast}) {
            const QPalette p = schemePalette(scheme);
            const double least = scheme == ColourScheme::HighContrast ? 7.0 : 4.5;
            for (auto [fore, back] : {std::pair{QPalette::Text, QPalette::Base},
                                      std::pair{QPalette::WindowText, QPalette::Window},
                                      std::pair{QPalette::ButtonText, QPalette::Button},
                                      std::pair{QPalette::HighlightedText, QPalette::Highlight},
                                      std::pair{QPalette::PlaceholderText, QPalette::Base},
                                      std::pair{QPalette::Link, QPalette::Base}}) {
                const double ratio = contrastRatio(p.color(fore), p.color(back));
                QVERIFY2(ratio >= least, qPrintable(QStringLiteral("scheme %1, roles %2/%3: %4")
                                                        .arg(int(scheme))
                                                        .arg(int(fore))
                                                        .arg(int(back))
                                                        .arg(ratio)));
            }
        }
        const QPalette original = QApplication::palette();
        MainWindow window;
        auto* colours = window.findChild<QMenu*>(QStringLiteral("colourMenu"));
        QVERIFY(colours);
        QCOMPARE(colours->actions().size(), ColourSchemeCount);
        colours->actions().at(int(ColourScheme::Dark))->trigger();
        QCoreApplication::processEvents(); // the palette reaches the widgets by events
        QCOMPARE(QApplication::palette().color(QPalette::Base),
                 schemePalette(ColourScheme::Dark).color(QPalette::Base));
        QCOMPARE(window.palette().color(QPalette::Base),
                 schemePalette(ColourScheme::Dark).color(QPalette::Base));
        QCOMPARE(savedColourScheme(), ColourScheme::Dark); // kept for the next start
        colours->actions().at(int(ColourScheme::System))->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Base), original.color(QPalette::Base));
        QCOMPARE(savedColourScheme(), ColourScheme::System);
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
