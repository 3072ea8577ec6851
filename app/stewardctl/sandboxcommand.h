// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace steward::cli {

/// `stewardctl sandbox ...`: serves the sandbox community until interrupted. Prints one line
/// "URL api-username=NAME api-key=KEY" on stdout once listening. Returns the exit code.
int runSandbox(const QStringList& arguments);

} // namespace steward::cli
