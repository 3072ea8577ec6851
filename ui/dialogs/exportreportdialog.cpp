// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/exportreportdialog.h"

#include "models/settings/preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace steward {

using reports::ReportFormat;

ExportReportDialog::ExportReportDialog(const QString& period, QWidget* parent)
    : QDialog(parent)
    , m_preset(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_paper(new QComboBox(this))
    , m_bom(new QCheckBox(tr("Start with a byte order mark, for Excel"), this))
{
    setWindowTitle(tr("Export Report"));
    m_preset->setObjectName(QStringLiteral("exportPreset"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_paper->setObjectName(QStringLiteral("exportPaper"));
    m_bom->setObjectName(QStringLiteral("exportBom"));
    for (const reports::ReportPreset& p : reports::ReportPresets::all())
        m_preset->addItem(p.title, p.key);
    m_format->addItem(tr("PDF, for print and reading"), int(ReportFormat::Pdf));
    m_format->addItem(tr("Spreadsheet (XLSX)"), int(ReportFormat::Xlsx));
    m_format->addItem(tr("CSV"), int(ReportFormat::Csv));
    m_format->addItem(tr("JSON"), int(ReportFormat::Json));
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_description->setMinimumWidth(fontMetrics().averageCharWidth() * 48);

    auto* form = new QFormLayout;
    form->addRow(tr("Period:"), new QLabel(period, this));
    form->addRow(tr("&Report:"), m_preset);
    form->addRow(QString(), m_description);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(QString(), m_bom);
    m_preset->setAccessibleName(tr("Report"));
    m_format->setAccessibleName(tr("Format"));
    m_paper->setAccessibleName(tr("Paper"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportReportDialog::updateState);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportReportDialog::updateState);
    setChoice(remembered());
}

ReportExportChoice ExportReportDialog::choice() const
{
    return {m_preset->currentData().toString(), ReportFormat(m_format->currentData().toInt()),
            QPageSize::PageSizeId(m_paper->currentData().toInt()), m_bom->isChecked()};
}

void ExportReportDialog::setChoice(const ReportExportChoice& c)
{
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(c.presetKey)));
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(c.format))));
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(int(c.pageSize))));
    m_bom->setChecked(c.byteOrderMark);
    updateState();
}

void ExportReportDialog::updateState()
{
    const auto preset = reports::ReportPresets::find(m_preset->currentData().toString());
    m_description->setText(preset ? preset->description : QString());
    const auto format = ReportFormat(m_format->currentData().toInt());
    m_paper->setEnabled(format == ReportFormat::Pdf);
    m_bom->setEnabled(format == ReportFormat::Csv);
}

ReportExportChoice ExportReportDialog::remembered()
{
    ReportExportChoice c;
    c.presetKey = prefs::reportPreset.get();
    const int format = prefs::reportFormat.get();
    if (format >= int(ReportFormat::Json) && format <= int(ReportFormat::Pdf))
        c.format = ReportFormat(format);
    const QLocale::Country country = QLocale().territory();
    const bool letter = country == QLocale::UnitedStates || country == QLocale::Canada ||
                        country == QLocale::Mexico || country == QLocale::Philippines;
    const int paper = prefs::reportPageSize.get();
    c.pageSize = paper == int(QPageSize::Letter) || paper == int(QPageSize::A4)
                     ? QPageSize::PageSizeId(paper)
                 : letter ? QPageSize::Letter
                          : QPageSize::A4;
    c.byteOrderMark = prefs::reportCsvBom.get();
    return c;
}

void ExportReportDialog::remember(const ReportExportChoice& c)
{
    prefs::reportPreset.set(c.presetKey);
    prefs::reportFormat.set(int(c.format));
    prefs::reportPageSize.set(int(c.pageSize));
    prefs::reportCsvBom.set(c.byteOrderMark);
}

QString ExportReportDialog::fileName(const ReportExportChoice& c, QDate from)
{
    return QStringLiteral("%1-%2.%3")
        .arg(c.presetKey, from.toString(Qt::ISODate), reports::ReportFiles::formatName(c.format));
}

QString ExportReportDialog::filter(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return tr("PDF (*.pdf)");
    case ReportFormat::Xlsx:
        return tr("Spreadsheet (*.xlsx)");
    case ReportFormat::Csv:
        return tr("CSV (*.csv)");
    case ReportFormat::Json:
        return tr("JSON (*.json)");
    }
    return {};
}

} // namespace steward
