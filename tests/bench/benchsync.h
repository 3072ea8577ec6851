// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A sandbox community synced over loopback into a database file, as the benchmarks that
// read a real store (dashboard, topic browser) start from.
#pragma once

#include "models/net/discourseclient.h"
#include "models/sandbox/server/sandboxthread.h"
#include "models/store/database.h"
#include "models/store/store.h"
#include "models/sync/syncengine.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimeZone>

namespace steward::bench {

/// The path benchmarks keep the synced scale at unless told otherwise.
inline QString syncedStorePath(sandbox::Scale scale)
{
    return QStringLiteral("/tmp/steward-bench-%1.db").arg(sandbox::scaleName(scale));
}

/// Generates the sandbox at scale (its clock at 2026-11-20 15:00 UTC), serves it on its own
/// thread and syncs it fully into path; says how long it took on out. False on failure.
inline bool syncSandbox(const QString& path, sandbox::Scale scale, QTextStream& out)
{
    sandbox::GeneratorParams params;
    params.scale = scale;
    params.now = QDateTime(QDate(2026, 11, 20), QTime(15, 0), QTimeZone::UTC);
    sandbox::SandboxThread sandbox;
    if (QString error; !sandbox.start(params, {}, &error)) {
        out << "sandbox: " << error << "\n";
        return false;
    }
    const sandbox::ApiCredentials admin = sandbox.server()->adminCredentials();
    Database db;
    QString error;
    if (!db.open(path, &error)) {
        out << error << "\n";
        return false;
    }
    QNetworkAccessManager network;
    Store store(db);
    DiscourseClient client(SiteConnection{sandbox.server()->url(), admin.username, admin.key, 0},
                           &network);
    SyncEngine engine(client, store);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](bool done) {
        ok = done;
        loop.quit();
    });
    engine.start();
    loop.exec();
    out << "Synced the " << sandbox::scaleName(scale) << " sandbox into " << path << " in "
        << QString::number(double(engine.summary().elapsedMs) / 1000.0, 'f', 1) << " s ("
        << engine.summary().posts << " posts).\n\n";
    return ok;
}

/// A benchmark's --scale and --db options (large, and its store at syncedStorePath()).
struct StoreOptions
{
    QCommandLineOption scale{QStringLiteral("scale"), QStringLiteral("Sandbox scale."),
                             QStringLiteral("S"), QStringLiteral("large")};
    QCommandLineOption db{QStringLiteral("db"),
                          QStringLiteral("Synced database, made when missing."),
                          QStringLiteral("PATH")};
};

/// The store the parsed options name, synced first when it does not exist, and its scale;
/// an empty path when the sync failed.
inline QString syncedStore(const QCommandLineParser& parser, const StoreOptions& options,
                           sandbox::Scale* scale, QTextStream& out)
{
    *scale = sandbox::scaleFromString(parser.value(options.scale)).value_or(sandbox::Scale::Large);
    const QString path =
        parser.isSet(options.db) ? parser.value(options.db) : syncedStorePath(*scale);
    if (!QFileInfo::exists(path) && !syncSandbox(path, *scale, out))
        return {};
    return path;
}

} // namespace steward::bench
