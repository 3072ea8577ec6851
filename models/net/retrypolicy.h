// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/net/apierror.h"

#include <QtTypes>

namespace steward {

/// When an idempotent GET is tried again: exponential backoff with full jitter on network
/// errors, timeouts, 5xx (not read-only) and malformed bodies. Actions never come here. A 503
/// with Retry-After waits max(backoff, Retry-After) and is bounded by the client's max wait
/// instead of maxAttempts (DiscourseClient).
struct RetryPolicy
{
    int maxAttempts = 5;       ///< including the first
    qint64 baseDelayMs = 1000; ///< delay before the second attempt, before jitter
    qint64 maxDelayMs = 30000;

    static bool isRetryable(ApiErrorKind kind);
    /// The delay before attempt number `attempt` (2 for the first retry); `unit` in [0, 1)
    /// draws the jitter, so the result lies in [half, full] of the exponential step.
    qint64 delayBefore(int attempt, double unit) const;
};

} // namespace steward
