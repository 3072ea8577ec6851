// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

namespace steward::sandbox {

/// One HTTP answer of the sandbox, before faults are applied.
struct Reply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static Reply json(const QJsonObject& object, int status = 200);
    static Reply json(const QJsonArray& array, int status = 200);
    /// Discourse's usual error body: {"errors":[...],"error_type":...,"extras":{...}}.
    static Reply error(int status, const QString& message, const QString& errorType = {},
                       const QJsonObject& extras = {});
    /// The body of suspend/silence failures: {"failed":"FAILED","message":...}.
    static Reply failed(int status, const QString& message);
    static Reply notFound();
    static Reply forbidden();
    static Reply success();
    bool isSuccess() const { return status >= 200 && status < 300; }
};

} // namespace steward::sandbox
