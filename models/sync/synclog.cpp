// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/synclog.h"

namespace steward {
Q_LOGGING_CATEGORY(lcSync, "steward.sync", QtWarningMsg)
Q_LOGGING_CATEGORY(lcOutbox, "steward.outbox", QtWarningMsg)
} // namespace steward
