// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace steward {

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menuBar, QWidget* parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Key")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);

    for (QAction* menuAction : menuBar->actions()) {
        const QMenu* menu = menuAction->menu();
        if (!menu)
            continue;
        QTreeWidgetItem* group = nullptr;
        for (QAction* action : menu->actions()) {
            if (action->shortcut().isEmpty())
                continue;
            if (!group) {
                group = new QTreeWidgetItem(m_tree, {QString(menu->title()).remove(u'&')});
                QFont bold = group->font(0);
                bold.setBold(true);
                group->setFont(0, bold);
                group->setFirstColumnSpanned(true);
            }
            auto* row =
                new QTreeWidgetItem(group, {QString(action->text()).remove(u'&'),
                                            action->shortcut().toString(QKeySequence::NativeText)});
            if (!action->isEnabled())
                row->setToolTip(0, tr("Available once a community is synced"));
        }
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(440, 560);
}

QList<QStringList> ShortcutsDialog::rows() const
{
    QList<QStringList> result;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int r = 0; r < group->childCount(); ++r)
            result.append({group->text(0), group->child(r)->text(0), group->child(r)->text(1)});
    }
    return result;
}

} // namespace steward
