// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/caseservice.h"

namespace steward {

CaseService::CaseService(Database& db, QNetworkAccessManager* network, QObject* parent)
    : QObject(parent), m_cases(db), m_network(network)
{
}

void CaseService::setTarget(const CaseTarget& target, const QString& secret)
{
    m_target = target;
    m_secret = secret;
}

std::optional<Id> CaseService::raise(const CaseDraft& draft, QString* error)
{
    const std::optional<Id> id = m_cases.add(draft.topicId, draft.postId, m_target.name(), draft.toJson(), error);
    if (!id)
        return std::nullopt;
    Q_EMIT caseChanged(*id, draft.topicId);
    send(*id, draft);
    return id;
}

bool CaseService::retry(Id caseId)
{
    const std::optional<SupportCase> c = m_cases.get(caseId);
    if (!c || c->state != u"failed" || !m_cases.markSending(caseId))
        return false;
    Q_EMIT caseChanged(caseId, c->topicId);
    send(caseId, CaseDraft::fromJson(c->request));
    return true;
}

void CaseService::send(Id caseId, const CaseDraft& draft)
{
    auto* sender = new CaseSender(m_network, this);
    connect(sender, &CaseSender::finished, this, [this, sender, caseId, draft](bool ok, const CaseResult& result, const QString& error) {
        sender->deleteLater();
        if (ok)
            m_cases.markDone(caseId, result.number, result.externalId, result.url);
        else
            m_cases.markFailed(caseId, error);
        Q_EMIT caseChanged(caseId, draft.topicId);
    });
    sender->send(m_target, m_secret, draft);
}

} // namespace steward
