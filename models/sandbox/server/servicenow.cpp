// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A ServiceNow-compatible case endpoint: the Table API's POST for sn_customerservice_case,
// with basic authentication, answering {"result": {...the record...}} like an instance does,
// and its errors as {"error": {"message", "detail"}, "status": "failure"}.
#include "models/sandbox/server/servicenow.h"

#include "models/sandbox/server/mutations.h"

#include <QCryptographicHash>

namespace steward::sandbox {

namespace {

Reply failure(int status, const QString& message, const QString& detail)
{
    return Reply::json(
        QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message},
                                                          {QStringLiteral("detail"), detail}}},
                    {QStringLiteral("status"), QStringLiteral("failure")}},
        status);
}

} // namespace

Reply serviceNowCase(const QByteArray& authorization, const ApiCredentials& credentials,
                     const QJsonObject& body, const std::function<Reply(const QJsonObject&)>& write,
                     qint64 at)
{
    const QByteArray expected =
        "Basic " + (credentials.username + u':' + credentials.key).toUtf8().toBase64();
    if (authorization != expected)
        return failure(401, QStringLiteral("User Not Authenticated"),
                       QStringLiteral("Required to provide Auth information"));
    if (body.value(QStringLiteral("short_description")).toString().trimmed().isEmpty())
        return failure(400, QStringLiteral("Mandatory field missing"),
                       QStringLiteral("short_description is required"));
    QJsonObject action{{QStringLiteral("op"), QStringLiteral("case.create")},
                       {QStringLiteral("actor"), 0},
                       {QStringLiteral("at"), at},
                       {QStringLiteral("fields"), body}};
    return write(action);
}

namespace detail {

Reply createCase(SandboxCommunity& community, const QJsonObject& action)
{
    CaseRecord c;
    c.number = QStringLiteral("CS%1").arg(community.cases.size() + 1, 7, 10, QLatin1Char('0'));
    c.sysId = QString::fromLatin1(
        QCryptographicHash::hash(c.number.toUtf8() + QByteArray::number(community.seed),
                                 QCryptographicHash::Md5)
            .toHex());
    c.createdAt = action.value(QStringLiteral("at")).toInteger();
    c.fields = action.value(QStringLiteral("fields")).toObject();
    community.cases.push_back(c);
    QJsonObject record = c.fields;
    record.insert(QStringLiteral("number"), c.number);
    record.insert(QStringLiteral("sys_id"), c.sysId);
    record.insert(QStringLiteral("state"), QStringLiteral("1"));
    record.insert(QStringLiteral("sys_created_on"),
                  toDateTime(c.createdAt).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    return Reply::json(QJsonObject{{QStringLiteral("result"), record}}, 201);
}

} // namespace detail

} // namespace steward::sandbox
