// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every control a screen reader reaches has a name: the accessibility tree of the main window
// over a synced community is walked on each pane, as Orca or a test robot would walk it.
#include "app/session/communitysession.h"
#include "models/domain/clock.h"
#include "models/items/topiclistmodel.h"
#include "tests/support/sessiontesting.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/thread/threadspane.h"

#include <QAccessible>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::testing;

namespace {

/// Roles a user operates, which a screen reader must be able to name.
bool isControl(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
    case QAccessible::ProgressBar:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface* node)
{
    QObject* object = node->object();
    QStringList path;
    for (QObject* o = object; o; o = o->parent())
        if (!o->objectName().isEmpty())
            path.prepend(o->objectName());
    return QStringLiteral("%1 (%2, role %3)")
        .arg(path.join(u'/'),
             object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("?"))
        .arg(int(node->role()));
}

/// The visible controls under node that have no accessible name; counts the named ones.
void walk(QAccessibleInterface* node, QStringList* unnamed, int* named, int depth = 0)
{
    if (!node || depth > 40 || node->state().invisible)
        return;
    if (isControl(node->role()) && node->object()) {
        if (node->text(QAccessible::Name).trimmed().isEmpty())
            unnamed->append(describe(node));
        else
            ++*named;
    }
    // Rows and cells of item views are named by their data; their count is unbounded.
    if (node->role() == QAccessible::Table || node->role() == QAccessible::Tree ||
        node->role() == QAccessible::List)
        return;
    for (int i = 0; i < node->childCount(); ++i)
        walk(node->child(i), unnamed, named, depth + 1);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<CommunitySession> m_session;
    std::unique_ptr<MainWindow> m_window;

    QStringList unnamedControls(int* named)
    {
        QStringList unnamed;
        walk(QAccessible::queryAccessibleInterface(m_window.get()), &unnamed, named);
        return unnamed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        static QTemporaryDir settings;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
        QAccessible::setActive(true);
        m_clock = std::make_unique<VirtualClock>(kNow);
        m_clock->setAutoAdvance(true);
        sandbox::ServerOptions options;
        options.clock = m_clock.get();
        m_server = startSandbox(options);
        m_session = std::make_unique<CommunitySession>();
        m_session->setClock(m_clock.get());
        const QString error = openSynced(*m_session, *m_server, m_dir.filePath("a.db"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_window = std::make_unique<MainWindow>();
        m_window->attachCommunity(QStringLiteral("sandbox"), m_session->store(),
                                  m_session->outbox(), m_session->sync());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
        m_server.reset();
        m_clock.reset();
    }

    void everyControlHasAName_data()
    {
        QTest::addColumn<int>("pane");
        QTest::newRow("queue") << int(MainWindow::Pane::Queue);
        QTest::newRow("threads") << int(MainWindow::Pane::Threads);
        QTest::newRow("dashboard") << int(MainWindow::Pane::Dashboard);
    }

    void everyControlHasAName()
    {
        QFETCH(int, pane);
        m_window->showPane(MainWindow::Pane(pane));
        if (MainWindow::Pane(pane) == MainWindow::Pane::Threads) {
            QTRY_VERIFY(m_window->threadsPane()->model().rowCount() > 0);
            m_window->threadsPane()->table()->selectRow(0);
        }
        QCoreApplication::processEvents();
        int named = 0;
        const QStringList unnamed = unnamedControls(&named);
        QVERIFY2(
            unnamed.isEmpty(),
            qPrintable(
                QStringLiteral("%1 named, %2 without a name:\n").arg(named).arg(unnamed.size()) +
                unnamed.join(u'\n')));
        QVERIFY(named > 10);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
