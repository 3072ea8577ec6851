// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace steward::sandbox {

/// Faults the sandbox injects for tests, from --faults "latency=200,5xx=0.1,malformed=0.05,
/// truncated=0.05,stall=0.01". Shares are probabilities per request; latency is in ms.
/// 5xx and stall hit any request before it is handled (a stalled request never answers);
/// malformed and truncated corrupt the body of a successful GET.
struct FaultSpec
{
    int latencyMs = 0;
    double serverError = 0.0;
    double malformed = 0.0;
    double truncated = 0.0;
    double stall = 0.0;

    bool isEmpty() const
    {
        return latencyMs == 0 && serverError == 0 && malformed == 0 && truncated == 0 && stall == 0;
    }
    /// nullopt with error set when the text is not a valid specification.
    static std::optional<FaultSpec> parse(const QString& text, QString* error);
};

} // namespace steward::sandbox
