// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Whether the local copy is known to be incomplete, and File › Verify Copy Against Server.
#include "models/store/store.h"
#include "models/sync/copyverifier.h"
#include "models/sync/syncengine.h"
#include "models/sync/usermessages.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/mainwindowactions.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>

namespace steward {

void MainWindow::attachVerifier(Store& store, SyncEngine& sync)
{
    m_store = &store;
    m_incompleteLabel = new QLabel(tr("Copy incomplete"), this);
    m_incompleteLabel->setObjectName(QStringLiteral("incompleteCopy"));
    m_incompleteLabel->setStyleSheet(QStringLiteral("color: #b45309; font-weight: bold;"));
    m_incompleteLabel->hide();
    statusBar()->addPermanentWidget(m_incompleteLabel);
    m_verifier = new CopyVerifier(sync.client(), store, this);
    connect(m_actions->verifyCopy, &QAction::triggered, this, &MainWindow::verifyCopy);
    connect(m_verifier, &CopyVerifier::finished, this, [this](bool ok) {
        m_actions->verifyCopy->setEnabled(true);
        statusBar()->clearMessage();
        showCopyState();
        if (!ok) {
            QMessageBox::warning(this, tr("Verify Copy"),
                                 tr("The community could not be asked for its totals: %1")
                                     .arg(messages::apiError(m_verifier->error())));
            return;
        }
        const VerifyReport& report = m_verifier->report();
        auto* box = new QMessageBox(
            report.differences() == 0 ? QMessageBox::Information : QMessageBox::Warning,
            tr("Verify Copy"),
            report.differences() == 0
                ? tr("The copy matches the community's own totals in all %n check(s).", nullptr,
                     int(report.checks.size()))
                : tr("The copy differs from the community's own totals in %n place(s):", nullptr,
                     report.differences()) +
                      QStringLiteral("\n\n") + report.differenceLines().join(u'\n'),
            QMessageBox::Close, this);
        box->setDetailedText(report.notes.join(QStringLiteral("\n\n")));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    m_actions->verifyCopy->setEnabled(true);
    showCopyState();
}

void MainWindow::verifyCopy()
{
    if (!m_verifier)
        return;
    m_actions->verifyCopy->setEnabled(false);
    statusBar()->showMessage(tr("Comparing the copy with the community's totals…"));
    m_verifier->start();
}

void MainWindow::showCopyState()
{
    if (!m_store || !m_incompleteLabel)
        return;
    const QString shortfall = m_store->checkpoint(QStringLiteral("sync.shortfall"));
    const QString differences = m_store->checkpoint(QStringLiteral("verify.differences"));
    QStringList why;
    if (!shortfall.isEmpty())
        why << tr("The last sync could not fetch or read everything the community named:") + u'\n' +
                   shortfall;
    if (!differences.isEmpty())
        why << tr("The last verify (%1) found the copy differing from the community's totals:")
                       .arg(m_store->checkpoint(QStringLiteral("verify.at"))) +
                   u'\n' + differences;
    m_incompleteLabel->setToolTip(why.join(QStringLiteral("\n\n")));
    m_incompleteLabel->setVisible(!why.isEmpty());
}

} // namespace steward
