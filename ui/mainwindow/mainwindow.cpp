// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/mainwindow.h"

#include "models/domain/version.h"
#include "models/settings/preferences.h"
#include "models/sync/outbox.h"
#include "ui/dialogs/accountsdialog.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/mainwindow/mainwindowactions.h"
#include "ui/widgets/emptystatepane.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

#include <array>

namespace steward {

namespace {

constexpr std::array kPaneIcons{":/icons/queue.svg", ":/icons/threads.svg", ":/icons/dashboard.svg",
                                ":/icons/audit.svg"};

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_actions(new MainWindowActions(this))
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_accountStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/steward.svg")));
    m_actions->populate(menuBar());

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Panes"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(190);
    m_navigation->setSpacing(2);
    for (const char* icon : kPaneIcons) {
        auto* item = new QListWidgetItem(QIcon(QString::fromLatin1(icon)), QString(), m_navigation);
        item->setSizeHint(QSize(0, 40));
        auto* pane = new EmptyStatePane(QString::fromLatin1(icon), m_stack);
        m_emptyStates.append(pane);
        m_stack->addWidget(pane);
    }

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto* separator = new QFrame(central);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_accountStatus, 1);

    const QList<QAction*> paneActions{m_actions->showQueue, m_actions->showThreads,
                                      m_actions->showDashboard, m_actions->showAudit};
    for (int i = 0; i < paneActions.size(); ++i) {
        connect(paneActions[i], &QAction::triggered, this,
                [this, i] { showPane(static_cast<Pane>(i)); });
        addAction(paneActions[i]);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this, paneActions](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        paneActions[row]->setChecked(true);
        Q_EMIT paneChanged(static_cast<Pane>(row));
    });
    connect(m_actions->fullScreen, &QAction::toggled, this,
            [this](bool on) { on ? showFullScreen() : showNormal(); });
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_actions->accounts, &QAction::triggered, this, &MainWindow::showAccounts);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_navigation->setCurrentRow(0);
    retranslate();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::setSecretStore(SecretStore* secrets)
{
    m_secrets = secrets;
    m_actions->accounts->setEnabled(secrets != nullptr);
}

AccountsDialog* MainWindow::showAccounts()
{
    if (!m_secrets)
        return nullptr;
    auto* settings = new QSettings; // the application's settings, for as long as the dialog is open
    auto* dialog = new AccountsDialog(*settings, *m_secrets, this);
    settings->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &AccountsDialog::openRequested, this, &MainWindow::openAccountRequested);
    dialog->open();
    return dialog;
}

MainWindow::Pane MainWindow::currentPane() const
{
    return static_cast<Pane>(m_stack->currentIndex());
}

void MainWindow::showPane(Pane pane)
{
    m_navigation->setCurrentRow(int(pane));
}

EmptyStatePane* MainWindow::emptyState(Pane pane) const
{
    return m_emptyStates.value(int(pane));
}

void MainWindow::restoreLayout()
{
    if (const QByteArray geometry = prefs::windowGeometry.get(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = prefs::windowState.get(); !state.isEmpty())
        restoreState(state);
    const int pane = prefs::windowPane.get();
    if (pane >= int(Pane::Queue) && pane <= int(Pane::Audit)) {
        m_startPane = Pane(pane);
        showPane(m_startPane);
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Saved first: a logout (SIGTERM) quits without waiting for the decisions.
    prefs::windowGeometry.set(saveGeometry());
    prefs::windowState.set(saveState());
    prefs::windowPane.set(int(currentPane()));
    if (holdCloseForDecisions()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

bool MainWindow::holdCloseForDecisions()
{
    // A moderator who quits has made their decisions; on a team database no other moderator's
    // Steward may send them, and they would block the items until this one starts again.
    // Once waiting (m_closeWait), any close goes through: the user's second one, or the
    // wait's end; what has not gone out then is sent at the next start.
    const int queued = m_closeWait || !m_outbox ? 0 : m_outbox->queuedHereCount();
    if (queued == 0)
        return false;
    m_closeWait = new QTimer(this);
    m_closeWait->setSingleShot(true);
    const auto closeNow = [this] {
        QTimer::singleShot(0, this, &QWidget::close); // not inside the outbox's signal
    };
    connect(m_closeWait, &QTimer::timeout, this, closeNow);
    connect(m_outbox, &Outbox::entryChanged, m_closeWait, [this, closeNow] {
        if (m_outbox->queuedHereCount() == 0)
            closeNow();
    });
    m_closeWait->start(kCloseWaitMs);
    if (m_undoButton)
        m_undoButton->hide();
    statusBar()->showMessage(
        tr("Sending %n decision(s) before closing… Close again to send them at the next start.",
           nullptr, queued));
    m_outbox->sendPendingNow();
    return true;
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_actions->retranslate();
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    // Two windows (two moderators, two communities) are told apart by their titles.
    setWindowTitle(!m_outbox ? tr("Steward")
                             : tr("%1 on %2 — Steward").arg(m_outbox->actor(), m_communityName));
}

void MainWindow::retranslate()
{
    updateTitle();
    m_navigation->item(int(Pane::Queue))->setText(tr("Moderation Queue"));
    m_navigation->item(int(Pane::Threads))->setText(tr("Threads"));
    m_navigation->item(int(Pane::Dashboard))->setText(tr("Dashboard"));
    m_navigation->item(int(Pane::Audit))->setText(tr("Audit Trail"));
    // As wide as its longest entry in this language ("Moderationswarteschlange"), no wider.
    int widest = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        widest = std::max(
            widest, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(
        std::clamp(widest + m_navigation->iconSize().width() + 36, 160, 260));
    m_emptyStates[int(Pane::Queue)]->setTexts(
        tr("No moderation queue yet"),
        tr("Once a community account is added, its flagged posts, posts awaiting approval and "
           "users awaiting approval appear here, ready to triage from the keyboard."));
    m_emptyStates[int(Pane::Threads)]->setTexts(
        tr("No threads yet"),
        tr("Once a community account is added, its topics appear here by category, with views "
           "for unanswered, unsolved and stale threads."));
    m_emptyStates[int(Pane::Dashboard)]->setTexts(
        tr("No metrics yet"),
        tr("Once a community account is added and synced, this dashboard shows activity, "
           "response times, the solved rate and top contributors."));
    m_emptyStates[int(Pane::Audit)]->setTexts(
        tr("No audit trail yet"),
        tr("Once a community account is added and synced, every moderation action appears here "
           "with who took it, on whom, and whether it came from Steward or the web."));
    if (m_communityName.isEmpty())
        m_accountStatus->setText(tr("No community account"));
}

void MainWindow::showShortcuts()
{
    // Window-modal and non-blocking: the queue keeps syncing behind it; it deletes itself.
    auto* dialog = new ShortcutsDialog(menuBar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Steward"),
        tr("<h3>Steward %1</h3><p>A desktop console for the staff of customer communities: "
           "triage the moderation queue, curate threads and measure how the community "
           "works.</p><p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QString::fromLatin1(kVersion)));
}

} // namespace steward
