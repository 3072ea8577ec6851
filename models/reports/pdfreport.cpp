// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analytics/definitions.h"
#include "models/analytics/headlines.h"
#include "models/analytics/reporttables.h"
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

const QColor kInk(0x23, 0x26, 0x2b);
const QColor kMuted(0x5f, 0x64, 0x6d);
const QColor kRule(0xc8, 0xcc, 0xd1);
const QColor kBand(0xf1, 0xf3, 0xf5);

constexpr int kMaxTableRows = 40; ///< the rest are in the spreadsheet

/// Lays the report out down the pages of a PDF writer, in points (the writer's resolution is
/// 72 dpi). Painted twice: once to count the pages, once with "page n of N".
class Pages
{
public:
    Pages(QPdfWriter& writer, const ReportDocument& d, int total)
        : m_writer(writer)
        , m_doc(d)
        , m_total(total)
    {
        m_painter.begin(&m_writer);
        m_area = QRectF(QPointF(0, 0), m_writer.pageLayout().paintRect(QPageLayout::Point).size());
        m_body = m_area.adjusted(0, 0, 0, -24); // the footer's band
        m_y = m_body.top();
        m_painter.setFont(font(9));
    }
    ~Pages()
    {
        footer();
        m_painter.end();
    }

    int page() const { return m_page; }
    QPainter& painter() { return m_painter; }
    double width() const { return m_body.width(); }
    double left() const { return m_body.left(); }
    double y() const { return m_y; }
    void advance(double dy) { m_y += dy; }

    static QFont font(double points, bool bold = false)
    {
        QFont f(QStringLiteral("Sans Serif"));
        f.setStyleHint(QFont::SansSerif);
        f.setPointSizeF(points);
        f.setBold(bold);
        // Without ligatures the PDF's text is the words themselves: "first", not "ﬁrst", for
        // search and copy.
        f.setFeature(QFont::Tag("liga"), 0);
        return f;
    }

    /// Starts a new page unless height fits below the current position.
    void need(double height)
    {
        if (m_y + height > m_body.bottom() && m_y > m_body.top())
            newPage();
    }
    void newPage()
    {
        footer();
        m_writer.newPage();
        ++m_page;
        m_y = m_body.top();
    }

    /// Wrapped text across the body's width; returns its height.
    double paragraph(const QString& text, const QFont& f, const QColor& colour = kInk,
                     double indent = 0)
    {
        m_painter.setFont(f);
        const QRectF box(m_body.left() + indent, 0, m_body.width() - indent, 10000);
        const QRectF needed = m_painter.boundingRect(box, Qt::TextWordWrap | Qt::AlignLeft, text);
        need(needed.height());
        m_painter.setPen(colour);
        m_painter.drawText(QRectF(box.left(), m_y, box.width(), needed.height() + 1),
                           Qt::TextWordWrap | Qt::AlignLeft, text);
        m_y += needed.height();
        return needed.height();
    }

    void heading(const QString& text, double size = 13)
    {
        const QFont f = font(size, true);
        need(QFontMetricsF(f).height() * 3 + 40); // never a heading alone at a page's foot
        m_y += 10;
        paragraph(text, f);
        m_y += 4;
    }

private:
    void footer()
    {
        m_painter.save();
        m_painter.setFont(font(7.5));
        m_painter.setPen(kMuted);
        const QRectF band(m_area.left(), m_area.bottom() - 14, m_area.width(), 14);
        m_painter.setPen(QPen(kRule, 0.5));
        m_painter.drawLine(band.topLeft(), band.topRight());
        m_painter.setPen(kMuted);
        m_painter.drawText(
            band, Qt::AlignLeft | Qt::AlignBottom,
            ReportFiles::tr("%1 · %2 · generated %3")
                .arg(m_doc.community, m_doc.preset.title,
                     m_doc.locale.toString(m_doc.generatedAt.toUTC(), QLocale::ShortFormat) +
                         QStringLiteral(" UTC")));
        m_painter.drawText(band, Qt::AlignRight | Qt::AlignBottom,
                           m_total > 0 ? ReportFiles::tr("Page %1 of %2").arg(m_page).arg(m_total)
                                       : ReportFiles::tr("Page %1").arg(m_page));
        m_painter.restore();
    }

    QPdfWriter& m_writer;
    const ReportDocument& m_doc;
    int m_total = 0;
    QPainter m_painter;
    QRectF m_area;
    QRectF m_body;
    double m_y = 0;
    int m_page = 1;
};

QString dateText(QDate d, const QLocale& locale)
{
    return locale.toString(d, QLocale::LongFormat);
}

