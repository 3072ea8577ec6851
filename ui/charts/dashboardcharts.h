// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/analytics/report.h"

#include <QObject>

#include <array>

class QChart;
class QChartView;

namespace steward {

/// The dashboard's charts, rebuilt from each report. Every bar, slice and point that stands
/// for topics or a user asks for them through topicsRequested() or userRequested().
class DashboardCharts : public QObject
{
    Q_OBJECT
public:
    enum Chart
    {
        Activity,
        ResponseTrend,
        ResponseHistogram,
        Contributors,
        Categories,
        Flags,
        Backlog,
        ChartCount
    };

    explicit DashboardCharts(QWidget* parent);
    QChartView* view(Chart chart) const { return m_views[std::size_t(chart)]; }
    /// Rebuilds every chart; contributors by metric, staff or community.
    void show(const analytics::Report& report, const analytics::Dataset& data,
              analytics::ContributorMetric metric, bool staff);
    /// The bucket labels of the last report ("3 Mar", "Mar 2026", ...).
    QStringList bucketLabels() const { return m_labels; }

Q_SIGNALS:
    void topicsRequested(const QString& title, const QList<steward::Id>& topics);
    void userRequested(steward::Id user);

private:
    void setChart(Chart which, QChart* chart, const QString& tooltip);
    QChart* activityChart(const analytics::Report& report);
    QChart* responseTrendChart(const analytics::Report& report);
    QChart* histogramChart(const analytics::Report& report);
    QChart* contributorsChart(const analytics::Report& report, const analytics::Dataset& data,
                              analytics::ContributorMetric metric, bool staff);
    QChart* categoriesChart(const analytics::Report& report, const analytics::Dataset& data);
    QChart* flagsChart(const analytics::Report& report);
    QChart* backlogChart(const analytics::Report& report);

    QWidget* m_parent;
    std::array<QChartView*, ChartCount> m_views{};
    QStringList m_labels;
    analytics::Report m_report; ///< what the charts show, for their drill-downs
    const analytics::Dataset* m_data = nullptr;
};

} // namespace steward
