// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/dashboardcharts.h"

#include "models/analytics/definitions.h"
#include "models/analytics/drilldown.h"
#include "models/analytics/headlines.h"
#include "models/domain/reviewable.h"
#include "ui/charts/chartexport.h"
#include "ui/charts/chartstyle.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace steward {

using namespace analytics;

namespace {

QBarCategoryAxis* categoryAxis(const QStringList& labels)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(labels);
    axis->setTruncateLabels(false);
    if (labels.size() > 8)
        axis->setLabelsAngle(-60);
    return axis;
}

/// The x axis of the time charts: buckets at 0..n-1, labelled at most about a dozen times.
QCategoryAxis* timeAxis(const QStringList& labels)
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(-0.5, std::max<double>(0.5, double(labels.size()) - 0.5));
    axis->setTruncateLabels(false);
    const qsizetype step = std::max<qsizetype>(1, (labels.size() + 11) / 12);
    for (qsizetype i = 0; i < labels.size(); i += step)
        axis->append(labels[i], double(i));
    axis->setGridLineVisible(false);
    if (labels.size() / step > 8)
        axis->setLabelsAngle(-45);
    return axis;
}

/// A line whose points in partial buckets (ActivityBucket::partial) are drawn dashed and pale:
/// each run of them is a series of its own, joined to the whole points beside it.
class SplitLine
{
public:
    explicit SplitLine(const QString& name) { m_whole->setName(name); }

    void append(double x, double y, bool partial)
    {
        const QPointF point(x, y);
        if (partial) {
            if (!m_inPart) {
                m_parts.append(new QLineSeries);
                if (m_whole->count() > 0)
                    m_parts.last()->append(m_whole->at(m_whole->count() - 1));
            }
            m_parts.last()->append(point);
        } else {
            if (m_inPart)
                m_parts.last()->append(point);
            m_whole->append(point);
        }
        m_inPart = partial;
    }

    /// Adds every series to chart on the axes; the dashed ones stay out of the legend.
    QList<QLineSeries*> addTo(QChart* chart, const QPen& pen, bool points,
                              const QList<QAbstractAxis*>& axes) const
    {
        QPen dashed = pen;
        dashed.setStyle(Qt::DashLine);
        QColor pale = pen.color();
        pale.setAlphaF(0.6);
        dashed.setColor(pale);
        QList<QLineSeries*> all{m_whole};
        all.append(m_parts);
        for (QLineSeries* s : all) {
            s->setPen(s == m_whole ? pen : dashed);
            s->setPointsVisible(points);
            chart->addSeries(s);
            for (QAbstractAxis* axis : axes)
                s->attachAxis(axis);
            if (s != m_whole)
                for (QLegendMarker* marker : chart->legend()->markers(s))
                    marker->setVisible(false);
        }
        return all;
    }

private:
    QLineSeries* m_whole = new QLineSeries;
    QList<QLineSeries*> m_parts;
    bool m_inPart = false;
};

bool isPartial(const Report& report, std::size_t bucket)
{
    return bucket < report.activity.buckets.size() && report.activity.buckets[bucket].partial;
}

QValueAxis* valueAxis(double max, const QString& title = {})
{
    auto* axis = new QValueAxis;
    axis->setRange(0, max > 0 ? max * 1.1 : 1.0);
    axis->setLabelFormat(max >= 10 || max == 0 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    axis->applyNiceNumbers();
    axis->setTitleText(title);
    return axis;
}

} // namespace

DashboardCharts::DashboardCharts(QWidget* parent)
    : QObject(parent)
    , m_parent(parent)
{
    static const char* const names[] = {
        "activityChart",     "responseTrendChart", "responseHistogramChart",
        "contributorsChart", "categoriesChart",    "flagsChart",
        "backlogChart"};
    for (int i = 0; i < ChartCount; ++i) {
        auto* view = new QChartView(parent);
        view->setObjectName(QString::fromLatin1(names[i]));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(260);
        view->setFrameShape(QFrame::StyledPanel);
        addChartMenu(view, view->objectName().chopped(5)); // "activity.png"
        m_views[std::size_t(i)] = view;
    }
}

