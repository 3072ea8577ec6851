// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/net/siteconnection.h"

#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace steward {

class CaseService;
class Clock;
class Database;
class DiscourseClient;
class Outbox;
class Store;
class SyncEngine;
class TeamChannel;
class UserNotesService;

/// Everything one open community needs: its database, the client for its site, the sync
/// engine, the outbox and support cases (whose staff notes go through the outbox), wired together.
/// The outbox's crash recovery runs on open, and on a team database every kOrphanCheckMs.
class CommunitySession : public QObject
{
    Q_OBJECT
public:
    /// How often a window on a team database looks for decisions of its moderator that a
    /// closed or killed window left "sending".
    static constexpr int kOrphanCheckMs = 10000;

    explicit CommunitySession(QObject* parent = nullptr);
    ~CommunitySession() override;

    /// The time its client, sync and outbox wait on (tests: a VirtualClock). Before open().
    void setClock(Clock* clock) { m_clock = clock; }
    /// Opens (creating) the database at dbPath for the site: a file, or a team database on
    /// PostgreSQL (Database::open; password for it). False with a one-line error. On a team
    /// database the session listens for the other Stewards' changes (they reach Store::changed)
    /// and asks to lead the sync; sync only while team().isLeader().
    bool open(const SiteConnection& site, const QString& dbPath, QString* error,
              const QString& dbPassword = {});

    QString name() const { return m_name; }
    void setName(const QString& name) { m_name = name; }
    Store& store() const { return *m_store; }
    Outbox& outbox() const { return *m_outbox; }
    SyncEngine& sync() const { return *m_sync; }
    DiscourseClient& client() const { return *m_client; }
    CaseService& cases() const { return *m_cases; }
    TeamChannel& team() const { return *m_team; }
    UserNotesService& notes() const { return *m_notes; }

private:
    QString m_name;
    Clock* m_clock = nullptr;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TeamChannel> m_team;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<DiscourseClient> m_client;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<UserNotesService> m_notes;
    std::unique_ptr<CaseService> m_cases;
};

} // namespace steward
