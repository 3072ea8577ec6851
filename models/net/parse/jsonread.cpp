// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/net/parse/jsonread.h"

#include <QJsonValue>

#include <cmath>

namespace steward::parse {

Id id(const QJsonObject& o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble()) {
        const double d = v.toDouble();
        return std::isfinite(d) && std::abs(d) < 9.0e15 ? Id(d) : 0;
    }
    if (v.isString()) {
        bool ok = false;
        const Id parsed = v.toString().toLongLong(&ok);
        return ok ? parsed : 0;
    }
    return 0;
}

int integer(const QJsonObject& o, QLatin1StringView key, int fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble()) {
        const double d = v.toDouble();
        return std::isfinite(d) && std::abs(d) < 2.0e9 ? int(d) : fallback;
    }
    if (v.isString()) {
        bool ok = false;
        const int parsed = v.toString().toInt(&ok);
        return ok ? parsed : fallback;
    }
    return fallback;
}

double number(const QJsonObject& o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString().toDouble();
    const double d = v.toDouble();
    return std::isfinite(d) ? d : 0.0;
}

bool boolean(const QJsonObject& o, QLatin1StringView key, bool fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isBool())
        return v.toBool();
    if (v.isString())
        return v.toString() == u"true";
    return fallback;
}

QString string(const QJsonObject& o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

QDateTime parseTime(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QDateTime time(const QJsonObject& o, QLatin1StringView key)
{
    return parseTime(string(o, key));
}

} // namespace steward::parse
