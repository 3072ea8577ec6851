// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace steward::cli {

/// `stewardctl sync`: syncs a community into a database file; returns an ExitCode.
int runSync(const QStringList& arguments);

} // namespace steward::cli
