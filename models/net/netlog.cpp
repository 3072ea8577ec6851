// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/net/netlog.h"

namespace steward {
Q_LOGGING_CATEGORY(lcNet, "steward.net", QtWarningMsg)
} // namespace steward
