// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace steward::cli {

/// `stewardctl verify`: compares a synced database with the totals the server states about
/// itself and prints every difference. Exit 0 when there is none, 65 when there are.
int runVerify(const QStringList& arguments);

} // namespace steward::cli
