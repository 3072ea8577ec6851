// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's support cases: Thread › Create Support Case, File › Case System, and
// how a case went in the status bar.
#include "models/settings/accounts.h"
#include "models/settings/casetargetsettings.h"
#include "models/sync/caseservice.h"
#include "ui/dialogs/casetargetdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/mainwindowactions.h"
#include "ui/thread/threadspane.h"
#include "ui/thread/threadview.h"

#include <QAction>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>

namespace steward {

void MainWindow::attachCases(CaseService& cases, const QString& actor, const QString& settingsGroup)
{
    m_cases = &cases;
    m_casesGroup = settingsGroup;
    m_threads->setCaseService(&cases, actor);
    connect(m_threads, &ThreadsPane::caseMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_actions->createCase, &QAction::triggered, m_threads, [this] {
        if (!m_threads->openCaseDialog(m_threads->threadView()->currentPost()))
            statusBar()->showMessage(tr("Choose a topic first"), 4000);
    });
    connect(m_actions->caseSystem, &QAction::triggered, this, &MainWindow::showCaseSystem);
    m_actions->caseSystem->setEnabled(true);
    addAction(m_actions->createCase);
    enablePaneActions(currentPane());
}

CaseTargetDialog* MainWindow::showCaseSystem()
{
    if (!m_cases)
        return nullptr;
    const bool persistent = !m_casesGroup.isEmpty() && m_secrets;
    const QString note =
        persistent
            ? tr("The password or token is kept in the system keychain, the rest in Steward's "
                 "settings.")
            : tr("This is the sandbox's own case system; changes last until Steward is closed.");
    auto* dialog =
        new CaseTargetDialog(m_cases->target(), !m_cases->secret().isEmpty(), note, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, persistent] {
        const CaseTarget target = dialog->target();
        const QString typed = dialog->secret();
        const QString secret = typed.isEmpty() ? m_cases->secret() : typed;
        SecretStore* secrets = persistent ? m_secrets : nullptr;
        if (!secrets || typed.isEmpty())
            return applyCaseTarget(target, secret, persistent);
        // The secret first: settings that name a password the keychain does not hold would
        // leave cases failing at the next start.
        secrets->write(target.keychainKey(), typed, this,
                       [this, target, typed](bool ok, const QString& error) {
                           if (!ok) {
                               QMessageBox::warning(
                                   this, tr("Case system"),
                                   tr("The password could not be stored in the system keychain: %1")
                                       .arg(error));
                               return;
                           }
                           applyCaseTarget(target, typed, true);
                       });
    });
    dialog->open();
    return dialog;
}

void MainWindow::applyCaseTarget(const CaseTarget& target, const QString& secret, bool persistent)
{
    if (persistent) {
        QSettings settings;
        settings.beginGroup(m_casesGroup);
        saveCaseTarget(settings, target);
    }
    m_cases->setTarget(target, secret);
    statusBar()->showMessage(tr("Case system saved"), 4000);
}

} // namespace steward
