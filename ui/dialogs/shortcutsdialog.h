// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace steward {

/// The keyboard cheat sheet: every menu action that has a shortcut, grouped by menu, read
/// from the menu bar when the dialog opens, so it never disagrees with the real keys.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QMenuBar* menuBar, QWidget* parent = nullptr);

    /// Rows shown, as "Menu / Action / Key" triples, for tests.
    QList<QStringList> rows() const;

private:
    QTreeWidget* m_tree;
};

} // namespace steward
