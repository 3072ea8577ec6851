// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/changeset.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace steward {

class Database;

/// What makes one team database shared between Stewards (PostgreSQL only; on an SQLite file
/// it is inert and this process always leads).
///
/// Live changes: every Store commit on the server notifies the channel "steward_changes" with
/// the ids it touched (changeNotifications()); the channel listens on a second connection of
/// its own and emits changed() for the commits of other connections, gathered over at most
/// kGatherMs so that a leader's burst of pages refreshes a window once. Nothing polls.
///
/// Every kRetryMs the channel checks its connections: a leader whose connection failed stops
/// leading (the server has dropped its lock, and another Steward leads), and a listening
/// connection that failed is opened again and emits reconnected(): changes made meanwhile
/// were not heard.
///
/// Sync leadership: the leader holds a session advisory lock on the Database's connection,
/// so the server releases it the moment that connection ends (the process exits, is killed,
/// or loses the server). A Steward that wants to lead and does not tries again every
/// kRetryMs, so another takes over within that time.
class TeamChannel : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRetryMs = 3000;
    static constexpr int kGatherMs = 100;

    explicit TeamChannel(Database& database, QObject* parent = nullptr);
    ~TeamChannel() override;

    /// Starts listening; false with error set when the listening connection cannot open.
    /// Always true on SQLite.
    bool start(QString* error);
    bool isShared() const { return m_shared; }

    /// Asks to lead (now, then every kRetryMs until it does) or gives leadership up.
    void setWantsToLead(bool wants);
    bool isLeader() const { return m_leader; }
    /// Names this Steward in the server's pg_stat_activity (and so in leaderDescription()):
    /// "steward (alice)".
    void setDisplayName(const QString& name);
    /// The connection that leads now (its application_name and PostgreSQL's process id), or
    /// empty when nobody does or on SQLite.
    QString leaderDescription() const;

Q_SIGNALS:
    /// Rows another Steward changed in one committed transaction.
    void changed(const steward::ChangeSet& changes);
    void leadershipChanged(bool leader);
    /// The listening connection was lost and is back: reread what is shown.
    void reconnected();

private:
    void tryToLead();
    void check();
    bool listen(QString* error);
    void onNotification(const QString& name, const QVariant& payload);

    Database& m_database;
    QString m_listenName;
    qint64 m_ownProcess = 0; ///< the Database connection's backend pid, to skip its own commits
    bool m_shared = false;
    bool m_leader = false;
    bool m_wantsToLead = false;
    QTimer m_retry;
    QTimer m_gather;
    ChangeSet m_gathered;
};

/// The NOTIFY payloads for one commit by the connection whose backend pid is sender: compact
/// JSON of the ids per kind, split so that each stays under PostgreSQL's 8000-byte limit.
QStringList changeNotifications(const ChangeSet& changes, qint64 sender);
/// The sender and changes of one payload; false when it is not one.
bool parseChangeNotification(const QString& payload, qint64* sender, ChangeSet* changes);

} // namespace steward
