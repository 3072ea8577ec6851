// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/democommunity.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace steward {

using sandbox::SandboxServer;

namespace {
constexpr int kExplorerRunsPer10Seconds = 50;
} // namespace

void DemoCommunity::start(sandbox::Scale scale, const QString& directory, QObject* context,
                          std::function<void(const QString& error)> done,
                          std::function<void(const SiteConnection& site)> listening)
{
    std::function<void(const QUrl&)> onListening;
    if (const std::optional<SiteConnection> remembered = rememberedSite(directory);
        remembered && listening)
        onListening = [remembered, listening = std::move(listening)](const QUrl& url) {
            SiteConnection site = *remembered;
            site.baseUrl = url;
            listening(site);
        };
    const auto served = [this, directory,
                         done = std::move(done)](const QString& error, const QUrl& url,
                                                 const sandbox::ApiCredentials& admin,
                                                 const sandbox::ApiCredentials& cases) {
        if (error.isEmpty()) {
            m_site = SiteConnection{url, admin.username, admin.key, 0, kExplorerRunsPer10Seconds};
            m_cases = cases;
            rememberSite(directory, m_site);
        }
        done(error);
    };
    // In a process of its own when stewardctl is installed beside steward: the community's
    // memory (about 250 MB at medium) is then not the window's.
    const QString ctl = QCoreApplication::applicationDirPath() + QStringLiteral("/stewardctl");
    if (QFileInfo(ctl).isExecutable()) {
        m_process = std::make_unique<SandboxProcess>();
        m_process->start(ctl,
                         {QStringLiteral("sandbox"), QStringLiteral("--scale"),
                          sandbox::scaleName(scale), QStringLiteral("--port"), QStringLiteral("0"),
                          QStringLiteral("--data"), directory + QStringLiteral("/sandbox")},
                         onListening, [this, served](const QString& error) {
                             const SandboxProcess::Served& s = m_process->served();
                             served(error, s.url, {s.adminUsername, s.adminKey},
                                    {s.caseUsername, s.casePassword});
                         });
        return;
    }
    sandbox::GeneratorParams params;
    params.scale = scale;
    params.now = QDateTime::currentDateTimeUtc();
    sandbox::ServerOptions options;
    options.dataDirectory = directory + QStringLiteral("/sandbox");
    // As a site whose admin raised the plugin's run limit: the demo's first sync is quick.
    options.dataExplorerRunsPer10Seconds = kExplorerRunsPer10Seconds;
    m_sandbox.start(
        params, options, context,
        [this, served](const QString& error) {
            SandboxServer* server = m_sandbox.server();
            served(error, error.isEmpty() ? server->url() : QUrl(),
                   error.isEmpty() ? server->adminCredentials() : sandbox::ApiCredentials{},
                   error.isEmpty() ? server->caseCredentials() : sandbox::ApiCredentials{});
        },
        onListening);
}

std::optional<SiteConnection> DemoCommunity::rememberedSite(const QString& directory)
{
    QFile file(directory + QStringLiteral("/demo-site.json"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    SiteConnection site{QUrl(), o.value(QStringLiteral("username")).toString(),
                        o.value(QStringLiteral("key")).toString(), 0, kExplorerRunsPer10Seconds};
    if (site.apiUsername.isEmpty() || site.apiKey.isEmpty())
        return std::nullopt;
    return site;
}

void DemoCommunity::rememberSite(const QString& directory, const SiteConnection& site)
{
    // The built-in sandbox's own admin key (derived from its seed, valid on loopback only),
    // not a user's: kept beside its data like the rest of it.
    QSaveFile file(directory + QStringLiteral("/demo-site.json"));
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("username"), site.apiUsername},
                                         {QStringLiteral("key"), site.apiKey}})
                   .toJson());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.commit();
}

CaseTarget DemoCommunity::caseTarget() const
{
    CaseTarget target;
    target.kind = CaseTarget::Kind::ServiceNow;
    target.url = m_site.baseUrl;
    target.user = m_cases.username;
    target.staffNote = true;
    return target;
}

QString DemoCommunity::casePassword() const
{
    return m_cases.key;
}

} // namespace steward
