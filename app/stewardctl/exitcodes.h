// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace steward::cli {

/// stewardctl's exit codes (sysexits.h where one fits).
enum ExitCode : int
{
    ExitOk = 0,
    ExitUsage = 64, ///< bad command line
    ExitIncomplete =
        65,           ///< finished, but some of what the server named could not be fetched or read
    ExitNetwork = 68, ///< the site could not be reached (DNS, refused, timeout, TLS)
    ExitUnavailable = 69, ///< a service could not be started
    ExitIo = 74,          ///< a file or the database could not be read or written
    ExitServer = 76,      ///< the server answered with an error or with something unreadable
    ExitAuth = 77,        ///< the key or user was refused, or the user is not staff
};

} // namespace steward::cli
