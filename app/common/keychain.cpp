// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/keychain.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace steward {

namespace {
const QString kService = QStringLiteral("steward");
} // namespace

QString keychainKey(const QUrl& baseUrl, const QString& apiUsername)
{
    return apiUsername + u'@' + baseUrl.adjusted(QUrl::StripTrailingSlash).toString();
}

std::optional<QString> readApiKey(const QUrl& baseUrl, const QString& apiUsername, QString* error)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(keychainKey(baseUrl, apiUsername));
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError) {
        if (error)
            *error = job.errorString();
        return std::nullopt;
    }
    return job.textData();
}

bool writeApiKey(const QUrl& baseUrl, const QString& apiUsername, const QString& key, QString* error)
{
    QKeychain::WritePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(keychainKey(baseUrl, apiUsername));
    job.setTextData(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError) {
        if (error)
            *error = job.errorString();
        return false;
    }
    return true;
}

} // namespace steward
