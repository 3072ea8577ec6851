// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/reports/reportdocument.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace steward {

/// What an export is to hold and how it is written.
struct ReportExportChoice
{
    QString presetKey = QStringLiteral("full");
    reports::ReportFormat format = reports::ReportFormat::Pdf;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    bool byteOrderMark = false;
};

/// Export Report: which preset, in which format, on which paper. It remembers the last choice;
/// the paper defaults to the locale's (Letter in the US and Canada, A4 elsewhere).
class ExportReportDialog : public QDialog
{
    Q_OBJECT
public:
    /// period names the report's range and category ("1 Oct – 31 Oct 2026, all categories").
    ExportReportDialog(const QString& period, QWidget* parent = nullptr);

    ReportExportChoice choice() const;
    void setChoice(const ReportExportChoice& choice);
    /// The last choice accepted, or the defaults.
    static ReportExportChoice remembered();
    static void remember(const ReportExportChoice& choice);
    /// A file name for the choice: "community-health-2026-10-01.pdf".
    static QString fileName(const ReportExportChoice& choice, QDate from);
    /// The save dialog's filter of a format ("PDF (*.pdf)").
    static QString filter(reports::ReportFormat format);

    QComboBox* presetBox() const { return m_preset; }
    QComboBox* formatBox() const { return m_format; }
    QComboBox* paperBox() const { return m_paper; }

private:
    void updateState();

    QComboBox* m_preset;
    QLabel* m_description;
    QComboBox* m_format;
    QComboBox* m_paper;
    QCheckBox* m_bom;
};

} // namespace steward
