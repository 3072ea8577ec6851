// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace steward::cli {

/// stewardctl's exit codes (sysexits.h where one fits).
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 64,       ///< bad command line
    ExitUnavailable = 69, ///< a service could not be started
    ExitIo = 74,          ///< a file could not be read or written
};

} // namespace steward::cli
