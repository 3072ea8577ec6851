// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmarks' --postgres: their store on a real PostgreSQL server.
#pragma once

#include "tests/support/postgresserver.h"

namespace steward::bench {

/// --postgres: the benchmark's store on a PostgreSQL server started for the run (Debian's
/// package, as the tests start it), in an empty database; aborts when it cannot.
inline QString postgresDatabase(testing::PostgresServer& server, const QString& name)
{
    QString error;
    if (!server.start(&error))
        qFatal("PostgreSQL: %s", qPrintable(error));
    const QString location = server.createDatabase(name);
    if (location.isEmpty())
        qFatal("PostgreSQL: cannot create the database %s", qPrintable(name));
    return location;
}

} // namespace steward::bench
