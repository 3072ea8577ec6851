// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/presets.h"

#include "models/analytics/reporttables.h"

namespace steward::reports {

QList<ReportPreset> ReportPresets::all()
{
    using C = ReportChart;
    return {
        {QStringLiteral("full"),
         tr("Full report"),
         tr("Every KPI, table and chart of the dashboard."),
         analytics::sectionNames(),
         {C::Activity, C::ResponseTrend, C::ResponseHistogram, C::Categories, C::Contributors,
          C::Flags, C::Backlog}},
        {QStringLiteral("community-health"),
         tr("Community health"),
         tr("Activity, time to first response, solved rate, unanswered topics, categories and "
            "top contributors: how the community is doing, for a weekly or monthly review."),
         {QStringLiteral("activity"), QStringLiteral("response"), QStringLiteral("resolution"),
          QStringLiteral("unanswered"), QStringLiteral("categories"),
          QStringLiteral("contributors")},
         {C::Activity, C::ResponseTrend, C::ResponseHistogram, C::Categories, C::Contributors}},
        {QStringLiteral("moderation-activity"),
         tr("Moderation activity"),
         tr("Flags by reason and outcome, time to handle a flag, the review backlog and what each "
            "moderator resolved."),
         {QStringLiteral("flags"), QStringLiteral("backlog"), QStringLiteral("moderators")},
         {C::Flags, C::Backlog}},
        {QStringLiteral("response-by-category"),
         tr("Response times by category"),
         tr("Time to first response over the period and in each category, with the topics no "
            "response reached."),
         {QStringLiteral("response"), QStringLiteral("response_by_category")},
         {C::ResponseTrend, C::ResponseHistogram, C::ResponseByCategory}},
    };
}

std::optional<ReportPreset> ReportPresets::find(QStringView key)
{
    for (const ReportPreset& p : all()) {
        if (p.key == key)
            return p;
    }
    return std::nullopt;
}

ReportPreset ReportPresets::ofSections(const QStringList& sections)
{
    const QStringList names = analytics::expandSections(sections);
    if (names == analytics::sectionNames())
        return all().constFirst();
    ReportPreset p{names.join(u'-'), tr("Report"), {}, names, {}};
    using C = ReportChart;
    const std::pair<const char*, QList<C>> chartsOf[] = {
        {"activity", {C::Activity}},
        {"response", {C::ResponseTrend, C::ResponseHistogram}},
        {"response_by_category", {C::ResponseByCategory}},
        {"categories", {C::Categories}},
        {"contributors", {C::Contributors}},
        {"flags", {C::Flags}},
        {"backlog", {C::Backlog}}};
    for (const auto& [section, charts] : chartsOf) {
        if (names.contains(QLatin1String(section)))
            p.charts += charts;
    }
    return p;
}

QString ReportPresets::chartTitle(ReportChart chart)
{
    switch (chart) {
    case ReportChart::Activity:
        return tr("New topics and posts");
    case ReportChart::ResponseTrend:
        return tr("Time to first response (hours)");
    case ReportChart::ResponseHistogram:
        return tr("Topics by time to first response");
    case ReportChart::ResponseByCategory:
        return tr("Median time to first response by category (hours)");
    case ReportChart::Categories:
        return tr("Posts by category");
    case ReportChart::Contributors:
        return tr("Top community contributors by posts");
    case ReportChart::Flags:
        return tr("Flags by reason and outcome");
    case ReportChart::Backlog:
        return tr("Review items waiting");
    }
    return {};
}

QString ReportPresets::sectionTitle(const QString& section)
{
    const std::pair<const char*, QString> titles[] = {
        {"activity", tr("Activity")},
        {"response", tr("First response")},
        {"resolution", tr("Resolution")},
        {"unanswered", tr("Unanswered topics")},
        {"topics", tr("Most active topics")},
        {"categories", tr("Categories")},
        {"response_by_category", tr("Response times by category")},
        {"contributors", tr("Top contributors")},
        {"moderators", tr("Moderator activity")},
        {"flags", tr("Flags")},
        {"backlog", tr("Review backlog")}};
    for (const auto& [key, title] : titles) {
        if (section == QLatin1String(key))
            return title;
    }
    return section;
}

std::optional<Period> ReportPresets::periodFromName(QStringView name)
{
    if (name == u"week")
        return Period::Week;
    if (name == u"month")
        return Period::Month;
    if (name == u"quarter")
        return Period::Quarter;
    return std::nullopt;
}

QString ReportPresets::periodName(Period period)
{
    switch (period) {
    case Period::Week:
        return QStringLiteral("week");
    case Period::Month:
        return QStringLiteral("month");
    case Period::Quarter:
        return QStringLiteral("quarter");
    }
    return {};
}

std::pair<QDate, QDate> ReportPresets::lastWhole(Period period, QDate today)
{
    switch (period) {
    case Period::Week: {
        const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
        return {thisMonday.addDays(-7), thisMonday.addDays(-1)};
    }
    case Period::Month: {
        const QDate first(today.year(), today.month(), 1);
        return {first.addMonths(-1), first.addDays(-1)};
    }
    case Period::Quarter: {
        const QDate first(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        return {first.addMonths(-3), first.addDays(-1)};
    }
    }
    return {};
}

analytics::Granularity ReportPresets::granularityFor(QDate from, QDate to)
{
    const qint64 days = from.daysTo(to) + 1;
    if (days <= 31)
        return analytics::Granularity::Day;
    if (days <= 26 * 7)
        return analytics::Granularity::Week;
    return analytics::Granularity::Month;
}

} // namespace steward::reports
