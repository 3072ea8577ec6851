// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for tests of the window over an open community.
#pragma once

#include "app/session/communitysession.h"
#include "tests/support/synctesting.h"

namespace steward::testing {

/// Opens the session on the sandbox as its admin, with its database at path, and runs one
/// whole sync; empty when both worked, else why not.
inline QString openSynced(CommunitySession& session, const sandbox::SandboxServer& server,
                          const QString& path)
{
    QString error;
    if (!session.open(adminSite(server), path, &error))
        return error;
    QSignalSpy synced(&session.sync(), &SyncEngine::finished);
    session.sync().start();
    if (!synced.wait(60000))
        return QStringLiteral("the sync did not finish within 60 s");
    if (!synced.first().first().toBool())
        return QStringLiteral("the sync failed: ") + session.sync().error().summary() +
               session.sync().storeError();
    return {};
}

} // namespace steward::testing
