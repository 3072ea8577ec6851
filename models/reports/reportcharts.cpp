// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/reportcharts.h"

#include "models/analytics/headlines.h"
#include "models/analytics/reporttables.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace steward::reports {

namespace {

struct Series
{
    QString name;
    QList<double> values;
    QColor colour;
};

/// What one chart shows: bars side by side (or stacked) and lines over the same labels.
struct ChartData
{
    QStringList labels;
    QList<Series> bars;
    QList<Series> lines;
    QList<bool> partial; ///< by label
    bool stacked = false;
    bool horizontal = false; ///< labels down the left, bars to the right
};

const QColor kInk(0x23, 0x26, 0x2b);
const QColor kGrid(0xd5, 0xd8, 0xdc);
const QColor kBlue(0x2f, 0x6f, 0xb3);
const QColor kOrange(0xd9, 0x7a, 0x1e);
const QColor kGreen(0x3f, 0x8f, 0x4f);
const QColor kRed(0xc0, 0x44, 0x33);
const QColor kGrey(0x8a, 0x8f, 0x98);

QColor pale(QColor c)
{
    c.setAlphaF(0.35f);
    return c;
}

/// A round upper bound for an axis: 1, 2, 2.5 or 5 times a power of ten.
double niceMax(double value)
{
    if (value <= 0)
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (value <= step * magnitude)
            return step * magnitude;
    }
    return 10.0 * magnitude;
}

QString axisNumber(double v, const QLocale& locale)
{
    return locale.toString(v, 'f', v == std::round(v) ? 0 : 1);
}

double maxOf(const ChartData& c)
{
    double top = 0.0;
    for (qsizetype i = 0; i < c.labels.size(); ++i) {
        double stack = 0.0;
        for (const Series& s : c.bars) {
            const double v = s.values.value(i);
            stack = c.stacked ? stack + v : std::max(stack, v);
        }
        top = std::max(top, stack);
        for (const Series& s : c.lines)
            top = std::max(top, s.values.value(i));
    }
    return niceMax(top);
}

/// The legend across the top; returns its height.
double paintLegend(QPainter& p, const QRectF& rect, const ChartData& c)
{
    if (c.bars.size() + c.lines.size() < 2)
        return 0.0; // the chart's title names its only series
    const QFontMetricsF fm(p.font());
    double x = rect.left();
    for (const QList<Series>* group : {&c.bars, &c.lines}) {
        for (const Series& s : *group) {
            if (group == &c.lines)
                p.fillRect(QRectF(x, rect.top() + fm.height() / 2 - 1, 12, 2.5), s.colour);
            else
                p.fillRect(QRectF(x, rect.top() + 2, 10, fm.height() - 4), s.colour);
            x += 15;
            p.setPen(kInk);
            p.drawText(QPointF(x, rect.top() + fm.ascent()), s.name);
            x += fm.horizontalAdvance(s.name) + 14;
        }
    }
    return fm.height() + 6;
}

