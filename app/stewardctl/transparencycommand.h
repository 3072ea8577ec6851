// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/reports/reportdocument.h"

#include <QDate>
#include <QTimeZone>

#include <optional>

namespace steward::cli {

/// stewardctl report --preset transparency: what was asked for.
struct TransparencyRequest
{
    QString databasePath;
    QDate from;
    QDate to;
    QTimeZone zone;
    QString groundsPath; ///< a JSON file of flag reason -> "illegal"|"terms"; empty: defaults
    QString community;
    reports::ReportFormat format = reports::ReportFormat::Json;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    bool byteOrderMark = false;
};

/// The report's bytes; nullopt with the exit code set and the reason said on stderr.
std::optional<QByteArray> transparencyReport(const TransparencyRequest& request, int* exitCode);

} // namespace steward::cli