QString cellText(const QVariant& v, CellKind kind, const QLocale& locale)
{
    switch (kind) {
    case CellKind::Text:
        return v.toString();
    case CellKind::Id:
        return QString::number(v.toLongLong());
    case CellKind::Integer:
        return locale.toString(v.toLongLong());
    case CellKind::Number:
        return locale.toString(v.toDouble(), 'f', 2);
    case CellKind::Hours:
        return analytics::Headlines::hoursText(v.toDouble(), 1, locale);
    case CellKind::Share:
        return analytics::Headlines::percentText(v.toDouble(), locale);
    case CellKind::Date:
        return locale.toString(v.toDate(), QLocale::ShortFormat);
    case CellKind::DateTime:
        return locale.toString(v.toDateTime().toUTC().date(), QLocale::ShortFormat) + u' ' +
               v.toDateTime().toUTC().time().toString(QStringLiteral("HH:mm"));
    }
    return {};
}

/// The width a column of kind needs, in points, before its header is measured.
double naturalWidth(CellKind kind)
{
    switch (kind) {
    case CellKind::Text:
        return 0; // shares what is left
    case CellKind::Id:
        return 46;
    case CellKind::Date:
        return 70;
    case CellKind::DateTime:
        return 96;
    default:
        return 60;
    }
}

/// A table with a header row and banded rows. Columns of numbers and dates take what they need;
/// text columns share the rest of the width. A table without text is only as wide as it needs.
void table(Pages& pages, const QStringList& headers, const QList<CellKind>& kinds,
           const QList<QStringList>& rows)
{
    QPainter& p = pages.painter();
    const QFont body = Pages::font(8.5);
    const QFont head = Pages::font(8.5, true);
    const double rowHeight = QFontMetricsF(body).height() + 5;
    const QFontMetricsF headMetrics(head);
    QList<double> widths;
    double fixed = 0;
    int texts = 0;
    for (qsizetype c = 0; c < kinds.size(); ++c) {
        const bool text = kinds[c] == CellKind::Text;
        // A header wider than its numbers wraps onto a second line rather than widen them.
        widths.append(text ? 0.0 : naturalWidth(kinds[c]));
        fixed += widths.last();
        texts += text ? 1 : 0;
    }
    for (double& w : widths) {
        if (w == 0.0)
            w = std::max(60.0, (pages.width() - fixed) / texts);
    }
    double tableWidth = 0;
    for (double w : widths)
        tableWidth += w;
    if (tableWidth > pages.width()) {
        for (double& w : widths)
            w *= pages.width() / tableWidth;
        tableWidth = pages.width();
    }
    double headerHeight = rowHeight;
    for (qsizetype c = 0; c < headers.size(); ++c) {
        if (headMetrics.horizontalAdvance(headers[c]) > widths[c] - 6)
            headerHeight = headMetrics.height() * 2 + 5;
    }
    const auto paintRow = [&](const QStringList& cells, bool header, bool band) {
        const double height = header ? headerHeight : rowHeight;
        pages.need(height);
        const double y = pages.y();
        if (band)
            p.fillRect(QRectF(pages.left(), y, tableWidth, rowHeight), kBand);
        p.setFont(header ? head : body);
        p.setPen(kInk);
        const QFontMetricsF fm(p.font());
        double x = pages.left();
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const double w = widths[c];
            const QRectF cell(x + 3, y, w - 6, height);
            const bool right = kinds[c] != CellKind::Text && kinds[c] != CellKind::Date &&
                               kinds[c] != CellKind::DateTime;
            const Qt::Alignment align = (right ? Qt::AlignRight : Qt::AlignLeft) |
                                        (header ? Qt::AlignBottom : Qt::AlignVCenter);
            if (header)
                p.drawText(cell, int(align) | Qt::TextWordWrap, cells[c]);
            else
                p.drawText(cell, align, fm.elidedText(cells[c], Qt::ElideRight, cell.width()));
            x += w;
        }
        if (header) {
            p.setPen(QPen(kInk, 0.6));
            p.drawLine(QPointF(pages.left(), y + height),
                       QPointF(pages.left() + tableWidth, y + height));
        }
        pages.advance(height);
    };
    pages.need(rowHeight * 3);
    paintRow(headers, true, false);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const int page = pages.page();
        pages.need(rowHeight);
        if (pages.page() != page) // a table that runs on repeats its header
            paintRow(headers, true, false);
        paintRow(rows[r], false, r % 2 == 1);
    }
}

