// SPDX-FileCopyrightText: 2026 The Steward developers
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
    return Account{QString(), baseUrl, apiUsername}.keychainKey();
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

bool writeApiKey(const QUrl& baseUrl, const QString& apiUsername, const QString& key,
                 QString* error)
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

namespace {

/// Runs a job and answers once when it finishes, unless context is gone by then; the job,
/// a child of the store, deletes itself either way.
void run(QKeychain::Job* job, const QObject* context, SecretStore::Done done, bool isRead)
{
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [job, done = std::move(done), isRead] {
                         const bool ok = job->error() == QKeychain::NoError;
                         QString answer = ok ? QString() : job->errorString();
                         if (ok && isRead)
                             answer = static_cast<QKeychain::ReadPasswordJob*>(job)->textData();
                         done(ok, answer);
                     });
    job->start();
}

} // namespace

void KeychainSecretStore::read(const QString& key, const QObject* context, Done done)
{
    auto* job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(key);
    run(job, context ? context : this, std::move(done), true);
}

void KeychainSecretStore::write(const QString& key, const QString& secret, const QObject* context,
                                Done done)
{
    auto* job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(key);
    job->setTextData(secret);
    run(job, context ? context : this, std::move(done), false);
}

void KeychainSecretStore::remove(const QString& key, const QObject* context, Done done)
{
    auto* job = new QKeychain::DeletePasswordJob(kService, this);
    job->setKey(key);
    run(job, context ? context : this, std::move(done), false);
}

} // namespace steward
