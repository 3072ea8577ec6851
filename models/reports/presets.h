// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Report presets: each a stated set of sections (KPIs and tables) and charts, chosen by name
// from the dashboard's export, stewardctl report --preset and a schedule.
#pragma once

#include "models/analytics/query.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>
#include <utility>

namespace steward::reports {

/// The charts a report can draw, as vectors in a PDF.
enum class ReportChart
{
    Activity,           ///< topics and posts per bucket
    ResponseTrend,      ///< median and 90th percentile of first response per bucket
    ResponseHistogram,  ///< topics by time to first response
    ResponseByCategory, ///< median first response per category
    Categories,         ///< posts per category
    Contributors,       ///< top community contributors by posts
    Flags,              ///< flags by reason and outcome
    Backlog,            ///< review items waiting per bucket
};

struct ReportPreset
{
    QString key; ///< stable: "community-health", ...
    QString title;
    QString description;
    QStringList sections; ///< analytics::sectionNames() entries
    QList<ReportChart> charts;
};

/// A whole calendar period before today: the range a scheduled report covers.
enum class Period
{
    Week, ///< Monday to Sunday
    Month,
    Quarter
};

class ReportPresets
{
    Q_DECLARE_TR_FUNCTIONS(steward::reports::ReportPresets)
public:
    /// Every preset, "full" first.
    static QList<ReportPreset> all();
    static std::optional<ReportPreset> find(QStringView key);
    /// The preset of a single section ("flags"), or of every one ("all"), for a report asked
    /// for by section name.
    static ReportPreset ofSections(const QStringList& sections);
    static QString chartTitle(ReportChart chart);
    /// A section's heading ("Activity", "Flags").
    static QString sectionTitle(const QString& section);

    static std::optional<Period> periodFromName(QStringView name);
    static QString periodName(Period period);
    /// The last whole period that ended before today: [first day, last day].
    static std::pair<QDate, QDate> lastWhole(Period period, QDate today);
    /// Buckets that give a chart enough points for a range: days up to 31 days, weeks up to
    /// 26 weeks, months beyond.
    static analytics::Granularity granularityFor(QDate from, QDate to);
};

} // namespace steward::reports
