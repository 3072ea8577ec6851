// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// An in-process sandbox for tests that need only the sandbox library (synctesting.h adds the
// sync layers on top of this).
#pragma once

#include "models/sandbox/server/sandboxserver.h"

#include <QDateTime>
#include <QTimeZone>

#include <memory>

namespace steward::testing {

/// The end of every test sandbox's generated history: a fixed moment, so runs are identical.
inline const QDateTime kNow(QDate(2026, 11, 20), QTime(15, 0), QTimeZone::UTC);

/// A sandbox generated from seed and listening on a free loopback port; aborts the test run
/// if it cannot start.
inline std::unique_ptr<sandbox::SandboxServer> startSandbox(sandbox::ServerOptions options = {},
                                                            quint64 seed = 7)
{
    sandbox::GeneratorParams params;
    params.seed = seed;
    params.now = kNow;
    auto server = std::make_unique<sandbox::SandboxServer>(params, options);
    QString error;
    if (!server->start(&error))
        qFatal("sandbox did not start: %s", qPrintable(error));
    return server;
}

} // namespace steward::testing
