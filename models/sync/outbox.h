// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/clock.h"
#include "models/net/apierror.h"
#include "models/store/outboxstore.h"
#include "models/sync/moderationaction.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace steward {

class DiscourseClient;
class Store;

/// Sends moderation decisions without ever losing one or sending one twice.
///
/// submit() stores the decision as pending, with an undo window; undo() cancels it while it
/// is still pending. When the window has passed, the entry becomes "sending" in the database
/// before its request leaves, so a crash can only leave it in "sending". Such an entry (after
/// recover(), or after an answer that may or may not have reached the server: a network
/// error, a timeout, a 5xx) is resolved by reading the target's state from the server: in
/// effect -> done; not in effect -> pending again (safe to send). A 409 becomes a conflict
/// holding the server's current state; other refusals become failed with the server's
/// message. Every transition is written to the audit log; the store is refreshed from the
/// server after every outcome.
class Outbox : public QObject
{
    Q_OBJECT
public:
    Outbox(DiscourseClient& client, Store& store, QString actor, QObject* parent = nullptr);

    void setUndoWindowMs(int ms) { m_undoWindowMs = ms; }
    int undoWindowMs() const { return m_undoWindowMs; }
    /// The moderator whose decisions this outbox makes.
    QString actor() const { return m_actor; }
    /// Stores a decision; it is sent when the undo window has passed. nullopt if it could
    /// not be stored (nothing is sent then).
    std::optional<Id> submit(const ModerationAction& action);
    bool undo(Id entryId);
    /// Undoes each entry still pending (a batch of decisions); how many were undone.
    int undo(const QList<Id>& entryIds);
    /// A conflicted or failed decision, sent again as a new entry against the server's
    /// current state (a review decision takes the item's version as last read, and is
    /// offered only while the item is still pending there). The old entry ends cancelled,
    /// "re-applied" in the audit log. nullopt when it cannot be re-applied.
    std::optional<Id> reapply(Id entryId);
    /// Whether reapply() would accept the entry now.
    bool canReapply(Id entryId) const;
    /// Drops a conflicted or failed decision: cancelled, "discarded" in the audit log.
    bool discard(Id entryId);
    /// The conflicted or failed decision on a target, if any (the newest).
    std::optional<OutboxEntry> problemFor(ActionKind kind, Id targetId) const;
    /// Resolves entries left in "sending" by an earlier process, then sends what is due.
    void recover();
    /// On a team database, resolves every intervalMs the entries of this moderator that
    /// another Steward left "sending" and whose claim its connection no longer holds (that
    /// window was closed or killed while this one stays open). 0 stops it.
    void setOrphanCheckMs(int intervalMs);
    /// Pending and sending entries: what the status bar shows as queued.
    int queuedCount() const;
    /// Sends the decisions made through this outbox that are still pending now, without
    /// waiting for their undo windows to pass (the window is closing). Another window's, even
    /// the same moderator's, keep theirs.
    void sendPendingNow();
    /// Decisions made through this outbox (this window) still pending or on their way.
    int queuedHereCount();
    OutboxStore& entries() { return m_entries; }

Q_SIGNALS:
    void entryChanged(steward::Id entryId, steward::OutboxState state);
    /// Posts moved between these topics (source first): their local copies are out of date
    /// until both are read again, which the store has been asked for (Store::requestTopics).
    void topicsMoved(const QList<steward::Id>& topicIds);

private:
    void schedule();
    /// Resolves the "sending" entries this Steward may take over now (see recover()).
    void resolveOrphans();
    void sendDue();
    /// Claims and sends one due entry (or fails it); false when it could not be claimed.
    bool send(const OutboxEntry& entry);
    void onAnswer(const OutboxEntry& entry, const ApiError& error);
    void resolve(const OutboxEntry& entry, int attempt);
    void refresh(const OutboxEntry& entry, OutboxState state, const ApiError& error);
    void move(Id id, OutboxState state, const QString& error = {},
              const QJsonObject& serverState = {}, const QString& auditResult = {});

    DiscourseClient& m_client;
    Store& m_store;
    OutboxStore m_entries;
    QString m_actor;
    int m_undoWindowMs = 5000;
    ClockTimer m_timer;   ///< on the client's clock
    QTimer m_orphanCheck; ///< real time: a claim ends with its server connection
    QSet<Id> m_inFlight;
    QSet<Id> m_madeHere; ///< entries submitted here and not yet seen settled
};

} // namespace steward
