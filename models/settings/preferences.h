// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every preference Steward keeps, with its key and default. The account list (accounts.h),
// saved queue views (models/items/savedviews.h) and the case system (CaseTarget::load) keep
// structured values of their own under "accounts", "queue/views" and "cases".
#pragma once

#include "models/settings/setting.h"

#include <QByteArray>

namespace steward::prefs {

/// The main window's size and position (QWidget::saveGeometry()) and its toolbars
/// (QMainWindow::saveState()).
inline const Setting<QByteArray> windowGeometry{QStringLiteral("window/geometry"), {}};
inline const Setting<QByteArray> windowState{QStringLiteral("window/state"), {}};
/// The pane shown last (MainWindow::Pane as a number).
inline const Setting<int> windowPane{QStringLiteral("window/pane"), 0};

/// A splitter's sizes (QSplitter::saveState()), by the splitter's object name.
inline Setting<QByteArray> splitterState(const QString& objectName)
{
    return {QStringLiteral("layout/%1").arg(objectName), {}};
}

/// The colour scheme (ColourScheme in ui/widgets/colourschemes.h as a number; 0: the system's).
inline const Setting<int> colourScheme{QStringLiteral("window/colourScheme"), 0};

/// A table header's columns: order, widths, hidden ones (QHeaderView::saveState()), by the
/// table's object name.
inline Setting<QByteArray> headerState(const QString& objectName)
{
    return {QStringLiteral("layout/%1Header").arg(objectName), {}};
}

/// When a queue item's age turns amber and red, in hours.
inline const Setting<int> ageWarnHours{QStringLiteral("queue/ageWarnHours"), 4};
inline const Setting<int> ageAlarmHours{QStringLiteral("queue/ageAlarmHours"), 24};

/// Export Report's last choice: the preset's key, the format (reports::ReportFormat as a
/// number), the paper (QPageSize::PageSizeId as a number; unset: the locale's) and the CSV's
/// byte order mark.
inline const Setting<QString> reportPreset{QStringLiteral("reports/preset"),
                                           QStringLiteral("full")};
inline const Setting<int> reportFormat{QStringLiteral("reports/format"), 3};
inline const Setting<bool> reportCsvBom{QStringLiteral("reports/csvBom"), false};
/// The transparency report's grounds: flag reason -> "illegal" or "terms", as JSON
/// (reports::TransparencyGrounds::toJson()); empty: the defaults.
inline const Setting<QByteArray> transparencyGrounds{QStringLiteral("reports/transparencyGrounds"),
                                                     {}};
inline const Setting<int> reportPageSize{QStringLiteral("reports/pageSize"), -1};

} // namespace steward::prefs
