// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A document of tables, facts and notes (the audit trail, the transparency report) in the
// same four formats as a KPI report, with the same care: typed spreadsheet cells, formula-like
// text kept as text, a PDF with page numbers and the date of generation.
#pragma once

#include "models/analytics/reporttables.h"
#include "models/reports/reportdocument.h"

namespace steward::reports {

struct DocumentFact
{
    QString key;   ///< stable, for JSON
    QString label; ///< for people
    QString value;
};

struct DocumentNote
{
    QString heading;
    QString text;
};

struct TableDocument
{
    QString key; ///< stable: "audit-trail", "transparency"
    QString title;
    QString community;
    QDateTime generatedAt;
    QLocale locale;
    QList<DocumentFact> facts;            ///< the cover: period, filters, sources
    QList<analytics::ReportTable> tables; ///< each with a name and a title
    QList<DocumentNote> notes;            ///< method, gaps: after the tables
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    bool csvByteOrderMark = false;
    int pdfMaxRows = 500; ///< a PDF table's rows; the spreadsheet and CSV hold every one
};

class TableDocuments
{
public:
    static bool render(const TableDocument& document, ReportFormat format, QByteArray* out,
                       QString* error);
    /// Renders and saves atomically (the file is whole or untouched).
    static bool save(const TableDocument& document, ReportFormat format, const QString& path,
                     QString* error);
};

} // namespace steward::reports
