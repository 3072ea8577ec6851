// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the audit trail calls an action, in the user's language.
#pragma once

#include <QString>

namespace steward {

/// A staff action log row's action ("Suspended user"), by its number; for one Steward has no
/// name for (a plugin's custom type, a setting change), the server's name made readable.
QString staffActionTitle(int action, const QString& serverName);

/// A Steward decision's kind ("user.suspend") as a title ("Suspend user").
QString decisionTitle(const QString& kind);

} // namespace steward
