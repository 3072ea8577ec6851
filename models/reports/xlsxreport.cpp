// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analytics/definitions.h"
#include "models/analytics/headlines.h"
#include "models/analytics/reportexport.h"
#include "models/analytics/reporttables.h"
#include "models/reports/reportdocument.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <cstdlib>
#include <memory>
#include <xlsxwriter.h>

namespace steward::reports {

namespace {

using analytics::CellKind;

/// The workbook and its formats; close() writes it into memory.
class Workbook
{
public:
    Workbook()
    {
        lxw_workbook_options options{};
        options.output_buffer = &m_buffer;
        options.output_buffer_size = &m_size;
        m_book = workbook_new_opt(nullptr, &options);
        if (!m_book)
            return;
        bold = workbook_add_format(m_book);
        format_set_bold(bold);
        title = workbook_add_format(m_book);
        format_set_bold(title);
        format_set_font_size(title, 14);
        header = workbook_add_format(m_book);
        format_set_bold(header);
        format_set_bottom(header, LXW_BORDER_THIN);
        date = workbook_add_format(m_book);
        format_set_num_format(date, "yyyy-mm-dd");
        dateTime = workbook_add_format(m_book);
        format_set_num_format(dateTime, "yyyy-mm-dd hh:mm");
        duration = workbook_add_format(m_book);
        format_set_num_format(duration, "[h]:mm");
        share = workbook_add_format(m_book);
        format_set_num_format(share, "0.0%");
        change = workbook_add_format(m_book);
        format_set_num_format(change, "+0.0%;-0.0%;0.0%");
        integer = workbook_add_format(m_book);
        format_set_num_format(integer, "0");
        number = workbook_add_format(m_book);
        format_set_num_format(number, "0.###");
        quoted = workbook_add_format(m_book);
        format_set_quote_prefix(quoted);
        wrapped = workbook_add_format(m_book);
        format_set_text_wrap(wrapped);
        format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
    }
    ~Workbook()
    {
        if (m_book)
            workbook_close(m_book); // only after a failure: close() took it otherwise
        std::free(const_cast<char*>(m_buffer));
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    bool isValid() const { return m_book != nullptr; }

    lxw_worksheet* addSheet(const QString& name)
    {
        return workbook_add_worksheet(m_book, name.left(31).toUtf8().constData());
    }

    void setProperties(const QString& docTitle, const QString& subject, const QDateTime& at)
    {
        const QByteArray t = docTitle.toUtf8();
        const QByteArray s = subject.toUtf8();
        lxw_doc_properties properties{};
        properties.title = t.constData();
        properties.subject = s.constData();
        properties.author = "Steward";
        properties.created = time_t(at.toSecsSinceEpoch());
        workbook_set_properties(m_book, &properties);
    }

    bool close(QByteArray* out, QString* error)
    {
        const lxw_error result = workbook_close(m_book);
        m_book = nullptr;
        if (result != LXW_NO_ERROR) {
            *error = QString::fromUtf8(lxw_strerror(result));
            return false;
        }
        *out = QByteArray(m_buffer, qsizetype(m_size));
        return true;
    }

    lxw_format* bold = nullptr;
    lxw_format* title = nullptr;
    lxw_format* header = nullptr;
    lxw_format* date = nullptr;
    lxw_format* dateTime = nullptr;
    lxw_format* duration = nullptr;
    lxw_format* share = nullptr;
    lxw_format* change = nullptr;
    lxw_format* integer = nullptr;
    lxw_format* number = nullptr;
    lxw_format* quoted = nullptr;
    lxw_format* wrapped = nullptr;

private:
    lxw_workbook* m_book = nullptr;
    const char* m_buffer = nullptr;
    size_t m_size = 0;
};

/// Text that a spreadsheet would run as a formula if it were typed in (as reportexport's CSV
/// neutralises it); stored as text either way, with a quote prefix so it stays text when edited.
bool looksLikeFormula(const QString& text)
{
    return !text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front());
}

void writeText(Workbook& b, lxw_worksheet* s, int row, int col, const QString& text,
               lxw_format* format = nullptr)
{
    worksheet_write_string(s, lxw_row_t(row), lxw_col_t(col), text.toUtf8().constData(),
                           looksLikeFormula(text) ? b.quoted : format);
}

lxw_datetime lxwDateTime(const QDateTime& utc)
{
    const QDate d = utc.date();
    const QTime t = utc.time();
    return {d.year(), d.month(), d.day(), t.hour(), t.minute(), double(t.second())};
}

void writeCell(Workbook& b, lxw_worksheet* s, int row, int col, CellKind kind, const QVariant& v)
{
    const auto r = lxw_row_t(row);
    const auto c = lxw_col_t(col);
    switch (kind) {
    case CellKind::Text:
        writeText(b, s, row, col, v.toString());
        return;
    case CellKind::Id:
    case CellKind::Integer:
        worksheet_write_number(s, r, c, v.toDouble(), b.integer);
        return;
    case CellKind::Number:
        worksheet_write_number(s, r, c, v.toDouble(), b.number);
        return;
    case CellKind::Hours:
        worksheet_write_number(s, r, c, v.toDouble() / 24.0, b.duration);
        return;
    case CellKind::Share:
        worksheet_write_number(s, r, c, v.toDouble(), b.share);
        return;
    case CellKind::Date: {
        lxw_datetime dt = lxwDateTime(v.toDate().startOfDay(QTimeZone::UTC));
        worksheet_write_datetime(s, r, c, &dt, b.date);
        return;
    }
    case CellKind::DateTime: {
        lxw_datetime dt = lxwDateTime(v.toDateTime().toUTC());
        worksheet_write_datetime(s, r, c, &dt, b.dateTime);
        return;
    }
    }
}

QString rangeText(const analytics::Query& q)
{
    return ReportFiles::tr("%1 to %2")
        .arg(q.from.toString(Qt::ISODate), q.to.toString(Qt::ISODate));
}

void writeSummarySheet(Workbook& b, const ReportDocument& d)
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

void writeSectionSheet(Workbook& b, const ReportDocument& d, const analytics::ReportTable& t)
{
    lxw_worksheet* s = b.addSheet(t.name);
    writeText(b, s, 0, 0,
              ReportPresets::sectionTitle(t.name) + QStringLiteral(" — ") +
                  rangeText(d.report->query),
              b.title);
    for (int c = 0; c < t.columns.size(); ++c) {
        const analytics::ReportColumn& col = t.columns[c];
        writeText(b, s, 1, c, col.key, b.header);
        const double width = col.kind == CellKind::Text       ? 36
                             : col.kind == CellKind::DateTime ? 18
                             : col.kind == CellKind::Date     ? 12
                                                              : 14;
        worksheet_set_column(s, lxw_col_t(c), lxw_col_t(c),
                             std::max<double>(width, col.key.size() + 2), nullptr);
    }
    for (int row = 0; row < t.rows.size(); ++row) {
        for (int c = 0; c < t.columns.size(); ++c)
            writeCell(b, s, row + 2, c, t.columns[c].kind, t.rows[row][c]);
    }
    worksheet_freeze_panes(s, 2, 0);
    if (!t.rows.isEmpty())
        worksheet_autofilter(s, 1, 0, lxw_row_t(t.rows.size() + 1),
                             lxw_col_t(t.columns.size() - 1));
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

void writeTotalsSheet(Workbook& b, const ReportDocument& d, const QJsonObject& json)
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

void writeParametersSheet(Workbook& b, const ReportDocument& d, const QJsonObject& json)
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
    Workbook book;
    if (!book.isValid()) {
        *error = ReportFiles::tr("the spreadsheet could not be started");
        return false;
    }
    const QJsonObject json = analytics::reportToJson(*d.report, *d.data, d.preset.sections);
    book.setProperties(d.preset.title + QStringLiteral(" — ") + d.community,
                       rangeText(d.report->query), d.generatedAt);
    writeSummarySheet(book, d);
    for (const QString& name : analytics::expandSections(d.preset.sections))
        writeSectionSheet(book, d, analytics::reportTable(name, *d.report, *d.data));
    writeTotalsSheet(book, d, json);
    writeParametersSheet(book, d, json);
    return book.close(out, error);
}

} // namespace steward::reports
