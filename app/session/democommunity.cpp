// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/democommunity.h"

#include "models/sandbox/server/sandboxserver.h"

namespace steward {

DemoCommunity::~DemoCommunity()
{
    if (m_context) {
        QMetaObject::invokeMethod(m_context, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_context->deleteLater();
        m_thread.quit();
        m_thread.wait();
    }
}

bool DemoCommunity::start(sandbox::Scale scale, const QString& dataDirectory, QString* error)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    bool ok = false;
    QMetaObject::invokeMethod(m_context, [&] {
        sandbox::GeneratorParams params;
        params.scale = scale;
        params.now = QDateTime::currentDateTimeUtc();
        sandbox::ServerOptions options;
        options.dataDirectory = dataDirectory;
        m_server = new sandbox::SandboxServer(params, options);
        ok = m_server->start(error);
        if (ok) {
            const sandbox::ApiCredentials admin = m_server->adminCredentials();
            m_site = SiteConnection{m_server->url(), admin.username, admin.key, 0};
        }
    }, Qt::BlockingQueuedConnection);
    return ok;
}

} // namespace steward
