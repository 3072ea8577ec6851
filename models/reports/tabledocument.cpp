// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/tabledocument.h"

#include "models/analytics/reportexport.h"
#include "models/reports/pdfpages.h"
#include "models/reports/xlsxbook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace steward::reports {

namespace {

using analytics::CellKind;

QString titleOf(const analytics::ReportTable& t)
{
    return t.title.isEmpty() ? t.name : t.title;
}

QJsonValue jsonCell(const QVariant& v, CellKind kind)
{
    if (!v.isValid())
        return QJsonValue::Null;
    switch (kind) {
    case CellKind::Text:
    case CellKind::Date:
    case CellKind::DateTime:
        return analytics::cellText(v);
    case CellKind::Id:
    case CellKind::Integer:
        return v.toLongLong();
    default:
        return v.toDouble();
    }
}

QByteArray toJson(const TableDocument& d)
{
    QJsonObject facts;
    for (const DocumentFact& f : d.facts)
        facts.insert(f.key, f.value);
    QJsonObject tables;
    for (const analytics::ReportTable& t : d.tables) {
        QJsonArray rows;
        for (const QVariantList& row : t.rows) {
            QJsonObject o;
            for (qsizetype c = 0; c < t.columns.size(); ++c)
                o.insert(t.columns[c].key, jsonCell(row[c], t.columns[c].kind));
            rows.append(o);
        }
        tables.insert(t.name, QJsonObject{{QStringLiteral("title"), titleOf(t)},
                                          {QStringLiteral("rows"), rows}});
    }
    QJsonArray notes;
    for (const DocumentNote& n : d.notes)
        notes.append(
            QJsonObject{{QStringLiteral("heading"), n.heading}, {QStringLiteral("text"), n.text}});
    return QJsonDocument(QJsonObject{{QStringLiteral("document"), d.key},
                                     {QStringLiteral("title"), d.title},
                                     {QStringLiteral("community"), d.community},
                                     {QStringLiteral("generated_at"),
                                      d.generatedAt.toUTC().toString(Qt::ISODate)},
                                     {QStringLiteral("facts"), facts},
                                     {QStringLiteral("tables"), tables},
                                     {QStringLiteral("notes"), notes}})
        .toJson(QJsonDocument::Indented);
}

QByteArray toCsv(const TableDocument& d)
{
    QByteArray out = d.csvByteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    const auto line = [&out](const QList<QByteArray>& cells) { out += cells.join(',') + "\r\n"; };
    for (const DocumentFact& f : d.facts)
        line({analytics::csvCell(f.key), analytics::csvCell(f.value)});
    out += "\r\n";
    for (const analytics::ReportTable& t : d.tables) {
        line({analytics::csvCell(t.name)});
        QList<QByteArray> header;
        for (const analytics::ReportColumn& c : t.columns)
            header.append(analytics::csvCell(c.key));
        line(header);
        for (const QVariantList& row : t.rows) {
            QList<QByteArray> cells;
            for (const QVariant& v : row)
                cells.append(v.typeId() == QMetaType::QString ? analytics::csvCell(v.toString())
                                                              : analytics::cellText(v).toUtf8());
            line(cells);
        }
        out += "\r\n";
    }
    for (const DocumentNote& n : d.notes)
        line({analytics::csvCell(n.heading), analytics::csvCell(n.text)});
    return out;
}

bool toXlsx(const TableDocument& d, QByteArray* out, QString* error)
{
    XlsxBook book;
    if (!book.isValid()) {
        *error = ReportFiles::tr("the spreadsheet could not be started");
        return false;
    }
    book.setProperties(d.title + QStringLiteral(" — ") + d.community, d.key, d.generatedAt);
    lxw_worksheet* about = book.addSheet(ReportFiles::tr("About"));
    worksheet_set_column(about, 0, 0, 28, nullptr);
    worksheet_set_column(about, 1, 1, 100, book.wrapped);
    writeText(book, about, 0, 0, d.title + QStringLiteral(" — ") + d.community, book.title);
    int row = 2;
    for (const DocumentFact& f : d.facts) {
        writeText(book, about, row, 0, f.label, book.bold);
        writeText(book, about, row++, 1, f.value, book.wrapped);
    }
    writeText(book, about, row, 0, ReportFiles::tr("Generated"), book.bold);
    writeText(book, about, row++, 1, d.generatedAt.toUTC().toString(Qt::ISODate));
    ++row;
    for (const DocumentNote& n : d.notes) {
        writeText(book, about, row, 0, n.heading, book.bold);
        writeText(book, about, row++, 1, n.text, book.wrapped);
    }
    for (const analytics::ReportTable& t : d.tables)
        writeTableSheet(book, t.name, titleOf(t), t);
    return book.close(out, error);
}

bool toPdf(const TableDocument& d, QByteArray* out, QString* error)
{
    return renderPdfPages(
        d.pageSize, d.title + QStringLiteral(" — ") + d.community,
        d.community + QStringLiteral(" · ") + d.title, d.generatedAt, d.locale,
        [&d](PdfPages& pages) {
            pages.paragraph(d.title, PdfPages::font(20, true));
            pages.advance(2);
            pages.paragraph(d.community, PdfPages::font(13), pdf::kMuted);
            pages.advance(12);
            QList<std::pair<QString, QString>> facts;
            for (const DocumentFact& f : d.facts)
                facts.append({f.label, f.value});
            pages.facts(facts);
            for (const analytics::ReportTable& t : d.tables) {
                pages.heading(titleOf(t), 12);
                paintReportTable(pages, t, d.pdfMaxRows);
            }
            for (const DocumentNote& n : d.notes) {
                pages.heading(n.heading, 11);
                pages.paragraph(n.text, PdfPages::font(9));
            }
        },
        out, error);
}

} // namespace

bool TableDocuments::render(const TableDocument& d, ReportFormat format, QByteArray* out,
                            QString* error)
{
    switch (format) {
    case ReportFormat::Json:
        *out = toJson(d);
        return true;
    case ReportFormat::Csv:
        *out = toCsv(d);
        return true;
    case ReportFormat::Xlsx:
        return toXlsx(d, out, error);
    case ReportFormat::Pdf:
        return toPdf(d, out, error);
    }
    return false;
}

bool TableDocuments::save(const TableDocument& d, ReportFormat format, const QString& path,
                          QString* error)
{
    QByteArray bytes;
    return render(d, format, &bytes, error) && ReportFiles::saveBytes(bytes, path, error);
}

} // namespace steward::reports
