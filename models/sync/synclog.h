// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace steward {

/// steward.sync: info for each sync's start, phases, summary or the error that stopped it (which
/// the caller also tells the user), and for the path a first sync takes.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
/// steward.outbox: info for each decision sent, answered, refused or found in conflict.
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)

} // namespace steward
