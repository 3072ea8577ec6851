// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/net/parse/unreadable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace steward::parse {

namespace {
constexpr qsizetype kMaxExamples = 5;
constexpr qsizetype kMaxExampleLength = 60;
thread_local UnreadableLog* t_log = nullptr;

QString describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::String:
        return u'"' + value.toString() + u'"';
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    default:
        return QStringLiteral("null");
    }
}
} // namespace

void UnreadableLog::note(QStringView field, const QString& value)
{
    ++total;
    ++byField[field.toString()];
    if (examples.size() < kMaxExamples) {
        const QString shown =
            value.size() > kMaxExampleLength ? value.left(kMaxExampleLength) + u'…' : value;
        examples.append(field.toString() + QStringLiteral(": ") + shown);
    }
}

void UnreadableLog::merge(const UnreadableLog& other)
{
    total += other.total;
    for (auto it = other.byField.cbegin(); it != other.byField.cend(); ++it)
        byField[it.key()] += it.value();
    for (const QString& e : other.examples)
        if (examples.size() < kMaxExamples)
            examples.append(e);
}

QString UnreadableLog::fieldsSummary() const
{
    QList<std::pair<QString, qint64>> fields;
    for (auto it = byField.cbegin(); it != byField.cend(); ++it)
        fields.append({it.key(), it.value()});
    std::stable_sort(fields.begin(), fields.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    QStringList parts;
    for (const auto& [field, count] : fields)
        parts.append(QStringLiteral("%1 ×%2").arg(field).arg(count));
    return parts.join(QStringLiteral(", "));
}

UnreadableScope::UnreadableScope(UnreadableLog& log)
    : m_previous(t_log)
{
    t_log = &log;
}

UnreadableScope::~UnreadableScope()
{
    t_log = m_previous;
}

void noteUnreadable(QStringView field, const QJsonValue& value)
{
    if (t_log)
        t_log->note(field, describe(value));
}

void noteUnreadable(QStringView field, const QString& valueText)
{
    if (t_log)
        t_log->note(field, valueText);
}

} // namespace steward::parse
