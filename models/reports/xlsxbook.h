// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to models/reports: an XLSX workbook written into memory with libxlsxwriter, its
// cell formats, and typed cells. Text a spreadsheet would run as a formula is stored as text
// with a quote prefix, so that it stays text when edited.
#pragma once

#include "models/analytics/reporttables.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <xlsxwriter.h>

namespace steward::reports {

/// The workbook and its formats; close() writes it into memory.
class XlsxBook
{
public:
    XlsxBook()
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
    ~XlsxBook()
    {
        if (m_book)
            workbook_close(m_book); // only after a failure: close() took it otherwise
        std::free(const_cast<char*>(m_buffer));
    }
    XlsxBook(const XlsxBook&) = delete;
    XlsxBook& operator=(const XlsxBook&) = delete;

    bool isValid() const { return m_book != nullptr; }

    lxw_worksheet* addSheet(const QString& name)
    {
        // Excel's rules: 31 characters, none of []:*?/\, unique. A name that breaks them
        // (a translation, say) gets "Sheet N" rather than no sheet.
        lxw_worksheet* sheet = workbook_add_worksheet(m_book, name.left(31).toUtf8().constData());
        return sheet ? sheet : workbook_add_worksheet(m_book, nullptr);
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

/// Whether a spreadsheet would run the text as a formula if it were typed in (as the CSV
/// export neutralises it).
bool looksLikeFormula(const QString& text);
void writeText(XlsxBook& b, lxw_worksheet* s, int row, int col, const QString& text,
               lxw_format* format = nullptr);
/// A typed cell: numbers as numbers, hours as [h]:mm durations, shares as per cent, dates as
/// dates.
void writeCell(XlsxBook& b, lxw_worksheet* s, int row, int col, analytics::CellKind kind,
               const QVariant& v);
/// A sheet named name: title in the first row, the column keys in the second (both frozen,
/// with a filter), the rows below.
void writeTableSheet(XlsxBook& b, const QString& name, const QString& title,
                     const analytics::ReportTable& table);

} // namespace steward::reports
