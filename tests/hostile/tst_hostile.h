// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile-server suite (issue 21): the real stewardctl against misbehaving servers. Its
// cases are split over tst_hostile.cpp (protocol and paging), tst_hostile_broken.cpp (broken
// answers, run side by side), tst_hostile_explorer.cpp (the bulk path's runs),
// tst_hostile_local.cpp (kill -9, the sandbox, a damaged file) and tst_hostile_disk.cpp (a copy
// that cannot be written, a full disk, the key, paths).
#pragma once

#include "tests/hostile/hostileserver.h"
#include "tests/hostile/watchedrun.h"
#include "tests/support/synctesting.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace steward::testing {

inline QByteArray compactJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

class TestHostile : public QObject
{
    Q_OBJECT

    std::unique_ptr<steward::sandbox::SandboxServer>
        m_sandbox;                        ///< the honest upstream, for the whole run
    std::unique_ptr<QTemporaryDir> m_dir; ///< fresh for each case
    qint64 m_honestPosts = 0;             ///< posts an honest sync brings

    QString db() const { return m_dir->filePath(QStringLiteral("steward.db")); }

    /// A hostile server that forwards what it is not told to break to the honest sandbox.
    std::unique_ptr<HostileServer> hostile(QTcpServer* over = nullptr)
    {
        auto server = std::make_unique<HostileServer>(over);
        const steward::sandbox::ApiCredentials admin = m_sandbox->adminCredentials();
        server->setUpstream(m_sandbox->url(), admin.username.toUtf8(), admin.key.toUtf8());
        if (!server->listen())
            qFatal("hostile server did not listen");
        return server;
    }

private Q_SLOTS:
    void initTestCase();
    void init();

    void anHonestServerBehindTheProxySyncsWhole();
    void theKeyNeverFollowsARedirectOffSite_data();
    void theKeyNeverFollowsARedirectOffSite();
    void theKeyNeverFollowsADowngradeToHttp();
    void pagingThatIgnoresItsParameterStops_data();
    void pagingThatIgnoresItsParameterStops();
    void aTrickledAnswerIsCutAtTheDeadline();
    void aRateLimitBeyondMaxWaitEndsAtOnce_data();
    void aRateLimitBeyondMaxWaitEndsAtOnce();
    void endlessRateLimitingGivesUp();
    void negativeIdsAreRefusedAndTheWalkGoesOn();
    void notDiscourseFailsAsSuch_data();
    void notDiscourseFailsAsSuch();
    // tst_hostile_broken.cpp
    void brokenAnswersEndBounded();
    // tst_hostile_explorer.cpp
    void brokenExplorerRunsEndBounded();
    // tst_hostile_local.cpp
    void aKilledSyncResyncsCleanly();
    void sandboxRefusesAHugeRequestBody();
    void corruptionIsDetected();
    // tst_hostile_disk.cpp
    void aCopyThatCannotBeWrittenEndsClearly();
    void aFullDiskEndsClearlyAndLosesNothing();
    void theKeyStaysOutOfFilesAndTheCommandLine();
    void theSandboxServesNothingFromDisk();
};

} // namespace steward::testing
