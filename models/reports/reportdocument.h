// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A computed report ready to be written in one of the formats people hand on: JSON and CSV for
// machines, XLSX for spreadsheets, PDF for print. Each format writes the same tables
// (analytics/reporttables.h) and states the parameters and definitions.
#pragma once

#include "models/analytics/report.h"
#include "models/reports/presets.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPageSize>

#include <optional>

namespace steward::reports {

enum class ReportFormat
{
    Json,
    Csv,
    Xlsx,
    Pdf
};

struct ReportDocument
{
    const analytics::Report* report = nullptr;
    const analytics::Dataset* data = nullptr;
    ReportPreset preset;
    QString community; ///< the forum's name or address, for the cover and the file's title
    QDateTime generatedAt;
    QPageSize::PageSizeId pageSize = QPageSize::A4; ///< PDF: A4 or Letter
    bool csvByteOrderMark = false;
    QLocale locale; ///< PDF: how numbers and dates read
};

class ReportFiles
{
    Q_DECLARE_TR_FUNCTIONS(steward::reports::ReportFiles)
public:
    static std::optional<ReportFormat> formatFromName(QStringView name);
    static QString formatName(ReportFormat format);
    /// The format a file name's suffix asks for; nullopt for an unknown suffix.
    static std::optional<ReportFormat> formatOfPath(const QString& path);
    /// The document's bytes in the format; false with a reason on failure.
    static bool render(const ReportDocument& document, ReportFormat format, QByteArray* out,
                       QString* error);
    /// Renders and saves atomically (the file is whole or untouched).
    static bool save(const ReportDocument& document, ReportFormat format, const QString& path,
                     QString* error);
    /// Writes bytes to path atomically; false with the reason.
    static bool saveBytes(const QByteArray& bytes, const QString& path, QString* error);
};

/// XLSX: a summary sheet, one sheet per section with frozen header rows, the sections' totals,
/// and the parameters with the definitions. Cells are typed (numbers, dates, durations, shares);
/// text that a spreadsheet would read as a formula is stored as text with a quote prefix.
bool renderXlsx(const ReportDocument& document, QByteArray* out, QString* error);

/// PDF: a cover with the community, range and definitions used and the KPI table against the
/// previous period; the preset's charts as vectors; its tables; the definitions. Every page
/// carries its number and the date of generation.
bool renderPdf(const ReportDocument& document, QByteArray* out, QString* error);

} // namespace steward::reports
