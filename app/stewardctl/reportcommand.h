// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace steward::cli {

/// stewardctl report NAME|all --db PATH ...: the dashboard's KPIs, headless, as JSON or CSV.
int runReport(const QStringList& arguments);

} // namespace steward::cli
