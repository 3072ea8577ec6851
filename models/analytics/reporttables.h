// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A report's sections as typed tables: every export format (JSON, CSV, XLSX, PDF) writes the
// same rows, so the formats cannot disagree on a number.
#pragma once

#include "models/analytics/report.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace steward::analytics {

/// What a column holds. The cell's QVariant is a QString (Text), an integer (Integer, Id), a
/// double (Number, Hours, Share 0..1), a QDate (Date) or a UTC QDateTime (DateTime).
enum class CellKind
{
    Text,
    Id,
    Integer,
    Number,
    Hours,
    Share,
    Date,
    DateTime
};

struct ReportColumn
{
    QString key; ///< stable, as in the JSON
    CellKind kind = CellKind::Text;
    /// False for a stable key beside a column that says the same in words: printed reports
    /// leave it out; spreadsheets, CSV and JSON keep it.
    bool forPeople = true;
};

struct ReportTable
{
    QString name;  ///< the section, one of sectionNames(); or another table's stable name
    QString title; ///< for people; empty for a report's sections (ReportPresets::sectionTitle)
    QList<ReportColumn> columns;
    QList<QVariantList> rows;
    QJsonObject summary; ///< JSON only: the section's totals and comparisons
    QStringList metrics; ///< definition keys the section reports
};

/// The report sections by name, in order: activity, response, resolution, unanswered, topics,
/// categories, response_by_category, contributors, moderators, flags, backlog.
QStringList sectionNames();

/// The known names of sections, in the order given, without repeats; {"all"} is every one.
QStringList expandSections(const QStringList& sections);

/// One section's table; name must be one of sectionNames().
ReportTable reportTable(const QString& name, const Report& report, const Dataset& data);

/// A cell as text in the JSON's and CSV's form: dates and times ISO 8601 (UTC with Z),
/// numbers in C locale.
QString cellText(const QVariant& cell);

/// Rounded to three decimals, 0 for a value that is not finite: how every export writes hours
/// and shares.
double roundedValue(double v);

} // namespace steward::analytics