void paintVertical(QPainter& p, const QRectF& area, const ChartData& c, const QLocale& locale)
{
    const QFontMetricsF fm(p.font());
    const double top = maxOf(c);
    const int ticks = 4;
    double labelWidth = 0;
    for (int i = 0; i <= ticks; ++i)
        labelWidth =
            std::max(labelWidth, fm.horizontalAdvance(axisNumber(top * i / ticks, locale)));
    const QRectF plot(area.left() + labelWidth + 6, area.top() + fm.height() / 2,
                      area.width() - labelWidth - 6, area.height() - fm.height() * 2);
    const auto yOf = [&](double v) { return plot.bottom() - v / top * plot.height(); };
    for (int i = 0; i <= ticks; ++i) {
        const double v = top * i / ticks;
        p.setPen(QPen(kGrid, 0.5));
        p.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        p.setPen(kInk);
        p.drawText(QRectF(area.left(), yOf(v) - fm.height() / 2, labelWidth, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, axisNumber(v, locale));
    }
    const qsizetype n = c.labels.size();
    if (n == 0)
        return;
    const double slot = plot.width() / double(n);
    const double groupWidth = slot * 0.75;
    const qsizetype perGroup = c.stacked ? 1 : std::max<qsizetype>(1, c.bars.size());
    for (qsizetype i = 0; i < n; ++i) {
        const double x0 = plot.left() + slot * double(i) + (slot - groupWidth) / 2;
        double base = 0.0;
        for (qsizetype s = 0; s < c.bars.size(); ++s) {
            const double v = c.bars[s].values.value(i);
            const double w = groupWidth / double(perGroup);
            const double x = c.stacked ? x0 : x0 + w * double(s);
            const QRectF bar(QPointF(x, yOf(base + v)), QPointF(x + w, yOf(base)));
            const bool partial = c.partial.value(i);
            p.fillRect(bar, partial ? pale(c.bars[s].colour) : c.bars[s].colour);
            if (partial) {
                p.setPen(QPen(c.bars[s].colour, 0.6, Qt::DashLine));
                p.drawRect(bar);
            }
            if (c.stacked)
                base += v;
        }
    }
    for (const Series& s : c.lines) {
        for (qsizetype i = 0; i + 1 < n; ++i) {
            const bool dashed = c.partial.value(i) || c.partial.value(i + 1);
            p.setPen(QPen(s.colour, 1.6, dashed ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(plot.left() + slot * (double(i) + 0.5), yOf(s.values.value(i))),
                       QPointF(plot.left() + slot * (double(i) + 1.5), yOf(s.values.value(i + 1))));
        }
        if (n == 1) {
            p.setBrush(s.colour);
            p.drawEllipse(QPointF(plot.left() + slot / 2, yOf(s.values.value(0))), 2, 2);
            p.setBrush(Qt::NoBrush);
        }
    }
    p.setPen(QPen(kInk, 0.8));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    // As many labels as fit, evenly spaced, always the first.
    double widest = 0;
    for (const QString& l : c.labels)
        widest = std::max(widest, fm.horizontalAdvance(l));
    const qsizetype every = std::max<qsizetype>(1, qsizetype(std::ceil((widest + 8) / slot)));
    for (qsizetype i = 0; i < n; i += every) {
        const double cx = plot.left() + slot * (double(i) + 0.5);
        p.drawText(QRectF(cx - widest, plot.bottom() + 2, widest * 2, fm.height()),
                   Qt::AlignHCenter | Qt::AlignTop, c.labels[i]);
    }
}

void paintHorizontal(QPainter& p, const QRectF& area, const ChartData& c, const QLocale& locale)
{
    const QFontMetricsF fm(p.font());
    const qsizetype n = c.labels.size();
    if (n == 0)
        return;
    const double labelWidth = area.width() * 0.32;
    const double valueWidth = fm.horizontalAdvance(QStringLiteral("00,000.0"));
    const QRectF plot(area.left() + labelWidth + 6, area.top(),
                      area.width() - labelWidth - 6 - valueWidth, area.height());
    const double top = maxOf(c);
    const double slot = plot.height() / double(n);
    const double barHeight = std::min(slot * 0.7, fm.height() * 1.2);
    for (qsizetype i = 0; i < n; ++i) {
        const double cy = plot.top() + slot * (double(i) + 0.5);
        p.setPen(kInk);
        p.drawText(QRectF(area.left(), cy - fm.height() / 2, labelWidth, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(c.labels[i], Qt::ElideRight, labelWidth));
        double base = 0.0;
        for (const Series& s : c.bars) {
            const double v = s.values.value(i);
            const QRectF bar(plot.left() + base / top * plot.width(), cy - barHeight / 2,
                             v / top * plot.width(), barHeight);
            p.fillRect(bar, s.colour);
            base = c.stacked ? base + v : std::max(base, v);
        }
        p.setPen(kInk);
        p.drawText(QRectF(plot.left() + base / top * plot.width() + 4, cy - fm.height() / 2,
                          valueWidth, fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, axisNumber(base, locale));
    }
    p.setPen(QPen(kInk, 0.8));
    p.drawLine(plot.topLeft(), plot.bottomLeft());
}

ChartData chartData(ReportChart chart, const analytics::Report& r, const analytics::Dataset& d,
                    const QLocale& locale)
{
    ChartData c;
    const analytics::Granularity g = r.query.granularity;
    for (const analytics::ActivityBucket& b : r.activity.buckets) {
        c.labels.append(analytics::Headlines::bucketLabel(b.start, g, locale));
        c.partial.append(b.partial);
    }
    const auto category = [&](Id id) {
        const analytics::CategoryFact* f = d.category(id);
        return f ? f->name : QString::number(id);
    };
    switch (chart) {
    case ReportChart::Activity: {
        Series posts{ReportPresets::tr("Posts"), {}, kBlue};
        Series topics{ReportPresets::tr("New topics"), {}, kOrange};
        for (const analytics::ActivityBucket& b : r.activity.buckets) {
            posts.values.append(b.counts.posts);
            topics.values.append(b.counts.topics);
        }
        c.bars = {posts};
        c.lines = {topics};
        break;
    }
    case ReportChart::ResponseTrend: {
        Series median{ReportPresets::tr("Median"), {}, kBlue};
        Series p90{ReportPresets::tr("90th percentile"), {}, kOrange};
        for (const analytics::ResponseBucket& b : r.response.buckets) {
            median.values.append(b.hours.median);
            p90.values.append(b.hours.p90);
        }
        c.lines = {median, p90};
        break;
    }
    case ReportChart::ResponseHistogram: {
        c.labels.clear();
        c.partial.clear();
        Series topics{ReportPresets::tr("Topics"), {}, kBlue};
        for (const analytics::HistogramBin& bin : r.response.histogram) {
            c.labels.append(
                std::isinf(bin.toHours)
                    ? ReportPresets::tr("%1 h+").arg(axisNumber(bin.fromHours, locale))
                    : ReportPresets::tr("%1–%2 h").arg(axisNumber(bin.fromHours, locale),
                                                       axisNumber(bin.toHours, locale)));
            topics.values.append(double(bin.topics.size()));
        }
        c.bars = {topics};
        break;
    }
    case ReportChart::ResponseByCategory:
    case ReportChart::Categories:
    case ReportChart::Contributors: {
        c.labels.clear();
        c.partial.clear();
        c.horizontal = true;
        Series values{{}, {}, kBlue};
        if (chart == ReportChart::ResponseByCategory) {
            for (const analytics::CategoryResponse& row : r.responseByCategory) {
                if (row.hours.count == 0 || c.labels.size() == 12)
                    continue;
                c.labels.append(category(row.category));
                values.values.append(analytics::roundedValue(row.hours.median));
            }
        } else if (chart == ReportChart::Categories) {
            for (const analytics::CategoryRow& row : r.categories) {
                if (c.labels.size() == 12)
                    break;
                c.labels.append(category(row.category));
                values.values.append(row.posts);
            }
        } else {
            for (const analytics::Contributor& who :
                 r.contributors.community[std::size_t(analytics::ContributorMetric::Posts)]) {
                const analytics::UserFact* u = d.user(who.user);
                c.labels.append(u ? u->username : QString::number(who.user));
                values.values.append(who.posts);
            }
        }
        c.bars = {values};
        break;
    }
    case ReportChart::Flags: {
        c.labels.clear();
        c.partial.clear();
        c.horizontal = true;
        c.stacked = true;
        Series agreed{ReportPresets::tr("Agreed"), {}, kGreen};
        Series disagreed{ReportPresets::tr("Disagreed"), {}, kRed};
        Series ignored{ReportPresets::tr("Ignored"), {}, kGrey};
        Series pending{ReportPresets::tr("Pending"), {}, kOrange};
        for (const analytics::FlagReason& f : r.flags.reasons) {
            c.labels.append(analytics::Headlines::flagReason(f.scoreType, f.key));
            agreed.values.append(f.agreed);
            disagreed.values.append(f.disagreed);
            ignored.values.append(f.ignored);
            pending.values.append(f.pending);
        }
        c.bars = {agreed, disagreed, ignored, pending};
        break;
    }
    case ReportChart::Backlog: {
        Series waiting{ReportPresets::tr("Waiting"), {}, kBlue};
        for (const analytics::BacklogPoint& b : r.backlog)
            waiting.values.append(b.pending);
        c.bars = {waiting};
        break;
    }
    }
    return c;
}

} // namespace

void paintReportChart(QPainter& p, const QRectF& rect, ReportChart chart,
                      const analytics::Report& report, const analytics::Dataset& data,
                      const QLocale& locale)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const ChartData c = chartData(chart, report, data, locale);
    const double legend = c.horizontal && !c.stacked ? 0.0 : paintLegend(p, rect, c);
    const QRectF area = rect.adjusted(0, legend, 0, 0);
    if (c.labels.isEmpty()) {
        p.setPen(kGrey);
        p.drawText(area, Qt::AlignCenter, ReportPresets::tr("Nothing in this period."));
    } else if (c.horizontal) {
        paintHorizontal(p, area, c, locale);
    } else {
        paintVertical(p, area, c, locale);
    }
    p.restore();
}

} // namespace steward::reports
