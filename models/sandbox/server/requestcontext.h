// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sandbox/community.h"

#include <QJsonObject>
#include <QRegularExpressionMatch>
#include <QUrlQuery>

namespace steward::sandbox {

/// What a route handler gets: the path captures, the query and body parameters (a body may be
/// form-encoded or JSON; Rails-style "name[]" arrays in either), the acting user and the
/// sandbox clock.
struct RequestContext
{
    QRegularExpressionMatch match;
    QUrlQuery query;
    QJsonObject body;
    const SandboxUser* actor = nullptr;
    qint64 at = 0; ///< the sandbox's clock, seconds since the epoch

    /// The parameter from the body, else from the query; fallback when absent.
    QString param(const QString& name, const QString& fallback = {}) const;
    bool has(const QString& name) const;
    /// The values of "name[]" (or a JSON array "name").
    QStringList list(const QString& name) const;
    Id pathId(int group) const { return match.captured(group).toLongLong(); }
    int intParam(const QString& name, int fallback) const;
    /// The base of a write action: op, actor and time.
    QJsonObject action(const QString& op) const;
};

/// A request body's parameters: JSON when contentType says so, else form-encoded with
/// Rails-style "name[]" repeats collected into arrays. Anything unreadable gives no parameters.
QJsonObject parseRequestBody(const QByteArray& body, const QByteArray& contentType);

} // namespace steward::sandbox
