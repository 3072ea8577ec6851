// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/net/casetarget.h"
#include "models/store/casestore.h"

#include <QObject>

class QNetworkAccessManager;

namespace steward {

class Database;
class Outbox;

/// Raises support cases: each is stored first (state "sending"), then sent to the target;
/// the answer marks it done with the case's number and link, or failed with the reason, and
/// a failed case can be sent again. Nothing drafted is lost to a failing target.
class CaseService : public QObject
{
    Q_OBJECT
public:
    CaseService(Database& db, QNetworkAccessManager* network, QObject* parent = nullptr);

    void setTarget(const CaseTarget& target, const QString& secret);
    /// Where the staff note goes when the target asks for one (CaseTarget::staffNote): a
    /// whisper on the topic naming the case, sent through the outbox once the case exists.
    void setOutbox(Outbox* outbox) { m_outbox = outbox; }
    /// The staff note's Markdown for a case.
    static QString staffNoteText(const QString& number, const QUrl& url);
    const CaseTarget& target() const { return m_target; }
    const QString& secret() const { return m_secret; }
    bool isConfigured() const { return m_target.isUsable(nullptr); }
    /// The case's id, or nullopt with error set when it could not be stored.
    std::optional<Id> raise(const CaseDraft& draft, QString* error);
    /// Sends a failed case again (to the current target).
    bool retry(Id caseId);
    /// Cases an earlier process left sending (it ended before the answer) become failed,
    /// saying the case may exist already; call once, before raising any. How many.
    int recover();
    const CaseStore& cases() const { return m_cases; }

Q_SIGNALS:
    /// A case was stored, sent, answered or failed.
    void caseChanged(steward::Id caseId, steward::Id topicId);

private:
    void send(Id caseId, const CaseDraft& draft);

    CaseStore m_cases;
    QNetworkAccessManager* m_network;
    Outbox* m_outbox = nullptr;
    CaseTarget m_target;
    QString m_secret;
};

} // namespace steward
