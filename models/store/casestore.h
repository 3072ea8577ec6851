// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ids.h"
#include "models/domain/moderation.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace steward {

class Database;

/// A support case raised from a topic or post, as stored before and after it was sent.
struct SupportCase
{
    Id id = 0;
    Id topicId = 0;
    Id postId = 0;  ///< 0: raised on the topic
    QString target; ///< "servicenow" or "webhook"
    CaseState state = CaseState::Sending;
    QJsonObject request; ///< the case as drafted: customer, link, excerpt, title...
    QString number;      ///< the case system's number, once done
    QString externalId;  ///< its record id (ServiceNow sys_id)
    QUrl url;            ///< where the case opens
    QString error;       ///< why it failed
    qint64 createdAt = 0;
};

/// The support_cases table.
class CaseStore
{
public:
    explicit CaseStore(Database& db)
        : m_db(db)
    {
    }

    /// Stores a case as sending; its id, or nullopt with error set.
    std::optional<Id> add(Id topicId, Id postId, const QString& target, const QJsonObject& request,
                          QString* error);
    bool markDone(Id id, const QString& number, const QString& externalId, const QUrl& url);
    bool markFailed(Id id, const QString& error);
    /// Sending again: the case's state back to sending.
    bool markSending(Id id);
    /// Cases still "sending" when the process that sent them ended, marked failed with
    /// reason; how many.
    int failUnanswered(const QString& reason);
    std::optional<SupportCase> get(Id id) const;
    /// The topic's cases, newest first.
    QList<SupportCase> forTopic(Id topicId) const;

private:
    bool setState(Id id, CaseState state, const QString& number, const QString& externalId,
                  const QUrl& url, const QString& error);
    Database& m_db;
};

} // namespace steward
