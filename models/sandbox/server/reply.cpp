// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/server/reply.h"

#include <QJsonDocument>

namespace steward::sandbox {

Reply Reply::json(const QJsonObject& object, int status)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

Reply Reply::json(const QJsonArray& array, int status)
{
    return {status, QJsonDocument(array).toJson(QJsonDocument::Compact), {}};
}

Reply Reply::error(int status, const QString& message, const QString& errorType,
                   const QJsonObject& extras)
{
    QJsonObject body{{QStringLiteral("errors"), QJsonArray{message}}};
    if (!errorType.isEmpty())
        body.insert(QStringLiteral("error_type"), errorType);
    if (!extras.isEmpty())
        body.insert(QStringLiteral("extras"), extras);
    return json(body, status);
}

Reply Reply::failed(int status, const QString& message)
{
    return json(QJsonObject{{QStringLiteral("failed"), QStringLiteral("FAILED")},
                            {QStringLiteral("message"), message}},
                status);
}

Reply Reply::notFound()
{
    return error(404, QStringLiteral("The requested URL or resource could not be found."),
                 QStringLiteral("not_found"));
}

Reply Reply::forbidden()
{
    return error(403, QStringLiteral("You are not permitted to view the requested resource."),
                 QStringLiteral("invalid_access"));
}

Reply Reply::success()
{
    return json(QJsonObject{{QStringLiteral("success"), QStringLiteral("OK")}});
}

} // namespace steward::sandbox
