// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analytics/definitions.h"
#include "models/analytics/headlines.h"
#include "models/analytics/reportexport.h"
#include "models/analytics/reporttables.h"
#include "models/reports/reportdocument.h"
#include "models/reports/xlsxbook.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <cstdlib>
#include <memory>
namespace steward::reports {

namespace {

using analytics::CellKind;

QString rangeText(const analytics::Query& q)
{
    return ReportFiles::tr("%1 to %2")
        .arg(q.from.toString(Qt::ISODate), q.to.toString(Qt::ISODate));
}

void writeSummarySheet(XlsxBook& b, const ReportDocument& d)
{
    const analytics::Report& r = *d.report;
    lxw_worksheet* s = b.addSheet(ReportFiles::tr("Summary"));
    worksheet_set_column(s, 0, 0, 42, nullptr);
    worksheet_set_column(s, 1, 3, 16, nullptr);
    writeText(b, s, 0, 0, d.preset.title + QStringLiteral(" — ") + d.community, b.title);
    const std::pair<QString, QString> facts[] = {
        {ReportFiles::tr("Period"), rangeText(r.query)},
        {ReportFiles::tr("Previous period"), rangeText(r.query.previous())},
        {ReportFiles::tr("Time zone"), QString::fromUtf8(r.query.zone.id())},
        {ReportFiles::tr("Time to first response"),
         analytics::Definitions::responseTitle(r.query.definition)},
        {ReportFiles::tr("Generated"), d.generatedAt.toUTC().toString(Qt::ISODate)}};
    int row = 1;
    for (const auto& [label, value] : facts) {
        writeText(b, s, row, 0, label, b.bold);
        writeText(b, s, row++, 1, value);
    }
    ++row;
    const int headerRow = row;
    const QString headers[] = {ReportFiles::tr("KPI"), ReportFiles::tr("This period"),
                               ReportFiles::tr("Previous period"), ReportFiles::tr("Change")};
    for (int c = 0; c < 4; ++c)
        writeText(b, s, row, c, headers[c], b.header);
    ++row;
    for (const analytics::Headline& h : analytics::Headlines::of(r, d.preset.sections)) {
        writeText(b, s, row, 0, h.title);
        if (h.valueKnown)
            writeCell(b, s, row, 1, h.kind, h.value);
        if (h.previous >= 0)
            writeCell(b, s, row, 2, h.kind, h.previous);
        if (h.valueKnown && h.previous > 0)
            worksheet_write_number(s, lxw_row_t(row), 3, (h.value - h.previous) / h.previous,
                                   b.change);
        ++row;
    }
    worksheet_freeze_panes(s, lxw_row_t(headerRow + 1), 0);
}

/// The JSON summary of each section as key paths ("response.first_response.value.median").
void flatten(const QString& path, const QJsonValue& v, QList<std::pair<QString, QJsonValue>>* out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(path + u'.' + it.key(), it.value(), out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            flatten(path + u'.' + QString::number(i), a[i], out);
    } else {
        out->append({path, v});
    }
}

void writeTotalsSheet(XlsxBook& b, const ReportDocument& d, const QJsonObject& json)
{
    lxw_worksheet* s = b.addSheet(ReportFiles::tr("Totals"));
    worksheet_set_column(s, 0, 0, 52, nullptr);
    worksheet_set_column(s, 1, 1, 14, nullptr);
    writeText(b, s, 0, 0, ReportFiles::tr("Totals and comparisons of each section"), b.title);
    writeText(b, s, 1, 0, QStringLiteral("key"), b.header);
    writeText(b, s, 1, 1, QStringLiteral("value"), b.header);
    int row = 2;
    for (const QString& name : analytics::expandSections(d.preset.sections)) {
        QJsonObject section = json.value(name).toObject();
        section.remove(QStringLiteral("rows"));
        QList<std::pair<QString, QJsonValue>> values;
        flatten(name, section, &values);
        for (const auto& [key, value] : values) {
            writeText(b, s, row, 0, key);
            if (value.isDouble())
                worksheet_write_number(s, lxw_row_t(row), 1, value.toDouble(), b.number);
            else if (value.isString())
                writeText(b, s, row, 1, value.toString());
            ++row;
        }
    }
    worksheet_freeze_panes(s, 2, 0);
}

void writeParametersSheet(XlsxBook& b, const ReportDocument& d, const QJsonObject& json)
{
    lxw_worksheet* s = b.addSheet(ReportFiles::tr("Parameters"));
    worksheet_set_column(s, 0, 0, 24, nullptr);
    worksheet_set_column(s, 1, 1, 30, nullptr);
    worksheet_set_column(s, 2, 2, 10, nullptr);
    worksheet_set_column(s, 3, 3, 90, b.wrapped);
    writeText(b, s, 0, 0, ReportFiles::tr("Parameters and definitions"), b.title);
    writeText(b, s, 1, 0, QStringLiteral("parameter"), b.header);
    writeText(b, s, 1, 1, QStringLiteral("value"), b.header);
    int row = 2;
    const QJsonObject parameters = json.value(QStringLiteral("parameters")).toObject();
    const std::pair<QString, QString> extra[] = {
        {QStringLiteral("community"), d.community},
        {QStringLiteral("preset"), d.preset.key},
        {QStringLiteral("generated_at"), d.generatedAt.toUTC().toString(Qt::ISODate)}};
    for (const auto& [key, value] : extra) {
        writeText(b, s, row, 0, key);
        writeText(b, s, row++, 1, value);
    }
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        writeText(b, s, row, 0, it.key());
        if (it.value().isDouble())
            worksheet_write_number(s, lxw_row_t(row), 1, it.value().toDouble(), b.integer);
        else
            writeText(b, s, row, 1, it.value().toString());
        ++row;
    }
    ++row;
    const QString headers[] = {QStringLiteral("key"), QStringLiteral("title"),
                               QStringLiteral("unit"), QStringLiteral("definition")};
    for (int c = 0; c < 4; ++c)
        writeText(b, s, row, c, headers[c], b.header);
    ++row;
    const QJsonObject definitions = json.value(QStringLiteral("definitions")).toObject();
    for (auto it = definitions.begin(); it != definitions.end(); ++it) {
        const QJsonObject m = it.value().toObject();
        writeText(b, s, row, 0, it.key());
        writeText(b, s, row, 1, m.value(QStringLiteral("title")).toString());
        writeText(b, s, row, 2, m.value(QStringLiteral("unit")).toString());
        writeText(b, s, row, 3, m.value(QStringLiteral("definition")).toString(), b.wrapped);
        ++row;
    }
    writeText(b, s, row, 0, QStringLiteral("conventions"));
    writeText(b, s, row, 3, json.value(QStringLiteral("conventions")).toString(), b.wrapped);
    worksheet_freeze_panes(s, 2, 0);
}

} // namespace

bool renderXlsx(const ReportDocument& d, QByteArray* out, QString* error)
{
    XlsxBook book;
    if (!book.isValid()) {
        *error = ReportFiles::tr("the spreadsheet could not be started");
        return false;
    }
    const QJsonObject json = analytics::reportToJson(*d.report, *d.data, d.preset.sections);
    book.setProperties(d.preset.title + QStringLiteral(" — ") + d.community,
                       rangeText(d.report->query), d.generatedAt);
    writeSummarySheet(book, d);
    for (const QString& name : analytics::expandSections(d.preset.sections))
        writeTableSheet(book, name,
                        ReportPresets::sectionTitle(name) + QStringLiteral(" — ") +
                            rangeText(d.report->query),
                        analytics::reportTable(name, *d.report, *d.data));
    writeTotalsSheet(book, d, json);
    writeParametersSheet(book, d, json);
    return book.close(out, error);
}

} // namespace steward::reports
