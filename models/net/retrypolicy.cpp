// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/net/retrypolicy.h"

#include <algorithm>

namespace steward {

bool RetryPolicy::isRetryable(ApiErrorKind kind)
{
    switch (kind) {
    case ApiErrorKind::Network:
    case ApiErrorKind::Timeout:
    case ApiErrorKind::Server:
    case ApiErrorKind::MalformedResponse:
        return true;
    default:
        return false;
    }
}

qint64 RetryPolicy::delayBefore(int attempt, double unit) const
{
    const int exponent = std::clamp(attempt - 2, 0, 20);
    const qint64 step = std::min(maxDelayMs, baseDelayMs << exponent);
    return step / 2 + qint64(double(step / 2) * std::clamp(unit, 0.0, 1.0));
}

} // namespace steward
