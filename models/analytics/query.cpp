// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analytics/query.h"

#include <QDateTime>

#include <algorithm>

namespace steward::analytics {

qint64 localMidnight(QDate date, const QTimeZone& zone)
{
    // A day that starts in a DST gap starts at its first valid moment.
    return date.startOfDay(zone).toMSecsSinceEpoch();
}

Query Query::previous() const
{
    Query q = *this;
    q.to = from.addDays(-1);
    q.from = q.to.addDays(-(days() - 1));
    return q;
}

qint64 Query::startMs() const
{
    return localMidnight(from, zone);
}
qint64 Query::endMs() const
{
    return localMidnight(to.addDays(1), zone);
}

int Buckets::indexOf(qint64 ms) const
{
    if (starts.empty() || ms < starts.front() || ms >= end)
        return -1;
    return int(std::upper_bound(starts.begin(), starts.end(), ms) - starts.begin()) - 1;
}

Buckets makeBuckets(const Query& query)
{
    Buckets b;
    if (!query.isValid())
        return b;
    QDate day = query.from;
    while (day <= query.to) {
        b.dates.push_back(day);
        b.starts.push_back(localMidnight(day, query.zone));
        switch (query.granularity) {
        case Granularity::Day:
            day = day.addDays(1);
            break;
        case Granularity::Week:
            day = day.addDays(8 - day.dayOfWeek());
            break; // next Monday
        case Granularity::Month:
            day = QDate(day.year(), day.month(), 1).addMonths(1);
            break;
        }
    }
    b.end = query.endMs();
    for (std::size_t i = 0; i < b.dates.size(); ++i) {
        const QDate first = b.dates[i];
        const QDate next = i + 1 < b.dates.size() ? b.dates[i + 1] : query.to.addDays(1);
        const qint64 length = first.daysTo(next);
        switch (query.granularity) {
        case Granularity::Day:
            b.cut.push_back(false);
            break;
        case Granularity::Week:
            b.cut.push_back(length < 7);
            break;
        case Granularity::Month:
            b.cut.push_back(length < first.daysInMonth());
            break;
        }
    }
    return b;
}

QString granularityName(Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return QStringLiteral("day");
    case Granularity::Week:
        return QStringLiteral("week");
    case Granularity::Month:
        return QStringLiteral("month");
    }
    return {};
}

std::optional<Granularity> granularityFromName(QStringView name)
{
    for (Granularity g : {Granularity::Day, Granularity::Week, Granularity::Month}) {
        if (name == granularityName(g))
            return g;
    }
    return std::nullopt;
}

QString definitionName(ResponseDefinition d)
{
    switch (d) {
    case ResponseDefinition::Discourse:
        return QStringLiteral("discourse");
    case ResponseDefinition::Staff:
        return QStringLiteral("staff");
    case ResponseDefinition::AnyReply:
        return QStringLiteral("any");
    }
    return {};
}

std::optional<ResponseDefinition> definitionFromName(QStringView name)
{
    for (ResponseDefinition d :
         {ResponseDefinition::Discourse, ResponseDefinition::Staff, ResponseDefinition::AnyReply}) {
        if (name == definitionName(d))
            return d;
    }
    return std::nullopt;
}

} // namespace steward::analytics
