// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The thread curation pane's support cases: the dialog from a post or the topic, raising
// the case, and the topic's cases in the thread header, a failed one with "send again".
#include "models/present/casedraft.h"
#include "models/sync/caseservice.h"
#include "ui/dialogs/casedialog.h"
#include "ui/thread/threadspane.h"
#include "ui/thread/threadview.h"

#include <QToolButton>

namespace steward {

void ThreadsPane::setCaseService(CaseService* cases, const QString& actor)
{
    if (m_cases)
        disconnect(m_cases, nullptr, this, nullptr);
    m_cases = cases;
    m_actor = actor;
    m_case->setVisible(cases != nullptr);
    m_thread->setCasesEnabled(cases != nullptr);
    if (!cases)
        return;
    connect(cases, &CaseService::caseChanged, this, &ThreadsPane::onCaseChanged);
    showCases();
}

QDialog* ThreadsPane::openCaseDialog(Id postId)
{
    if (!m_cases || m_thread->header().id == 0)
        return nullptr;
    const QList<thread::ThreadPost>& posts = m_thread->posts();
    const auto post =
        std::find_if(posts.cbegin(), posts.cend(), [postId](const thread::ThreadPost& p) {
            return postId != 0 ? p.post.id == postId : p.post.postNumber == 1;
        });
    if (post == posts.cend())
        return nullptr;
    const CaseDraft draft = caseDraftFor(m_thread->header(), *post, m_thread->site(), m_actor);
    auto* dialog = new CaseDialog(draft, m_cases->target(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { raiseCase(dialog->draft()); });
    dialog->open();
    return dialog;
}

void ThreadsPane::retryCase(Id caseId)
{
    if (m_cases && m_cases->retry(caseId))
        Q_EMIT caseMessage(tr("Sending the support case again…"));
}

bool ThreadsPane::raiseCase(const CaseDraft& draft)
{
    if (!m_cases)
        return false;
    QString error;
    if (!m_cases->raise(draft, &error)) {
        Q_EMIT caseMessage(tr("The support case could not be stored: %1").arg(error));
        return false;
    }
    Q_EMIT caseMessage(tr("Sending the support case…"));
    return true;
}

void ThreadsPane::onCaseChanged(Id caseId, Id topicId)
{
    if (topicId == m_thread->topicId())
        showCases();
    const std::optional<SupportCase> c = m_cases ? m_cases->cases().get(caseId) : std::nullopt;
    if (!c)
        return;
    if (c->state == CaseState::Done)
        Q_EMIT caseMessage(tr("Support case %1 created").arg(c->number));
    else if (c->state == CaseState::Failed)
        Q_EMIT caseMessage(
            tr("The support case was not created: %1 (kept; “send again” in the thread)")
                .arg(c->error));
}

void ThreadsPane::showCases()
{
    QList<ThreadCase> shown;
    if (m_cases && m_thread->topicId() != 0) {
        for (const SupportCase& c : m_cases->cases().forTopic(m_thread->topicId()))
            shown.append(ThreadCase{c.id, c.state, c.number, c.url, c.error});
    }
    if (!shown.isEmpty() ||
        !m_thread->cases().isEmpty()) // a render only when there is something to show or clear
        m_thread->setCases(shown);
}

} // namespace steward
