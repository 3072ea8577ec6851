// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/pdfpages.h"

#include "models/analytics/headlines.h"
#include "models/reports/reportdocument.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPdfWriter>

namespace steward::reports {

using analytics::CellKind;
using namespace pdf;

PdfPages::PdfPages(QPdfWriter& writer, QString footer, QDateTime generatedAt, QLocale locale,
                   int total)
    : m_writer(writer)
    , m_footer(std::move(footer))
    , m_generatedAt(std::move(generatedAt))
    , m_locale(std::move(locale))
    , m_total(total)
{
    m_painter.begin(&m_writer);
    m_area = QRectF(QPointF(0, 0), m_writer.pageLayout().paintRect(QPageLayout::Point).size());
    m_body = m_area.adjusted(0, 0, 0, -24); // the footer's band
    m_y = m_body.top();
    m_painter.setFont(font(9));
}

PdfPages::~PdfPages()
{
    footer();
    m_painter.end();
}

QFont PdfPages::font(double points, bool bold)
{
    QFont f(QStringLiteral("Sans Serif"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    // Without ligatures the PDF's text is the words themselves: "first", not "\uFB01rst", for
    // search and copy.
    f.setFeature(QFont::Tag("liga"), 0);
    return f;
}

void PdfPages::need(double height)
{
    if (m_y + height > m_body.bottom() && m_y > m_body.top())
        newPage();
}

void PdfPages::newPage()
{
    footer();
    m_writer.newPage();
    ++m_page;
    m_y = m_body.top();
}

double PdfPages::paragraph(const QString& text, const QFont& f, const QColor& colour, double indent)
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

void PdfPages::heading(const QString& text, double size)
{
    const QFont f = font(size, true);
    need(QFontMetricsF(f).height() * 3 + 40);
    m_y += 10;
    paragraph(text, f);
    m_y += 4;
}

void PdfPages::facts(const QList<std::pair<QString, QString>>& pairs)
{
    const QFont labelFont = font(10, true);
    const QFont valueFont = font(10);
    const QFontMetricsF labels(labelFont);
    double labelWidth = 0;
    for (const auto& pair : pairs)
        labelWidth = std::max(labelWidth, labels.horizontalAdvance(pair.first));
    labelWidth = std::min(labelWidth + 14, width() * 0.4);
    for (const auto& [label, value] : pairs) {
        const QRectF labelBox(left(), 0, labelWidth - 8, 1000);
        const QRectF valueBox(left() + labelWidth, 0, width() - labelWidth, 1000);
        m_painter.setFont(labelFont);
        const QRectF l = m_painter.boundingRect(labelBox, Qt::TextWordWrap, label);
        m_painter.setFont(valueFont);
        const QRectF v = m_painter.boundingRect(valueBox, Qt::TextWordWrap, value);
        const double height = std::max(l.height(), v.height()) + 3;
        need(height);
        m_painter.setFont(labelFont);
        m_painter.setPen(kMuted);
        m_painter.drawText(labelBox.translated(0, m_y), Qt::TextWordWrap, label);
        m_painter.setFont(valueFont);
        m_painter.setPen(kInk);
        m_painter.drawText(valueBox.translated(0, m_y), Qt::TextWordWrap, value);
        m_y += height;
    }
}

void PdfPages::footer()
{
    m_painter.save();
    m_painter.setFont(font(7.5));
    const QRectF band(m_area.left(), m_area.bottom() - 14, m_area.width(), 14);
    m_painter.setPen(QPen(kRule, 0.5));
    m_painter.drawLine(band.topLeft(), band.topRight());
    m_painter.setPen(kMuted);
    m_painter.drawText(
        band, Qt::AlignLeft | Qt::AlignBottom,
        ReportFiles::tr("%1 · generated %2")
            .arg(m_footer, m_locale.toString(m_generatedAt.toUTC(), QLocale::ShortFormat) +
                               QStringLiteral(" UTC")));
    m_painter.drawText(band, Qt::AlignRight | Qt::AlignBottom,
                       m_total > 0 ? ReportFiles::tr("Page %1 of %2").arg(m_page).arg(m_total)
                                   : ReportFiles::tr("Page %1").arg(m_page));
    m_painter.restore();
}

QString pdfCellText(const QVariant& v, CellKind kind, const QLocale& locale)
{
    if (!v.isValid())
        return QStringLiteral("–");
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

namespace {

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
    case CellKind::Integer:
        return 52;
    default:
        return 60;
    }
}

} // namespace

void paintTable(PdfPages& pages, const QStringList& headers, const QList<CellKind>& kinds,
                const QList<QStringList>& rows)
{
    QPainter& p = pages.painter();
    const QFont body = PdfPages::font(8.5);
    const QFont head = PdfPages::font(8.5, true);
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
    // Text keeps at least a fair share: numbers give up some of their room first.
    const double minText = texts * std::min(150.0, pages.width() * 0.3 / std::max(1, texts));
    if (texts > 0 && pages.width() - fixed < minText) {
        const double scale = std::max(0.7, (pages.width() - minText) / fixed);
        for (double& w : widths)
            w *= scale;
        fixed *= scale;
    }
    // A header wraps between its words, never inside one.
    for (qsizetype col = 0; col < widths.size(); ++col) {
        if (widths[col] == 0.0)
            continue;
        for (const QString& word : headers[col].split(u' ')) {
            const double needed = headMetrics.horizontalAdvance(word) + 8;
            if (needed > widths[col]) {
                fixed += needed - widths[col];
                widths[col] = needed;
            }
        }
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
        const QRectF needed = headMetrics.boundingRect(QRectF(0, 0, widths[c] - 6, 1000),
                                                       Qt::TextWordWrap, headers[c]);
        headerHeight = std::max(headerHeight, needed.height() + 5);
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

void paintReportTable(PdfPages& pages, const analytics::ReportTable& t, int maxRows)
{
    if (t.rows.isEmpty()) {
        pages.paragraph(ReportFiles::tr("Nothing in this period."), PdfPages::font(9), kMuted);
        return;
    }
    QStringList headers;
    QList<CellKind> kinds;
    for (const analytics::ReportColumn& c : t.columns) {
        if (!c.forPeople)
            continue;
        headers.append(QString(c.key).replace(u'_', u' '));
        kinds.append(c.kind);
    }
    QList<QStringList> rows;
    for (qsizetype r = 0; r < std::min<qsizetype>(t.rows.size(), maxRows); ++r) {
        QStringList cells;
        for (qsizetype c = 0; c < t.columns.size(); ++c) {
            if (t.columns[c].forPeople)
                cells.append(pdfCellText(t.rows[r][c], t.columns[c].kind, pages.locale()));
        }
        rows.append(cells);
    }
    paintTable(pages, headers, kinds, rows);
    if (t.rows.size() > maxRows) {
        pages.advance(3);
        pages.paragraph(ReportFiles::tr("… and %n more rows, in the spreadsheet and CSV exports.",
                                        nullptr, int(t.rows.size() - maxRows)),
                        PdfPages::font(8), kMuted);
    }
}

namespace {

bool renderPass(QPageSize::PageSizeId pageSize, const QString& title, const QString& footer,
                const QDateTime& generatedAt, const QLocale& locale,
                const std::function<void(PdfPages&)>& paint, int total, QByteArray* out, int* pages)
{
    QBuffer buffer(out);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(pageSize));
    writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Steward"));
    PdfPages p(writer, footer, generatedAt, locale, total);
    paint(p);
    *pages = p.page();
    return true;
}

} // namespace

bool renderPdfPages(QPageSize::PageSizeId pageSize, const QString& title, const QString& footer,
                    const QDateTime& generatedAt, const QLocale& locale,
                    const std::function<void(PdfPages&)>& paint, QByteArray* out, QString* error)
{
    int pages = 0;
    QByteArray first;
    renderPass(pageSize, title, footer, generatedAt, locale, paint, 0, &first, &pages);
    out->clear();
    int again = 0;
    renderPass(pageSize, title, footer, generatedAt, locale, paint, pages, out, &again);
    if (out->isEmpty() || again != pages) {
        *error = ReportFiles::tr("the PDF could not be laid out");
        return false;
    }
    return true;
}

} // namespace steward::reports
