// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every control a screen reader reaches has a name: the accessibility tree of the main window
// over a synced community is walked on each pane, as Orca or a test robot would walk it.
#include "app/session/communitysession.h"
#include "models/domain/clock.h"
#include "models/items/topiclistmodel.h"
#include "tests/support/windowtesting.h"
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
    WindowOverSandbox m_rig;
    MainWindow* window() const { return m_rig.window.get(); }

    QStringList unnamedControls(int* named)
    {
        QStringList unnamed;
        walk(QAccessible::queryAccessibleInterface(window()), &unnamed, named);
        return unnamed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        static QTemporaryDir settings;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
        QAccessible::setActive(true);
        const QString error = m_rig.open(QSize(1280, 800));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void everyControlHasAName_data()
    {
        QTest::addColumn<int>("pane");
        QTest::newRow("queue") << int(MainWindow::Pane::Queue);
        QTest::newRow("threads") << int(MainWindow::Pane::Threads);
        QTest::newRow("dashboard") << int(MainWindow::Pane::Dashboard);
        QTest::newRow("audit") << int(MainWindow::Pane::Audit);
    }

    void everyControlHasAName()
    {
        QFETCH(int, pane);
        window()->showPane(MainWindow::Pane(pane));
        if (MainWindow::Pane(pane) == MainWindow::Pane::Threads) {
            QTRY_VERIFY(window()->threadsPane()->model().rowCount() > 0);
            window()->threadsPane()->table()->selectRow(0);
        }
        QCoreApplication::processEvents();
        int named = 0;
        const QStringList unnamed = unnamedControls(&named);
        QVERIFY2(
            unnamed.isEmpty(),
            qPrintable(
                QStringLiteral("%1 named, %2 without a name:\n").arg(named).arg(unnamed.size()) +
                unnamed.join(u'\n')));
        // The audit trail is a search, two filters, two buttons and its table.
        QVERIFY(named > (MainWindow::Pane(pane) == MainWindow::Pane::Audit ? 5 : 10));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
