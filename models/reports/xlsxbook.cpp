// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/xlsxbook.h"

namespace steward::reports {

using analytics::CellKind;

bool looksLikeFormula(const QString& text)
{
    return !text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front());
}

void writeText(XlsxBook& b, lxw_worksheet* s, int row, int col, const QString& text,
               lxw_format* format)
{
    constexpr qsizetype kMaxCell = 32767; // Excel's limit; libxlsxwriter refuses longer
    if (text.size() > kMaxCell)
        return writeText(b, s, row, col,
                         text.left(kMaxCell - 20) + QStringLiteral(" … (truncated)"), format);
    worksheet_write_string(s, lxw_row_t(row), lxw_col_t(col), text.toUtf8().constData(),
                           looksLikeFormula(text) ? b.quoted : format);
}

namespace {

lxw_datetime lxwDateTime(const QDateTime& utc)
{
    const QDate d = utc.date();
    const QTime t = utc.time();
    return {d.year(), d.month(), d.day(), t.hour(), t.minute(), double(t.second())};
}

} // namespace

void writeCell(XlsxBook& b, lxw_worksheet* s, int row, int col, CellKind kind, const QVariant& v)
{
    if (!v.isValid())
        return; // unknown: an empty cell, never a zero
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

void writeTableSheet(XlsxBook& b, const QString& name, const QString& title,
                     const analytics::ReportTable& t)
{
    lxw_worksheet* s = b.addSheet(name);
    writeText(b, s, 0, 0, title, b.title);
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

} // namespace steward::reports
