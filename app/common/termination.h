// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace steward {

/// Runs act in the main thread's event loop when the process gets SIGINT or SIGTERM (a
/// logout, `kill`, Ctrl+C), so that it can end as it would on Quit: the databases closed
/// cleanly and the sandbox's journal complete; a second signal ends the process at once. Call
/// once, after the application object exists.
void onTerminationSignal(std::function<void()> act);

} // namespace steward
