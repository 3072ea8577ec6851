// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace steward {

/// steward.net: info for retries, 429 pauses and requests that fail for good (their callers
/// tell the user); debug for every request and answer (method, path and query, status, size;
/// never a header, so never the API key). Enabled by --verbose or QT_LOGGING_RULES.
Q_DECLARE_LOGGING_CATEGORY(lcNet)

} // namespace steward