void cover(Pages& pages, const ReportDocument& d)
{
    const analytics::Report& r = *d.report;
    const QLocale& l = d.locale;
    pages.paragraph(d.preset.title, Pages::font(22, true));
    pages.advance(2);
    pages.paragraph(d.community, Pages::font(14), kMuted);
    pages.advance(14);
    const analytics::CategoryFact* category =
        r.query.categoryId ? d.data->category(r.query.categoryId) : nullptr;
    const analytics::Query before = r.query.previous();
    const std::pair<QString, QString> facts[] = {
        {ReportFiles::tr("Period"),
         ReportFiles::tr("%1 to %2").arg(dateText(r.query.from, l), dateText(r.query.to, l))},
        {ReportFiles::tr("Compared with"),
         ReportFiles::tr("%1 to %2").arg(dateText(before.from, l), dateText(before.to, l))},
        {ReportFiles::tr("Category"),
         category ? category->name : ReportFiles::tr("All categories")},
        {ReportFiles::tr("Time zone"), QString::fromUtf8(r.query.zone.id())},
        {ReportFiles::tr("Time to first response"),
         analytics::Definitions::responseTitle(r.query.definition)},
    };
    QPainter& p = pages.painter();
    for (const auto& [label, value] : facts) {
        p.setFont(Pages::font(10, true));
        p.setPen(kMuted);
        p.drawText(QPointF(pages.left(), pages.y() + 10), label);
        p.setFont(Pages::font(10));
        p.setPen(kInk);
        p.drawText(QPointF(pages.left() + 150, pages.y() + 10), value);
        pages.advance(16);
    }
    pages.advance(6);
    if (!d.preset.description.isEmpty())
        pages.paragraph(d.preset.description, Pages::font(9.5), kMuted);

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
    table(pages,
          {ReportFiles::tr("KPI"), ReportFiles::tr("This period"),
           ReportFiles::tr("Previous period"), ReportFiles::tr("Change")},
          {CellKind::Text, CellKind::Number, CellKind::Number, CellKind::Number}, rows);
    pages.advance(8);
    pages.paragraph(ReportFiles::tr("Changes of counts under 10 are given in items, not per cent. "
                                    "Definitions are on the last pages."),
                    Pages::font(8), kMuted);
}

void charts(Pages& pages, const ReportDocument& d)
{
    if (d.preset.charts.isEmpty())
        return;
    pages.newPage();
    pages.heading(ReportFiles::tr("Charts"), 15);
    const double height = 210;
    for (ReportChart chart : d.preset.charts) {
        pages.need(height + 40);
        pages.paragraph(ReportPresets::chartTitle(chart), Pages::font(10.5, true));
        pages.advance(6);
        QPainter& p = pages.painter();
        p.setFont(Pages::font(7.5));
        paintReportChart(p, QRectF(pages.left(), pages.y(), pages.width(), height), chart,
                         *d.report, *d.data, d.locale);
        pages.advance(height + 22);
    }
}

void tables(Pages& pages, const ReportDocument& d)
{
    pages.newPage();
    pages.heading(ReportFiles::tr("Tables"), 15);
    for (const QString& name : analytics::expandSections(d.preset.sections)) {
        const analytics::ReportTable t = analytics::reportTable(name, *d.report, *d.data);
        pages.heading(ReportPresets::sectionTitle(name), 11.5);
        if (t.rows.isEmpty()) {
            pages.paragraph(ReportFiles::tr("Nothing in this period."), Pages::font(9), kMuted);
            continue;
        }
        QStringList headers;
        QList<CellKind> kinds;
        for (const analytics::ReportColumn& c : t.columns) {
            headers.append(QString(c.key).replace(u'_', u' '));
            kinds.append(c.kind);
        }
        QList<QStringList> rows;
        for (qsizetype r = 0; r < std::min<qsizetype>(t.rows.size(), kMaxTableRows); ++r) {
            QStringList cells;
            for (qsizetype c = 0; c < t.columns.size(); ++c)
                cells.append(cellText(t.rows[r][c], kinds[c], d.locale));
            rows.append(cells);
        }
        table(pages, headers, kinds, rows);
        if (t.rows.size() > kMaxTableRows)
            pages.paragraph(ReportFiles::tr("… and %n more rows, in the spreadsheet and CSV "
                                            "exports.",
                                            nullptr, int(t.rows.size() - kMaxTableRows)),
                            Pages::font(8), kMuted);
    }
}

void definitions(Pages& pages, const ReportDocument& d)
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
        pages.paragraph(m.title, Pages::font(9.5, true));
        pages.paragraph(m.definition, Pages::font(9), kInk);
        pages.advance(6);
    }
    pages.paragraph(ReportFiles::tr("Conventions"), Pages::font(9.5, true));
    pages.paragraph(analytics::Definitions::conventions(), Pages::font(9));
}

/// The whole document on writer; returns the number of pages.
int paint(QPdfWriter& writer, const ReportDocument& d, int total)
{
    Pages pages(writer, d, total);
    cover(pages, d);
    charts(pages, d);
    tables(pages, d);
    definitions(pages, d);
    return pages.page();
}

bool renderPass(const ReportDocument& d, int total, QByteArray* out, int* pages)
{
    QBuffer buffer(out);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(d.pageSize));
    writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    writer.setTitle(d.preset.title + QStringLiteral(" — ") + d.community);
    writer.setCreator(QStringLiteral("Steward"));
    *pages = paint(writer, d, total);
    return true;
}

} // namespace

bool renderPdf(const ReportDocument& d, QByteArray* out, QString* error)
{
    int pages = 0;
    QByteArray first;
    renderPass(d, 0, &first, &pages);
    out->clear();
    int again = 0;
    renderPass(d, pages, out, &again);
    if (out->isEmpty() || again != pages) {
        *error = ReportFiles::tr("the PDF could not be laid out");
        return false;
    }
    return true;
}

} // namespace steward::reports
