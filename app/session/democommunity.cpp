// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/democommunity.h"

namespace steward {

bool DemoCommunity::start(sandbox::Scale scale, const QString& dataDirectory, QString* error)
{
    sandbox::GeneratorParams params;
    params.scale = scale;
    params.now = QDateTime::currentDateTimeUtc();
    sandbox::ServerOptions options;
    options.dataDirectory = dataDirectory;
    if (!m_sandbox.start(params, options, error))
        return false;
    const sandbox::ApiCredentials admin = m_sandbox.server()->adminCredentials();
    m_site = SiteConnection{m_sandbox.server()->url(), admin.username, admin.key, 0};
    return true;
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

QString DemoCommunity::casePassword() const { return m_sandbox.server()->caseCredentials().key; }

} // namespace steward
