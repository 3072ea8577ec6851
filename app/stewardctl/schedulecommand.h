// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace steward::cli {

/// stewardctl schedule add|list|remove|run: reports on a systemd user timer
/// (models/reports/schedules.h).
int runSchedule(const QStringList& arguments);

} // namespace steward::cli
