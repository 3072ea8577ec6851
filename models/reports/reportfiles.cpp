// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analytics/reportexport.h"
#include "models/reports/reportdocument.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace steward::reports {

std::optional<ReportFormat> ReportFiles::formatFromName(QStringView name)
{
    for (ReportFormat f :
         {ReportFormat::Json, ReportFormat::Csv, ReportFormat::Xlsx, ReportFormat::Pdf}) {
        if (formatName(f) == name.toString().toLower())
            return f;
    }
    return std::nullopt;
}

QString ReportFiles::formatName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Json:
        return QStringLiteral("json");
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

std::optional<ReportFormat> ReportFiles::formatOfPath(const QString& path)
{
    return formatFromName(QFileInfo(path).suffix());
}

bool ReportFiles::render(const ReportDocument& d, ReportFormat format, QByteArray* out,
                         QString* error)
{
    switch (format) {
    case ReportFormat::Json:
        *out = QJsonDocument(analytics::reportToJson(*d.report, *d.data, d.preset.sections))
                   .toJson(QJsonDocument::Indented);
        return true;
    case ReportFormat::Csv:
        *out = analytics::reportToCsv(*d.report, *d.data, d.preset.sections,
                                      {.byteOrderMark = d.csvByteOrderMark});
        return true;
    case ReportFormat::Xlsx:
        return renderXlsx(d, out, error);
    case ReportFormat::Pdf:
        return renderPdf(d, out, error);
    }
    return false;
}

bool ReportFiles::save(const ReportDocument& d, ReportFormat format, const QString& path,
                       QString* error)
{
    QByteArray bytes;
    return render(d, format, &bytes, error) && saveBytes(bytes, path, error);
}

bool ReportFiles::saveBytes(const QByteArray& bytes, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace steward::reports
