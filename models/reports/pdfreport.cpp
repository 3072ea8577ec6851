// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analytics/definitions.h"
#include "models/analytics/headlines.h"
#include "models/analytics/reporttables.h"
#include "models/reports/pdfpages.h"
#include "models/reports/reportcharts.h"
#include "models/reports/reportdocument.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace steward::reports {

namespace {

using analytics::CellKind;

using namespace pdf;

constexpr int kMaxTableRows = 40; ///< the rest are in the spreadsheet

/// Lays the report out down the pages of a PDF writer, in points (the writer's resolution is
/// 72 dpi). Painted twice: once to count the pages, once with "page n of N".
QString dateText(QDate d, const QLocale& locale)
{
    return locale.toString(d, QLocale::LongFormat);
}

void cover(PdfPages& pages, const ReportDocument& d)
{
    const analytics::Report& r = *d.report;
    const QLocale& l = d.locale;
    pages.paragraph(d.preset.title, PdfPages::font(22, true));
    pages.advance(2);
    pages.paragraph(d.community, PdfPages::font(14), kMuted);
    pages.advance(14);
    const analytics::CategoryFact* category =
        r.query.categoryId ? d.data->category(r.query.categoryId) : nullptr;
    const analytics::Query before = r.query.previous();
    pages.facts({
        {ReportFiles::tr("Period"),
         ReportFiles::tr("%1 to %2").arg(dateText(r.query.from, l), dateText(r.query.to, l))},
        {ReportFiles::tr("Compared with"),
         ReportFiles::tr("%1 to %2").arg(dateText(before.from, l), dateText(before.to, l))},
        {ReportFiles::tr("Category"),
         category ? category->name : ReportFiles::tr("All categories")},
        {ReportFiles::tr("Time zone"), QString::fromUtf8(r.query.zone.id())},
        {ReportFiles::tr("Time to first response"),
         analytics::Definitions::responseTitle(r.query.definition)},
    });
    pages.advance(6);
    if (!d.preset.description.isEmpty())
        pages.paragraph(d.preset.description, PdfPages::font(9.5), kMuted);

    pages.heading(ReportFiles::tr("Key figures"));
    QList<QStringList> rows;
    for (const analytics::Headline& h : analytics::Headlines::of(r, d.preset.sections)) {
        analytics::Headline earlier = h;
        earlier.value = h.previous;
        earlier.valueKnown = h.previous >= 0;
        rows.append(
            {h.title, analytics::Headlines::valueText(h, l),
             h.previous >= 0 ? analytics::Headlines::valueText(earlier, l) : QStringLiteral("–"),
             h.valueKnown ? analytics::Headlines::changeText(h.value, h.previous,
                                                             h.kind == CellKind::Integer, l)
                          : QString()});
    }
    paintTable(pages,
               {ReportFiles::tr("KPI"), ReportFiles::tr("This period"),
                ReportFiles::tr("Previous period"), ReportFiles::tr("Change")},
               {CellKind::Text, CellKind::Number, CellKind::Number, CellKind::Number}, rows);
    pages.advance(8);
    pages.paragraph(ReportFiles::tr("Changes of counts under 10 are given in items, not per cent. "
                                    "Definitions are on the last pages."),
                    PdfPages::font(8), kMuted);
}

void charts(PdfPages& pages, const ReportDocument& d)
{
    if (d.preset.charts.isEmpty())
        return;
    pages.newPage();
    pages.heading(ReportFiles::tr("Charts"), 15);
    const double height = 210;
    for (ReportChart chart : d.preset.charts) {
        pages.need(height + 40);
        pages.paragraph(ReportPresets::chartTitle(chart), PdfPages::font(10.5, true));
        pages.advance(6);
        QPainter& p = pages.painter();
        p.setFont(PdfPages::font(7.5));
        paintReportChart(p, QRectF(pages.left(), pages.y(), pages.width(), height), chart,
                         *d.report, *d.data, d.locale);
        pages.advance(height + 22);
    }
}

void tables(PdfPages& pages, const ReportDocument& d)
{
    pages.newPage();
    pages.heading(ReportFiles::tr("Tables"), 15);
    for (const QString& name : analytics::expandSections(d.preset.sections)) {
        const analytics::ReportTable t = analytics::reportTable(name, *d.report, *d.data);
        pages.heading(ReportPresets::sectionTitle(name), 11.5);
        paintReportTable(pages, t, kMaxTableRows);
    }
}

void definitions(PdfPages& pages, const ReportDocument& d)
{
    pages.newPage();
    pages.heading(ReportFiles::tr("Definitions"), 15);
    QStringList keys;
    for (const QString& name : analytics::expandSections(d.preset.sections))
        keys += analytics::reportTable(name, *d.report, *d.data).metrics;
    for (const QString& key : keys) {
        const analytics::MetricDefinition m =
            key == u"first_response"
                ? analytics::Definitions::firstResponse(d.report->query.definition)
                : analytics::Definitions::metric(key);
        pages.need(40);
        pages.paragraph(m.title, PdfPages::font(9.5, true));
        pages.paragraph(m.definition, PdfPages::font(9), kInk);
        pages.advance(6);
    }
    pages.paragraph(ReportFiles::tr("Conventions"), PdfPages::font(9.5, true));
    pages.paragraph(analytics::Definitions::conventions(), PdfPages::font(9));
}

} // namespace

bool renderPdf(const ReportDocument& d, QByteArray* out, QString* error)
{
    return renderPdfPages(
        d.pageSize, d.preset.title + QStringLiteral(" — ") + d.community,
        d.community + QStringLiteral(" · ") + d.preset.title, d.generatedAt, d.locale,
        [&d](PdfPages& pages) {
            cover(pages, d);
            charts(pages, d);
            tables(pages, d);
            definitions(pages, d);
        },
        out, error);
}

} // namespace steward::reports
