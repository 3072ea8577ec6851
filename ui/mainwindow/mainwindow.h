// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace steward {

class EmptyStatePane;
class MainWindowActions;

/// Steward's main window: a navigation list on the left (queue, threads, dashboard), the
/// current pane on the right, menus with every action and its key, and a status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Pane { Queue = 0, Threads = 1, Dashboard = 2 };
    Q_ENUM(Pane)

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Pane currentPane() const;
    void showPane(Pane pane);
    MainWindowActions* actions() const { return m_actions; }
    EmptyStatePane* emptyState(Pane pane) const;

Q_SIGNALS:
    void paneChanged(steward::MainWindow::Pane pane);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showShortcuts();
    void showAbout();

    MainWindowActions* m_actions;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QList<EmptyStatePane*> m_emptyStates;
    QLabel* m_accountStatus;
};

} // namespace steward
