// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/democommunity.h"

namespace steward {

namespace {
constexpr int kExplorerRunsPer10Seconds = 50;
} // namespace

void DemoCommunity::start(sandbox::Scale scale, const QString& dataDirectory, QObject* context,
                          std::function<void(const QString& error)> done)
{
    sandbox::GeneratorParams params;
    params.scale = scale;
    params.now = QDateTime::currentDateTimeUtc();
    sandbox::ServerOptions options;
    options.dataDirectory = dataDirectory;
    // As a site whose admin raised the plugin's run limit: the demo's first sync is quick.
    options.dataExplorerRunsPer10Seconds = kExplorerRunsPer10Seconds;
    m_sandbox.start(params, options, context, [this, done = std::move(done)](const QString& error) {
        if (error.isEmpty()) {
            const sandbox::ApiCredentials admin = m_sandbox.server()->adminCredentials();
            m_site = SiteConnection{m_sandbox.server()->url(), admin.username, admin.key, 0,
                                    kExplorerRunsPer10Seconds};
        }
        done(error);
    });
}

CaseTarget DemoCommunity::caseTarget() const
{
    CaseTarget target;
    target.kind = CaseTarget::Kind::ServiceNow;
    target.url = m_site.baseUrl;
    target.user = m_sandbox.server()->caseCredentials().username;
    target.staffNote = true;
    return target;
}

QString DemoCommunity::casePassword() const
{
    return m_sandbox.server()->caseCredentials().key;
}

} // namespace steward
