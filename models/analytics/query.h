// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What a KPI computation is asked for: a range of local dates, a category, a bucket size and a
// response definition; and the time buckets such a range divides into.
#pragma once

#include "models/analytics/dataset.h"

#include <QDate>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace steward::analytics {

enum class Granularity : int
{
    Day,
    Week,
    Month
};

struct Query
{
    QDate from; ///< first day, inclusive, in zone
    QDate to;   ///< last day, inclusive, in zone
    QTimeZone zone = QTimeZone::UTC;
    Id categoryId = 0; ///< 0: every category; otherwise it and its subcategories
    Granularity granularity = Granularity::Day;
    ResponseDefinition definition = ResponseDefinition::Discourse;
    int top = 10; ///< rows in the top lists

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    /// The period of the same length ending the day before from.
    Query previous() const;
    qint64 startMs() const; ///< from's local midnight
    qint64 endMs() const;   ///< the local midnight after to (exclusive)
    int days() const { return int(from.daysTo(to)) + 1; }
};

/// Consecutive buckets covering a query's range; the first and last may be partial weeks or
/// months, cut at the range's ends.
struct Buckets
{
    std::vector<QDate> dates;   ///< the first day of each bucket (within the range)
    std::vector<qint64> starts; ///< its local midnight, ms
    std::vector<bool> cut;      ///< shorter than its week or month: cut at the range's ends
    qint64 end = 0;

    int size() const { return int(starts.size()); }
    /// The bucket holding ms, or -1 outside the range.
    int indexOf(qint64 ms) const;
    qint64 endOf(int index) const
    {
        return index + 1 < size() ? starts[std::size_t(index) + 1] : end;
    }
    /// Whether the bucket holds less than its whole day, week or month: cut at the range's
    /// ends, or not yet over at dataUntilMs (when the data was read). Its counts are then no
    /// match for a whole bucket's, and a chart says so.
    bool isPartial(int index, qint64 dataUntilMs) const
    {
        return cut[std::size_t(index)] || endOf(index) > dataUntilMs;
    }
};

Buckets makeBuckets(const Query& query);
qint64 localMidnight(QDate date, const QTimeZone& zone);

/// Stable names for the command line and the JSON: "day"/"week"/"month", "discourse"/"staff"/"any".
QString granularityName(Granularity g);
std::optional<Granularity> granularityFromName(QStringView name);
QString definitionName(ResponseDefinition d);
std::optional<ResponseDefinition> definitionFromName(QStringView name);

} // namespace steward::analytics
