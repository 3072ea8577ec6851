// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/net/casetarget.h"

class QSettings;

namespace steward {

/// The case system as saved under "cases/" (everything but its password or token, which the
/// keychain keeps under CaseTarget::keychainKey()). Nothing saved: no case system.
CaseTarget loadCaseTarget(QSettings& settings);
void saveCaseTarget(QSettings& settings, const CaseTarget& target);

} // namespace steward
