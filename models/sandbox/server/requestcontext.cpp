// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/server/requestcontext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace steward::sandbox {

QString RequestContext::param(const QString& name, const QString& fallback) const
{
    const auto it = body.constFind(name);
    if (it != body.constEnd()) {
        if (it->isString())
            return it->toString();
        if (it->isDouble())
            return QString::number(it->toInteger());
        if (it->isBool())
            return it->toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (query.hasQueryItem(name))
        return query.queryItemValue(name, QUrl::FullyDecoded);
    return fallback;
}

bool RequestContext::has(const QString& name) const
{
    return body.contains(name) || query.hasQueryItem(name);
}

QStringList RequestContext::list(const QString& name) const
{
    const QString rails = name + QStringLiteral("[]");
    if (body.value(name).isArray()) {
        QStringList values;
        for (const QJsonValue& v : body.value(name).toArray())
            values << (v.isDouble() ? QString::number(v.toInteger()) : v.toString());
        return values;
    }
    if (body.value(rails).isArray()) {
        QStringList values;
        for (const QJsonValue& v : body.value(rails).toArray())
            values << v.toString();
        return values;
    }
    return query.allQueryItemValues(rails, QUrl::FullyDecoded);
}

int RequestContext::intParam(const QString& name, int fallback) const
{
    bool ok = false;
    const int value = param(name).toInt(&ok);
    return ok ? value : fallback;
}

QJsonObject RequestContext::action(const QString& op) const
{
    return {{QStringLiteral("op"), op},
            {QStringLiteral("actor"), actor ? actor->user.id : 0},
            {QStringLiteral("at"), at}};
}

namespace {

bool isAscii(const QString& name)
{
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

QJsonObject parseRequestBody(const QByteArray& body, const QByteArray& contentType)
{
    if (body.isEmpty())
        return {};
    // Names that are not ASCII are dropped: Discourse has none, and Qt 6.8.2's QJsonObject
    // reads past the end of a stored non-ASCII key when it looks up a key of another length
    // (found by fuzz_sandbox_request; tests/data/fuzz/fuzz_sandbox_request/README.md).
    QJsonObject result;
    if (contentType.toLower().contains("json")) {
        const QJsonObject parsed = QJsonDocument::fromJson(body).object();
        for (auto it = parsed.constBegin(); it != parsed.constEnd(); ++it)
            if (isAscii(it.key()))
                result.insert(it.key(), it.value());
        return result;
    }
    QByteArray form = body;
    form.replace('+', "%20");
    const QUrlQuery query(QString::fromUtf8(form));
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!isAscii(key))
            continue;
        if (key.endsWith(QStringLiteral("[]"))) {
            QJsonArray values = result.value(key).toArray();
            values.append(value);
            result.insert(key, values);
        } else {
            result.insert(key, value);
        }
    }
    return result;
}

} // namespace steward::sandbox
