// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/casestore.h"

#include "models/store/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace steward {

namespace {

SupportCase caseFrom(const QSqlQuery& q)
{
    SupportCase c;
    c.id = q.value(0).toLongLong();
    c.topicId = q.value(1).toLongLong();
    c.postId = q.value(2).toLongLong();
    c.target = q.value(3).toString();
    c.state = caseStateFromName(q.value(4).toString()).value_or(CaseState::Failed);
    c.request = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    c.number = q.value(6).toString();
    c.externalId = q.value(7).toString();
    c.url = QUrl(q.value(8).toString());
    c.error = q.value(9).toString();
    c.createdAt = q.value(10).toLongLong();
    return c;
}

constexpr const char* kColumns =
    "id, topic_id, COALESCE(post_id, 0), target, state, request, COALESCE(number, ''), "
    "COALESCE(external_id, ''), COALESCE(url, ''), COALESCE(error, ''), created_at";

} // namespace

std::optional<Id> CaseStore::add(Id topicId, Id postId, const QString& target,
                                 const QJsonObject& request, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO support_cases (topic_id, post_id, target, state, "
                             "request, created_at, updated_at) "
                             "VALUES (?, ?, ?, 'sending', ?, ?, ?) RETURNING id"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QVariant& v :
         {QVariant(topicId),
          postId != 0 ? QVariant(postId) : QVariant(QMetaType::fromType<qint64>()),
          QVariant(target),
          QVariant(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact))),
          QVariant(now), QVariant(now)})
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    const Id id = q.value(0).toLongLong();
    q.finish(); // SQLite's statement is done only once stepped past its RETURNING row
    return id;
}

bool CaseStore::setState(Id id, CaseState state, const QString& number, const QString& externalId,
                         const QUrl& url, const QString& error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE support_cases SET state = ?, number = NULLIF(?, ''), external_id = NULLIF(?, ''), "
        "url = NULLIF(?, ''), error = NULLIF(?, ''), updated_at = ? WHERE id = ?"));
    for (const QVariant& v : {QVariant(caseStateName(state)), QVariant(number),
                              QVariant(externalId), QVariant(url.toString()), QVariant(error),
                              QVariant(QDateTime::currentMSecsSinceEpoch()), QVariant(id)})
        q.addBindValue(v);
    return q.exec() && q.numRowsAffected() == 1;
}

bool CaseStore::markDone(Id id, const QString& number, const QString& externalId, const QUrl& url)
{
    return setState(id, CaseState::Done, number, externalId, url, {});
}

bool CaseStore::markFailed(Id id, const QString& error)
{
    return setState(id, CaseState::Failed, {}, {}, {}, error);
}

bool CaseStore::markSending(Id id)
{
    return setState(id, CaseState::Sending, {}, {}, {}, {});
}

int CaseStore::failUnanswered(const QString& reason)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE support_cases SET state = 'failed', error = ?, updated_at = ? "
                             "WHERE state = 'sending'"));
    q.addBindValue(reason);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return q.exec() ? q.numRowsAffected() : 0;
}

std::optional<SupportCase> CaseStore::get(Id id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM support_cases WHERE id = ?")
                  .arg(QLatin1StringView(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return caseFrom(q);
}

QList<SupportCase> CaseStore::forTopic(Id topicId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM support_cases WHERE topic_id = ? ORDER BY id DESC")
                  .arg(QLatin1StringView(kColumns)));
    q.addBindValue(topicId);
    QList<SupportCase> out;
    if (q.exec())
        while (q.next())
            out.append(caseFrom(q));
    return out;
}

} // namespace steward
