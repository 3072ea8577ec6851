// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A report's charts drawn with QPainter, so that on a PDF or SVG device they stay vectors.
// They are drawn for paper: dark on white, whatever the desktop's colours.
#pragma once

#include "models/analytics/report.h"
#include "models/reports/presets.h"

#include <QLocale>
#include <QRectF>

class QPainter;

namespace steward::reports {

/// Paints chart into rect: its legend, axes and data. Buckets that count only part of their
/// day, week or month are drawn pale (bars) or dashed (lines).
void paintReportChart(QPainter& painter, const QRectF& rect, ReportChart chart,
                      const analytics::Report& report, const analytics::Dataset& data,
                      const QLocale& locale);

} // namespace steward::reports
