// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window over a synced sandbox community, for tests that look at the whole window.
#pragma once

#include "models/domain/clock.h"
#include "tests/support/sessiontesting.h"
#include "ui/mainwindow/mainwindow.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace steward::testing {

/// The small sandbox (in the site's language) synced on a virtual clock, and a window over it
/// at size, shown. Destroyed window first, clock last.
struct WindowOverSandbox
{
    std::unique_ptr<VirtualClock> clock;
    std::unique_ptr<sandbox::SandboxServer> server;
    QTemporaryDir dir;
    std::unique_ptr<CommunitySession> session;
    std::unique_ptr<MainWindow> window;

    /// Empty when the window is open over the synced copy, else why not.
    QString open(QSize size, const QString& siteLanguage = QStringLiteral("en"))
    {
        clock = std::make_unique<VirtualClock>(kNow);
        clock->setAutoAdvance(true);
        sandbox::ServerOptions options;
        options.clock = clock.get();
        options.locale = siteLanguage; // the server's action labels in the site's language
        server = startSandbox(options);
        session = std::make_unique<CommunitySession>();
        session->setClock(clock.get());
        const QString error =
            openSynced(*session, *server, dir.filePath(siteLanguage + QStringLiteral(".db")));
        if (!error.isEmpty())
            return error;
        window = std::make_unique<MainWindow>();
        window->attachCommunity(QStringLiteral("sandbox"), session->store(), session->outbox(),
                                session->sync());
        window->resize(size);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return QStringLiteral("the window was not shown");
        return {};
    }

    ~WindowOverSandbox()
    {
        window.reset();
        session.reset();
        server.reset();
        clock.reset();
    }
};

} // namespace steward::testing