void DashboardCharts::setChart(Chart which, QChart* chart, const QString& tooltip)
{
    QChartView* view = m_views[std::size_t(which)];
    chartstyle::apply(chart, m_parent->palette());
    QChart* old = view->chart();
    view->setChart(chart);
    view->setToolTip(tooltip);
    delete old;
}

void DashboardCharts::show(const Report& report, const Dataset& data, ContributorMetric metric,
                           bool staff)
{
    m_report = report;
    m_data = &data;
    m_labels.clear();
    for (const ActivityBucket& b : report.activity.buckets)
        m_labels.append(Headlines::bucketLabel(b.start, report.query.granularity));
    // Category axes need distinct labels: weeks of one month differ, days too; if two match
    // (a range over a year of days), the later one gets its year.
    for (qsizetype i = 1; i < m_labels.size(); ++i) {
        if (m_labels.indexOf(m_labels[i]) < i)
            m_labels[i] += QStringLiteral(" ") +
                           QString::number(report.activity.buckets[std::size_t(i)].start.year());
    }
    const MetricDefinition response = Definitions::firstResponse(report.query.definition);
    setChart(Activity, activityChart(report),
             Definitions::metric(QStringLiteral("new_topics")).definition + u'\n' +
                 Definitions::metric(QStringLiteral("posts")).definition + u'\n' +
                 Definitions::metric(QStringLiteral("active_users")).definition);
    setChart(ResponseTrend, responseTrendChart(report), response.definition);
    setChart(ResponseHistogram, histogramChart(report), response.definition);
    setChart(Contributors, contributorsChart(report, data, metric, staff),
             Definitions::metric(QStringLiteral("contributors")).definition);
    setChart(Categories, categoriesChart(report, data),
             Definitions::metric(QStringLiteral("categories")).definition);
    setChart(Flags, flagsChart(report), Definitions::metric(QStringLiteral("flags")).definition);
    setChart(Backlog, backlogChart(report),
             Definitions::metric(QStringLiteral("backlog")).definition);
}

