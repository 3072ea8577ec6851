// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Colours and chart themes that follow the application's palette, light or dark.
#pragma once

#include <QColor>
#include <QPalette>
#include <QtCharts/QChart>

namespace steward::chartstyle {

bool isDark(const QPalette& palette);
/// Green for a change for the better, red for the worse, readable on the palette's base.
QColor verdictColor(const QPalette& palette, bool better);
/// The n-th series colour.
QColor seriesColor(const QPalette& palette, int index);
/// Theme, background, text and axis colours from the palette; no animations. Call after the
/// chart's axes and series are added.
void apply(QChart* chart, const QPalette& palette);

} // namespace steward::chartstyle
