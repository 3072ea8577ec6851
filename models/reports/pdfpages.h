// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to models/reports: laying a document out down the pages of a PDF, in points, with a
// footer of "page n of N" and the date of generation on every page; and tables on those pages.
#pragma once

#include "models/analytics/reporttables.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QRectF>

#include <functional>

class QPdfWriter;

namespace steward::reports {

namespace pdf {
inline const QColor kInk(0x23, 0x26, 0x2b);
inline const QColor kMuted(0x5f, 0x64, 0x6d);
inline const QColor kRule(0xc8, 0xcc, 0xd1);
inline const QColor kBand(0xf1, 0xf3, 0xf5);
} // namespace pdf

/// The pages of one pass over a document. The writer's resolution is 72 dpi, so painter units
/// are points. Painted twice: once to count the pages, once with "page n of N".
class PdfPages
{
public:
    /// footer: the left of each page's footer ("community · report"); total: the page count
    /// (0 in the counting pass).
    PdfPages(QPdfWriter& writer, QString footer, QDateTime generatedAt, QLocale locale, int total);
    ~PdfPages();
    PdfPages(const PdfPages&) = delete;
    PdfPages& operator=(const PdfPages&) = delete;

    int page() const { return m_page; }
    QPainter& painter() { return m_painter; }
    double width() const { return m_body.width(); }
    double left() const { return m_body.left(); }
    double y() const { return m_y; }
    void advance(double dy) { m_y += dy; }
    const QLocale& locale() const { return m_locale; }

    /// The report's sans-serif face, without ligatures (the text stays searchable).
    static QFont font(double points, bool bold = false);

    /// Starts a new page unless height fits below the current position.
    void need(double height);
    void newPage();
    /// Wrapped text across the body's width; returns its height.
    double paragraph(const QString& text, const QFont& f, const QColor& colour = pdf::kInk,
                     double indent = 0);
    /// A bold heading, never left alone at a page's foot.
    void heading(const QString& text, double size = 13);
    /// Label and value pairs in two columns (a cover's facts).
    void facts(const QList<std::pair<QString, QString>>& pairs);

private:
    void footer();

    QPdfWriter& m_writer;
    QString m_footer;
    QDateTime m_generatedAt;
    QLocale m_locale;
    int m_total = 0;
    QPainter m_painter;
    QRectF m_area;
    QRectF m_body;
    double m_y = 0;
    int m_page = 1;
};

/// A cell as a reader sees it: numbers in the locale, hours as "3.5 h", shares as "42 %".
QString pdfCellText(const QVariant& v, analytics::CellKind kind, const QLocale& locale);

/// A table with a header row (repeated on each page it runs onto) and banded rows. Columns of
/// numbers and dates take what they need; text columns share the rest.
void paintTable(PdfPages& pages, const QStringList& headers,
                const QList<analytics::CellKind>& kinds, const QList<QStringList>& rows);
/// A report table with column keys as headers and at most maxRows rows, then a line saying
/// how many more there are.
void paintReportTable(PdfPages& pages, const analytics::ReportTable& table, int maxRows);

/// The document painted twice on a writer of the page size (the first pass counts pages).
bool renderPdfPages(QPageSize::PageSizeId pageSize, const QString& title, const QString& footer,
                    const QDateTime& generatedAt, const QLocale& locale,
                    const std::function<void(PdfPages&)>& paint, QByteArray* out, QString* error);

} // namespace steward::reports
