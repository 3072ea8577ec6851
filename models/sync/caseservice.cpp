// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/caseservice.h"

#include "models/sync/moderationaction.h"
#include "models/sync/outbox.h"
#include "models/sync/usermessages.h"

#include <QCoreApplication>

namespace steward {

CaseService::CaseService(Database& db, QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_cases(db)
    , m_network(network)
{
}

void CaseService::setTarget(const CaseTarget& target, const QString& secret)
{
    m_target = target;
    m_secret = secret;
}

std::optional<Id> CaseService::raise(const CaseDraft& draft, QString* error)
{
    const std::optional<Id> id =
        m_cases.add(draft.topicId, draft.postId, m_target.name(), draft.toJson(), error);
    if (!id)
        return std::nullopt;
    Q_EMIT caseChanged(*id, draft.topicId);
    send(*id, draft);
    return id;
}

bool CaseService::retry(Id caseId)
{
    const std::optional<SupportCase> c = m_cases.get(caseId);
    if (!c || c->state != CaseState::Failed || !m_cases.markSending(caseId))
        return false;
    Q_EMIT caseChanged(caseId, c->topicId);
    send(caseId, CaseDraft::fromJson(c->request));
    return true;
}

int CaseService::recover()
{
    return m_cases.failUnanswered(QCoreApplication::translate(
        "steward::CaseService",
        "Steward stopped before the case system answered: the case may exist there already; "
        "check before sending it again."));
}

QString CaseService::staffNoteText(const QString& number, const QUrl& url)
{
    const QString link =
        url.isValid() && !url.isEmpty()
            ? QStringLiteral("[%1](%2)").arg(number, url.toString(QUrl::FullyEncoded))
            : number;
    return QCoreApplication::translate("steward::CaseService",
                                       "Support case %1 was opened for this topic.")
        .arg(link);
}

void CaseService::send(Id caseId, const CaseDraft& draft)
{
    auto* sender = new CaseSender(m_network, this);
    connect(
        sender, &CaseSender::finished, this,
        [this, sender, caseId, draft](bool ok, const CaseResult& result, const CaseFailure& error) {
            sender->deleteLater();
            if (ok) {
                m_cases.markDone(caseId, result.number, result.externalId, result.url);
                if (m_target.staffNote && m_outbox && !result.number.isEmpty())
                    m_outbox->submit(actions::addTopicNote(draft.topicId,
                                                           staffNoteText(result.number, result.url),
                                                           true, result.number));
            } else
                m_cases.markFailed(caseId, messages::caseFailure(error));
            Q_EMIT caseChanged(caseId, draft.topicId);
        });
    sender->send(m_target, m_secret, draft);
}

} // namespace steward
