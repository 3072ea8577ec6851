// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A dashboard chart saved as a picture: PNG (at twice the screen's size, for slides) or SVG
// (vectors), from the chart's context menu.
#pragma once

#include <QString>

class QChartView;

namespace steward {

/// Saves the chart as the path's suffix asks (.svg, else PNG). False with error set when the
/// file cannot be written.
bool saveChart(QChartView* view, const QString& path, QString* error);

/// Gives the view a context menu with Save as PNG… and Save as SVG…; name is the file's base.
void addChartMenu(QChartView* view, const QString& name);

} // namespace steward
