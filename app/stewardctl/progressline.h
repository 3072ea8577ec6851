// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sync/syncengine.h"

#include <QString>

namespace steward::cli {

/// Shows sync progress on stderr: a redrawn bar with percentage and ETA on a terminal, one
/// line per phase otherwise (logs, CI).
class ProgressLine
{
public:
    ProgressLine();
    void update(const SyncProgress& progress);
    /// Clears the bar so that the next output starts on a clean line.
    void finish();

private:
    bool m_terminal = false;
    bool m_drawn = false;
    QString m_lastPhase;
};

/// "1:05", "12 s" style durations for progress and summaries.
QString formatDuration(qint64 ms);

} // namespace steward::cli