QChart* DashboardCharts::activityChart(const Report& report)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Activity"));
    auto* topics = new QBarSet(tr("New topics"));
    SplitLine posts(tr("Posts"));
    SplitLine users(tr("Active users"));
    double maxLeft = 0;
    double maxPosts = 0;
    for (std::size_t i = 0; i < report.activity.buckets.size(); ++i) {
        const ActivityBucket& b = report.activity.buckets[i];
        const ActivityCounts& c = b.counts;
        topics->append(c.topics);
        if (b.partial)
            topics->selectBar(int(i)); // drawn pale: a bucket counted only in part
        users.append(double(i), c.activeUsers, b.partial);
        posts.append(double(i), c.posts, b.partial);
        maxLeft = std::max({maxLeft, double(c.topics), double(c.activeUsers)});
        maxPosts = std::max(maxPosts, double(c.posts));
    }
    const QPalette& palette = m_parent->palette();
    QColor barColor = chartstyle::seriesColor(palette, 0);
    topics->setColor(barColor);
    barColor.setAlphaF(0.4);
    topics->setSelectedColor(barColor);
    topics->setBorderColor(Qt::transparent);
    auto* bars = new QBarSeries;
    bars->append(topics);
    chart->addSeries(bars);
    auto* x = timeAxis(m_labels);
    auto* left = valueAxis(maxLeft, tr("topics, users"));
    auto* right = valueAxis(maxPosts, tr("posts"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(left, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(left);
    users.addTo(chart, QPen(chartstyle::seriesColor(palette, 1), 2), false, {x, left});
    posts.addTo(chart, QPen(chartstyle::seriesColor(palette, 2), 2), false, {x, right});
    connect(topics, &QBarSet::clicked, this, [this](int index) {
        if (index >= 0 && std::size_t(index) < m_report.activity.buckets.size())
            Q_EMIT topicsRequested(tr("Topics created: %1").arg(m_labels.value(index)),
                                   m_report.activity.buckets[std::size_t(index)].topics);
    });
    return chart;
}

QChart* DashboardCharts::responseTrendChart(const Report& report)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Time to first response (hours)"));
    SplitLine median(tr("Median"));
    SplitLine p90(tr("90th percentile"));
    double max = 0;
    for (std::size_t i = 0; i < report.response.buckets.size(); ++i) {
        const Summary& s = report.response.buckets[i].hours;
        if (s.count == 0)
            continue;
        const bool partial = isPartial(report, i);
        median.append(double(i), s.median, partial);
        p90.append(double(i), s.p90, partial);
        max = std::max(max, s.p90);
    }
    auto* x = timeAxis(m_labels);
    auto* y = valueAxis(max);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const QPalette& palette = m_parent->palette();
    const bool points = report.response.buckets.size() <= 40;
    for (auto [line, color] : {std::pair{&median, 0}, std::pair{&p90, 5}}) {
        for (QLineSeries* series :
             line->addTo(chart, QPen(chartstyle::seriesColor(palette, color), 2), points, {x, y}))
            connect(series, &QLineSeries::clicked, this, [this](const QPointF& point) {
                const auto index = std::size_t(std::lround(point.x()));
                if (index < m_report.activity.buckets.size())
                    Q_EMIT topicsRequested(
                        tr("Topics created: %1").arg(m_labels.value(qsizetype(index))),
                        m_report.activity.buckets[index].topics);
            });
    }
    return chart;
}

QChart* DashboardCharts::histogramChart(const Report& report)
{
    auto* chart = new QChart;
    chart->setTitle(tr("First responses by time taken"));
    auto* set = new QBarSet(tr("Topics"));
    QStringList labels;
    double max = 0;
    for (const HistogramBin& bin : report.response.histogram) {
        const auto hours = [](double h) {
            return h >= 24 ? tr("%1 d").arg(h / 24) : tr("%1 h").arg(h);
        };
        labels.append(std::isinf(bin.toHours)
                          ? tr("≥ %1").arg(hours(bin.fromHours))
                          : QStringLiteral("%1–%2").arg(hours(bin.fromHours), hours(bin.toHours)));
        set->append(bin.topics.size());
        max = std::max(max, double(bin.topics.size()));
    }
    set->setColor(chartstyle::seriesColor(m_parent->palette(), 0));
    set->setBorderColor(Qt::transparent);
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    chart->legend()->hide();
    auto* x = categoryAxis(labels);
    auto* y = valueAxis(max, tr("topics"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    connect(set, &QBarSet::clicked, this, [this, labels](int index) {
        if (index >= 0 && std::size_t(index) < m_report.response.histogram.size())
            Q_EMIT topicsRequested(tr("First response after %1").arg(labels.value(index)),
                                   m_report.response.histogram[std::size_t(index)].topics);
    });
    return chart;
}

QChart* DashboardCharts::contributorsChart(const Report& report, const Dataset& data,
                                           ContributorMetric metric, bool staff)
{
    auto* chart = new QChart;
    chart->setTitle(staff ? tr("Top staff contributors") : tr("Top community contributors"));
    const auto& list =
        (staff ? report.contributors.staff : report.contributors.community)[std::size_t(metric)];
    auto* set = new QBarSet(metric == ContributorMetric::Posts       ? tr("Posts")
                            : metric == ContributorMetric::Solutions ? tr("Solutions")
                                                                     : tr("Likes received"));
    QStringList names;
    QList<Id> users;
    double max = 0;
    // Horizontal bars run bottom-up: the first of the list goes last.
    for (auto it = list.crbegin(); it != list.crend(); ++it) {
        const UserFact* u = data.user(it->user);
        names.append(u ? u->username : QStringLiteral("#%1").arg(it->user));
        users.append(it->user);
        const int value = metric == ContributorMetric::Posts       ? it->posts
                          : metric == ContributorMetric::Solutions ? it->solutions
                                                                   : it->likes;
        set->append(value);
        max = std::max(max, double(value));
    }
    set->setColor(chartstyle::seriesColor(m_parent->palette(), staff ? 3 : 2));
    set->setBorderColor(Qt::transparent);
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    chart->legend()->hide();
    auto* y = new QBarCategoryAxis;
    y->append(names);
    y->setTruncateLabels(false);
    auto* x = valueAxis(max, set->label());
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    connect(set, &QBarSet::clicked, this, [this, users](int index) {
        if (index >= 0 && index < users.size())
            Q_EMIT userRequested(users[index]);
    });
    return chart;
}

QChart* DashboardCharts::categoriesChart(const Report& report, const Dataset& data)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Posts by category"));
    auto* pie = new QPieSeries;
    pie->setHoleSize(0.35);
    int other = 0;
    int shown = 0;
    for (const CategoryRow& row : report.categories) {
        if (row.posts == 0)
            continue;
        if (shown == 7) {
            other += row.posts;
            continue;
        }
        const CategoryFact* c = data.category(row.category);
        QPieSlice* slice = pie->append(QStringLiteral("%1 %2 %")
                                           .arg(c ? c->name : QString::number(row.category))
                                           .arg(QLocale().toString(row.postShare * 100, 'f', 0)),
                                       row.posts);
        slice->setColor(chartstyle::seriesColor(m_parent->palette(), shown));
        slice->setBorderColor(m_parent->palette().color(QPalette::Base));
        const Id category = row.category;
        const QString name = c ? c->name : QString::number(row.category);
        connect(slice, &QPieSlice::clicked, this, [this, category, name] {
            if (m_data)
                Q_EMIT topicsRequested(tr("Topics created in %1").arg(name),
                                       topicsInCategory(*m_data, m_report.query, category));
        });
        ++shown;
    }
    if (other > 0) {
        QPieSlice* slice = pie->append(tr("Other"), other);
        slice->setColor(chartstyle::seriesColor(m_parent->palette(), 6));
    }
    chart->addSeries(pie);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart* DashboardCharts::flagsChart(const Report& report)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Flags by reason and outcome"));
    auto* agreed = new QBarSet(tr("Agreed"));
    auto* disagreed = new QBarSet(tr("Disagreed"));
    auto* ignored = new QBarSet(tr("Ignored"));
    auto* pending = new QBarSet(tr("Pending"));
    QStringList reasons;
    QList<int> types;
    double max = 0;
    for (const FlagReason& r : report.flags.reasons) {
        reasons.append(Headlines::flagReason(r.scoreType, r.key));
        types.append(r.scoreType);
        agreed->append(r.agreed);
        disagreed->append(r.disagreed);
        ignored->append(r.ignored);
        pending->append(r.pending);
        max = std::max(max, double(r.count));
    }
    auto* series = new QStackedBarSeries;
    const QPalette& palette = m_parent->palette();
    int color = 0;
    for (QBarSet* set : {agreed, disagreed, ignored, pending}) {
        set->setColor(
            chartstyle::seriesColor(palette, std::array{2, 5, 6, 1}[std::size_t(color++)]));
        set->setBorderColor(Qt::transparent);
        series->append(set);
        connect(set, &QBarSet::clicked, this, [this, types, reasons](int index) {
            if (m_data && index >= 0 && index < types.size())
                Q_EMIT topicsRequested(tr("Topics flagged as %1").arg(reasons[index]),
                                       topicsFlaggedFor(*m_data, m_report.query, types[index]));
        });
    }
    chart->addSeries(series);
    auto* x = categoryAxis(reasons);
    auto* y = valueAxis(max, tr("flags"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart* DashboardCharts::backlogChart(const Report& report)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Review backlog"));
    SplitLine pending(tr("Waiting items"));
    SplitLine age(tr("Median age (hours)"));
    double maxPending = 0;
    double maxAge = 0;
    for (std::size_t i = 0; i < report.backlog.size(); ++i) {
        const bool partial = isPartial(report, i);
        pending.append(double(i), report.backlog[i].pending, partial);
        age.append(double(i), report.backlog[i].medianAgeHours, partial);
        maxPending = std::max(maxPending, double(report.backlog[i].pending));
        maxAge = std::max(maxAge, report.backlog[i].medianAgeHours);
    }
    auto* x = timeAxis(m_labels);
    auto* left = valueAxis(maxPending, tr("items"));
    auto* right = valueAxis(maxAge, tr("hours"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(left, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    const QPalette& palette = m_parent->palette();
    pending.addTo(chart, QPen(chartstyle::seriesColor(palette, 0), 2), false, {x, left});
    age.addTo(chart, QPen(chartstyle::seriesColor(palette, 1), 1), false, {x, right});
    return chart;
}

} // namespace steward
