// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A report as JSON or CSV, for stewardctl and the dashboard's export. Every export carries
// the query's parameters and the definitions of the KPIs in it.
#pragma once

#include "models/analytics/report.h"
#include "models/analytics/reporttables.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace steward::analytics {

/// The named sections (all of them for {"all"}) with "parameters", "conventions" and
/// "definitions". Unknown names are ignored; check them with sectionNames() first.
QJsonObject reportToJson(const Report& report, const Dataset& data, const QStringList& sections);

struct CsvOptions
{
    /// Starts the file with a UTF-8 byte order mark, by which Excel knows the encoding.
    bool byteOrderMark = false;
};

/// RFC 4180 CSV: each section as a table headed by a row naming it, tables apart by an empty
/// line, then a "definitions" table. Text cells that a spreadsheet would run as a formula
/// (starting with = + - @, tab or carriage return) are prefixed with an apostrophe.
QByteArray reportToCsv(const Report& report, const Dataset& data, const QStringList& sections,
                       CsvOptions options = {});

/// One CSV cell: quoted when needed, formula-like text neutralised.
QByteArray csvCell(const QString& text);

} // namespace steward::analytics
