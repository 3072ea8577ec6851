// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ids.h"
#include "models/domain/moderation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace steward {

class Store;

/// The life of a moderation decision. pending (can be undone until notBefore) -> sending
/// (handed to the network; after a crash it is resolved by asking the server) -> done, or
/// conflict (409: the server's current state is kept), or failed (the server refused it).
/// cancelled: undone before it was sent.
enum class OutboxState
{
    Pending,
    Sending,
    Done,
    Conflict,
    Failed,
    Cancelled
};
QString outboxStateName(OutboxState state);
std::optional<OutboxState> outboxStateFromName(const QString& name);

struct OutboxEntry
{
    Id id = 0;
    QDateTime createdAt;
    QDateTime notBefore; ///< the end of the undo window
    QDateTime updatedAt;
    QString actor; ///< the API username the decision is made as
    /// Stored by name; nullopt for a name this build does not know (a newer Steward's).
    std::optional<ActionKind> kind;
    Id targetId = 0;
    QJsonObject params;
    OutboxState state = OutboxState::Pending;
    int attempts = 0;
    QString error;
    QJsonObject serverState; ///< conflicts: what the server holds now
    /// On a team database, the PostgreSQL role of the connection that queued it, set by the
    /// server (0015_outbox_queued_by_role.sql); empty on SQLite and for older entries.
    QString queuedByRole;
};

struct AuditEntry
{
    Id id = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString targetType;
    Id targetId = 0;
    QString reason;
    QString result; ///< "queued", "undone", "done", "conflict", "failed", ...
    QString detail;
    Id outboxId = 0;
};

/// The outbox and the audit log in the database. Every call commits on its own (through
/// Store, so Store::changed reports the outbox ids).
class OutboxStore
{
public:
    explicit OutboxStore(Store& store);

    /// Stores a new pending entry and its "queued" audit line; returns its id. On a team
    /// database it is refused (nullopt, lastError() naming who) while another decision of
    /// the same kind, or its opposite (suspend and unsuspend, delete and recover), on the same
    /// target is pending or being sent, whoever made it: two moderators never send
    /// conflicting decisions on one item.
    std::optional<Id> add(OutboxEntry entry);
    /// On a team database, where every moderator's decisions share the table, due(), nextDue()
    /// and count() take only this actor's: each Steward sends (and counts as queued) its own.
    void setSendingActor(const QString& actor) { m_sendingActor = actor; }
    QString sendingActor() const { return m_sendingActor; }
    std::optional<OutboxEntry> entry(Id id) const;
    QList<OutboxEntry> inState(OutboxState state) const;
    /// The pending and sending entries of these kinds on a target, oldest first.
    QList<OutboxEntry> openOn(const QList<ActionKind>& kinds, Id targetId) const;
    /// Pending entries whose undo window has passed at `now`, oldest first.
    QList<OutboxEntry> due(const QDateTime& now) const;
    /// The earliest notBefore among pending entries; invalid when there is none.
    QDateTime nextDue() const;
    int count(OutboxState state) const;
    /// Makes those of these entries still pending due at `now`, their undo windows cut short;
    /// false when the database failed.
    bool makeDueNow(const QSet<Id>& ids, const QDateTime& now);
    /// Moves an entry to a new state and writes the audit line for it in the same transaction.
    /// To sending, it is a claim: it succeeds only for a pending entry that no other
    /// connection is claiming at the same moment (FOR UPDATE SKIP LOCKED on PostgreSQL). On a
    /// team database a note on a user (added or deleted) is not claimed while another note on
    /// that user is on its way from a live connection: the plugin would lose one of the two.
    bool transition(Id id, OutboxState state, const QString& error = {},
                    const QJsonObject& serverState = {}, const QString& auditResult = {});
    /// On a team database: whether another connection (another window, maybe of the same
    /// moderator) holds the entry's claim, so its "sending" is that window's to resolve. A
    /// claim outlives its connection only as a "sending" row: once the connection is gone,
    /// the next caller takes the claim over. Always false on SQLite.
    bool claimedElsewhere(Id id);
    /// Why this connection must not send the entry, or empty: on a team database, a decision
    /// queued by another PostgreSQL role than this connection's, which would otherwise go out
    /// with this moderator's API key (docs/security.md, T6). The claim (transition() to
    /// sending) refuses such an entry too.
    QString refusalToSend(const OutboxEntry& entry) const;
    /// Only a pending entry can be cancelled; false otherwise (it may be on its way already).
    bool cancel(Id id);
    QList<AuditEntry> audit(int limit = 1000) const;
    QString lastError() const { return m_lastError; }

private:
    bool writeAudit(const OutboxEntry& entry, const QString& result, const QString& detail);
    Store& m_store;
    QString m_sendingActor;
    QSet<Id> m_claims; ///< entries this connection holds the claim lock of (PostgreSQL)
    mutable std::optional<QString> m_role; ///< this connection's session_user (PostgreSQL)
    mutable QString m_lastError;
};

} // namespace steward
