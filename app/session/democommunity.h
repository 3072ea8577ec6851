// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/session/sandboxprocess.h"
#include "models/net/casetarget.h"
#include "models/net/siteconnection.h"
#include "models/sandbox/generator/params.h"
#include "models/sandbox/server/sandboxthread.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace steward {

/// The built-in sandbox community served on loopback by `stewardctl sandbox` in a process of
/// its own (SandboxProcess), or, where stewardctl is not installed beside steward, in this
/// process on a thread of its own; either way the window stays responsive while it answers. Its
/// data directory keeps the generated community and every change made to it, so a second start is
/// the same community (and a sync of it incremental).
class DemoCommunity
{
public:
    /// Generates (or reloads from directory/sandbox) and starts serving on its own thread,
    /// without waiting; done(error) runs in context's thread when it serves (error empty) or
    /// failed. Before that, once it has its port, listening(site) runs with the site as the
    /// last start that served from this directory saw it (its admin's name and key), so a
    /// window can open the local copy while the community loads; it does not run on a first
    /// start. context must outlive this object.
    void start(sandbox::Scale scale, const QString& directory, QObject* context,
               std::function<void(const QString& error)> done,
               std::function<void(const SiteConnection& site)> listening = {});
    /// The site as an admin account sees it, with no client-side rate limit.
    SiteConnection site() const { return m_site; }
    /// The sandbox's ServiceNow-compatible case system and its password.
    CaseTarget caseTarget() const;
    QString casePassword() const;

private:
    /// The admin's name and key that the last start from directory saw, in its demo-site.json.
    static std::optional<SiteConnection> rememberedSite(const QString& directory);
    static void rememberSite(const QString& directory, const SiteConnection& site);

    std::unique_ptr<SandboxProcess> m_process;
    sandbox::SandboxThread m_sandbox;
    SiteConnection m_site;
    sandbox::ApiCredentials m_cases;
};

} // namespace steward
