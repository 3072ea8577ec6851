// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for sync tests: an in-process sandbox, a synced store, table dumps for comparison.
#pragma once

#include "models/net/discourseclient.h"
#include "models/store/database.h"
#include "models/store/store.h"
#include "models/sync/syncengine.h"
#include "tests/support/sandboxtesting.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>

namespace steward::testing {

/// The sandbox's admin. Its Data Explorer only counts runs (the plugin's warn mode), so tests
/// do not space them.
inline SiteConnection adminSite(const sandbox::SandboxServer& server, int perMinute = 0)
{
    const sandbox::ApiCredentials c = server.adminCredentials();
    return SiteConnection{server.url(), c.username, c.key, perMinute, 0};
}

/// The sandbox's moderator, with a key of their own (not staff's admin key).
inline SiteConnection moderatorSite(const sandbox::SandboxServer& server, int perMinute = 0)
{
    const sandbox::ApiCredentials c = server.moderatorCredentials();
    return SiteConnection{server.url(), c.username, c.key, perMinute, 0};
}

/// A database file, its store, a client and an engine, wired together.
struct SyncRig
{
    explicit SyncRig(const QString& path, const SiteConnection& site)
        : client(site, &network)
        , store(database)
        , engine(client, store)
    {
        QString error;
        if (!database.open(path, &error))
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error));
        // The REST walk unless a test asks for the bulk path (tst_bulksync).
        engine.setBulkPathAllowed(false);
    }
    /// Runs one sync to its end; true when it succeeded.
    bool sync(int scopes = int(SyncScope::All), int timeoutMs = 120000)
    {
        QSignalSpy done(&engine, &SyncEngine::finished);
        engine.start(scopes);
        if (!done.wait(timeoutMs))
            return false;
        return done.first().first().toBool();
    }
    QNetworkAccessManager network;
    Database database;
    DiscourseClient client;
    Store store;
    SyncEngine engine;
};

/// Every synced table as text, rows ordered by id; what "equal databases" means in tests.
inline QString dumpTables(const Database& db)
{
    QString out;
    for (const char* table :
         {"categories", "users", "topics", "posts", "reviewables", "reviewable_scores"}) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1StringView(table))))
            return QStringLiteral("cannot read %1").arg(QLatin1StringView(table));
        out += QLatin1StringView(table) + u'\n';
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            out += row.join(u'|') + u'\n';
        }
    }
    return out;
}

inline QByteArray digest(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
}

} // namespace steward::testing
