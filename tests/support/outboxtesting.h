// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Waiting for the outbox in tests that send decisions to the sandbox.
#pragma once

#include "models/sync/outbox.h"

#include <QElapsedTimer>
#include <QTest>

namespace steward::testing {

/// Runs the event loop until entry id of outbox is in state; false after timeoutMs.
inline bool waitForState(Outbox& outbox, Id id, OutboxState state, int timeoutMs = 10000)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        const std::optional<OutboxEntry> e = outbox.entries().entry(id);
        if (e && e->state == state)
            return true;
        QTest::qWait(20);
    }
    return false;
}

} // namespace steward::testing
