// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the benchmarks share.
#pragma once

#include <sys/resource.h>

namespace steward::bench {

/// The process's peak resident memory so far, MB.
inline double maxRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace steward::bench
