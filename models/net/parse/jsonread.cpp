// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/net/parse/jsonread.h"

#include "models/net/parse/unreadable.h"

#include <QJsonValue>
#include <QTimeZone>

#include <cmath>

namespace steward::parse {

namespace {

/// Absent and null are "unknown", never unreadable.
bool isUnset(const QJsonValue& v)
{
    return v.isUndefined() || v.isNull();
}

template <typename T> T unreadable(QLatin1StringView key, const QJsonValue& v, T fallback)
{
    noteUnreadable(QString(key), v);
    return fallback;
}

} // namespace

Id id(const QJsonObject& o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble()) {
        const double d = v.toDouble();
        return std::isfinite(d) && std::abs(d) < 9.0e15 ? Id(d) : unreadable(key, v, Id(0));
    }
    if (v.isString()) {
        bool ok = false;
        const Id parsed = v.toString().toLongLong(&ok);
        return ok ? parsed : unreadable(key, v, Id(0));
    }
    return isUnset(v) ? 0 : unreadable(key, v, Id(0));
}

int integer(const QJsonObject& o, QLatin1StringView key, int fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble()) {
        const double d = v.toDouble();
        return std::isfinite(d) && std::abs(d) < 2.0e9 ? int(d) : unreadable(key, v, fallback);
    }
    if (v.isString()) {
        bool ok = false;
        const int parsed = v.toString().toInt(&ok);
        return ok ? parsed : unreadable(key, v, fallback);
    }
    return isUnset(v) ? fallback : unreadable(key, v, fallback);
}

double number(const QJsonObject& o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString()) {
        bool ok = false;
        const double parsed = v.toString().toDouble(&ok);
        return ok ? parsed : unreadable(key, v, 0.0);
    }
    if (!v.isDouble())
        return isUnset(v) ? 0.0 : unreadable(key, v, 0.0);
    const double d = v.toDouble();
    return std::isfinite(d) ? d : 0.0;
}

bool boolean(const QJsonObject& o, QLatin1StringView key, bool fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isBool())
        return v.toBool();
    if (v.isString() && (v.toString() == u"true" || v.toString() == u"false"))
        return v.toString() == u"true";
    return isUnset(v) ? fallback : unreadable(key, v, fallback);
}

QString string(const QJsonObject& o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    return isUnset(v) ? QString() : unreadable(key, v, QString());
}

namespace {

int digits(QStringView s, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

/// Discourse's own form, "2024-05-01T12:34:56.789Z" or without milliseconds, read by hand:
/// QDateTime::fromString costs more than the rest of a post's fields together.
QDateTime utcFastPath(QStringView s)
{
    if ((s.size() != 24 && s.size() != 20) || s[4] != u'-' || s[7] != u'-' || s[10] != u'T' ||
        s[13] != u':' || s[16] != u':' || s.back() != u'Z' || (s.size() == 24 && s[19] != u'.'))
        return {};
    const int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
    const int hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
    const int ms = s.size() == 24 ? digits(s, 20, 3) : 0;
    const QDate date(year, month, day);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59 || ms < 0 || hour < 0 ||
        minute < 0 || second < 0)
        return {};
    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    return QDateTime::fromMSecsSinceEpoch(
        ((days * 24 + hour) * 60 + minute) * 60000LL + second * 1000LL + ms, QTimeZone::UTC);
}

} // namespace

QDateTime parseTime(const QString& text)
{
    if (text.isEmpty())
        return {};
    if (QDateTime fast = utcFastPath(text); fast.isValid())
        return fast;
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QDateTime time(const QJsonObject& o, QLatin1StringView key)
{
    const QString text = string(o, key);
    QDateTime t = parseTime(text);
    if (!t.isValid() && !text.isEmpty())
        noteUnreadable(QString(key), o.value(key));
    return t;
}

} // namespace steward::parse
