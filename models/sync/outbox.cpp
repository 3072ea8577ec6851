// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/outbox.h"

#include "models/net/discourseclient.h"
#include "models/store/store.h"
#include "models/sync/outboxrequests.h"
#include "models/sync/synclog.h"
#include "models/sync/usermessages.h"

#include <QJsonObject>

namespace steward {

namespace {
constexpr int kMaxResolveDelayMs = 60000;
} // namespace

Outbox::Outbox(DiscourseClient& client, Store& store, QString actor, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_entries(store)
    , m_actor(std::move(actor))
    , m_timer(client.clock())
{
    connect(&m_timer, &ClockTimer::timeout, this, &Outbox::sendDue);
    connect(&m_orphanCheck, &QTimer::timeout, this, &Outbox::resolveOrphans);
}

std::optional<Id> Outbox::submit(const ModerationAction& action)
{
    OutboxEntry entry;
    entry.createdAt = m_client.clock()->nowUtc();
    entry.notBefore = entry.createdAt.addMSecs(m_undoWindowMs);
    entry.actor = m_actor;
    entry.kind = action.kind;
    entry.targetId = action.targetId;
    entry.params = action.params;
    const std::optional<Id> id = m_entries.add(entry);
    if (id) {
        m_madeHere.insert(*id);
        Q_EMIT entryChanged(*id, OutboxState::Pending);
        schedule();
    }
    return id;
}

bool Outbox::undo(Id entryId)
{
    if (m_inFlight.contains(entryId) || !m_entries.cancel(entryId))
        return false;
    Q_EMIT entryChanged(entryId, OutboxState::Cancelled);
    return true;
}

int Outbox::undo(const QList<Id>& entryIds)
{
    int count = 0;
    for (Id entry : entryIds)
        count += undo(entry) ? 1 : 0;
    return count;
}

namespace {

bool isProblem(OutboxState state)
{
    return state == OutboxState::Conflict || state == OutboxState::Failed;
}

/// The reviewable in a conflict's server state: the body of /review/{id}, whose item sits
/// under "reviewable" (or at the top, as some versions answer).
QJsonObject conflictReviewable(const QJsonObject& serverState)
{
    const QJsonObject inner = serverState.value(QStringLiteral("reviewable")).toObject();
    return inner.isEmpty() ? serverState : inner;
}

} // namespace

bool Outbox::canReapply(Id entryId) const
{
    const std::optional<OutboxEntry> entry = m_entries.entry(entryId);
    if (!entry || !isProblem(entry->state) || m_inFlight.contains(entryId))
        return false;
    if (entry->kind != ActionKind::ReviewPerform)
        return true;
    // A review decision makes sense again only while the item still waits for one.
    const QJsonObject item = conflictReviewable(entry->serverState);
    if (entry->state == OutboxState::Failed || item.isEmpty())
        return true;
    const QJsonValue status = item.value(QStringLiteral("status"));
    return status.isDouble() ? status.toInt() == 0 : status.toString() == u"pending";
}

std::optional<Id> Outbox::reapply(Id entryId)
{
    if (!canReapply(entryId))
        return std::nullopt;
    const OutboxEntry old = *m_entries.entry(entryId);
    if (!old.kind)
        return std::nullopt;
    ModerationAction action{*old.kind, old.targetId, old.params};
    if (old.kind == ActionKind::ReviewPerform) {
        const QJsonValue version =
            conflictReviewable(old.serverState).value(QStringLiteral("version"));
        if (version.isDouble())
            action.params.insert(QStringLiteral("version"), version.toInt());
    }
    const std::optional<Id> fresh = submit(action);
    if (fresh)
        move(old.id, OutboxState::Cancelled, QString(), old.serverState,
             QStringLiteral("re-applied as #%1").arg(*fresh));
    return fresh;
}

bool Outbox::discard(Id entryId)
{
    const std::optional<OutboxEntry> entry = m_entries.entry(entryId);
    if (!entry || !isProblem(entry->state) || m_inFlight.contains(entryId))
        return false;
    move(entryId, OutboxState::Cancelled, entry->error, entry->serverState,
         QStringLiteral("discarded"));
    return true;
}

std::optional<OutboxEntry> Outbox::problemFor(ActionKind kind, Id targetId) const
{
    std::optional<OutboxEntry> newest;
    for (OutboxState state : {OutboxState::Conflict, OutboxState::Failed})
        for (const OutboxEntry& e : m_entries.inState(state))
            if (e.kind == kind && e.targetId == targetId && (!newest || e.id > newest->id))
                newest = e;
    return newest;
}

int Outbox::queuedCount() const
{
    return m_entries.count(OutboxState::Pending) + m_entries.count(OutboxState::Sending);
}

void Outbox::sendPendingNow()
{
    if (m_entries.makeDueNow(m_madeHere, m_client.clock()->nowUtc()))
        sendDue();
}

int Outbox::queuedHereCount()
{
    for (auto it = m_madeHere.begin(); it != m_madeHere.end();) {
        const std::optional<OutboxEntry> e = m_entries.entry(*it);
        if (e && (e->state == OutboxState::Pending || e->state == OutboxState::Sending))
            ++it;
        else
            it = m_madeHere.erase(it);
    }
    return int(m_madeHere.size());
}

void Outbox::recover()
{
    resolveOrphans();
    schedule();
}

void Outbox::setOrphanCheckMs(int intervalMs)
{
    if (intervalMs <= 0)
        return m_orphanCheck.stop();
    m_orphanCheck.start(intervalMs);
}

void Outbox::resolveOrphans()
{
    // On a team database, another moderator's "sending" is theirs to resolve, and so is one
    // another window of this moderator has on its way.
    const QString own = m_entries.sendingActor();
    // One another role left "sending" is resolved too (reading the server only): in effect it
    // is done, and otherwise back to pending, where send() refuses it.
    for (const OutboxEntry& e : m_entries.inState(OutboxState::Sending))
        if (!m_inFlight.contains(e.id) && (own.isEmpty() || e.actor == own) &&
            !m_entries.claimedElsewhere(e.id))
            resolve(e, 0);
}

void Outbox::schedule()
{
    const QDateTime next = m_entries.nextDue();
    if (!next.isValid())
        return;
    const qint64 wait = std::max<qint64>(0, m_client.clock()->nowUtc().msecsTo(next));
    if (!m_timer.isActive() || m_timer.remainingMs() > wait)
        m_timer.start(std::min<qint64>(wait, 24 * 3600 * 1000));
}

void Outbox::sendDue()
{
    // One decision at a time, in the order they were made: a suspension follows its agree.
    if (!m_inFlight.isEmpty())
        return;
    const QList<OutboxEntry> due = m_entries.due(m_client.clock()->nowUtc());
    if (due.isEmpty())
        return schedule();
    // A note waiting for a colleague's note on the same user (OutboxStore::transition) holds
    // back only the later decisions on that user: notes stand apart from the order of the rest.
    QSet<Id> waitingUsers;
    for (const OutboxEntry& entry : due) {
        if (waitingUsers.contains(entry.targetId))
            continue;
        if (send(entry))
            return;
        if (!entry.kind || !isUserNote(*entry.kind))
            break;
        waitingUsers.insert(entry.targetId);
    }
    m_timer.start(1000); // look again in a second
}

void Outbox::move(Id id, OutboxState state, const QString& error, const QJsonObject& serverState,
                  const QString& auditResult)
{
    qCInfo(lcOutbox, "decision %lld: %s%s%s", qint64(id), qPrintable(outboxStateName(state)),
           error.isEmpty() ? "" : ": ", qPrintable(error));
    if (!m_entries.transition(id, state, error, serverState, auditResult)) {
        qCWarning(lcOutbox, "decision %lld: not stored as %s: %s", qint64(id),
                  qPrintable(outboxStateName(state)), qPrintable(m_entries.lastError()));
        return;
    }
    Q_EMIT entryChanged(id, state);
}

bool Outbox::send(const OutboxEntry& entry)
{
    if (!entry.kind) {
        move(entry.id, OutboxState::Failed,
             QStringLiteral("a kind of decision this version of Steward does not know"));
        schedule();
        return true;
    }
    if (const QString refusal = m_entries.refusalToSend(entry); !refusal.isEmpty()) {
        move(entry.id, OutboxState::Failed, refusal);
        schedule();
        return true;
    }
    const OutboxRequest request = actionType(*entry.kind).request(entry);
    // Stored as sending before anything leaves: after a crash it is resolved, never resent blindly.
    if (!m_entries.transition(entry.id, OutboxState::Sending)) {
        // Another window claimed it, a note on the same user is on its way, or the database
        // failed: the caller looks again in a second.
        qCInfo(lcOutbox, "decision %lld not claimed: %s", qint64(entry.id),
               qPrintable(m_entries.lastError()));
        return false;
    }
    Q_EMIT entryChanged(entry.id, OutboxState::Sending);
    qCInfo(lcOutbox, "decision %lld: sending %s on %lld", qint64(entry.id),
           qPrintable(actionKindName(*entry.kind)), qint64(entry.targetId));
    m_inFlight.insert(entry.id);
    ApiRequest* reply = m_client.send(request.method, request.path, request.form, request.suffix);
    connect(reply, &ApiRequest::finished, this, [this, entry, reply] {
        if (entry.kind == ActionKind::PostsMove && reply->error().kind == ApiErrorKind::None) {
            // Where they went: the destination given, or the new topic's URL (/t/slug/id).
            Id destination = entry.params.value(QStringLiteral("destination_topic_id")).toInteger();
            if (destination == 0)
                destination = reply->document()
                                  .object()
                                  .value(QStringLiteral("url"))
                                  .toString()
                                  .section(u'/', -1)
                                  .toLongLong();
            QList<Id> topics{entry.targetId};
            if (destination != 0)
                topics.append(destination);
            // Both read whole by the next sync, this Steward's or the team leader's.
            if (!m_store.requestTopics(topics))
                qCWarning(lcOutbox, "cannot ask for topics to be read again: %s",
                          qPrintable(m_store.lastError()));
            Q_EMIT topicsMoved(topics);
        }
        onAnswer(entry, reply->error());
    });
    return true;
}

void Outbox::onAnswer(const OutboxEntry& entry, const ApiError& error)
{
    switch (error.kind) {
    case ApiErrorKind::None:
        return refresh(entry, OutboxState::Done, error);
    case ApiErrorKind::Conflict:
        return refresh(entry, OutboxState::Conflict, error);
    case ApiErrorKind::Network:
    case ApiErrorKind::Timeout:
    case ApiErrorKind::Server:
    case ApiErrorKind::MalformedResponse:
    case ApiErrorKind::Abandoned:
        // It may or may not have reached the server: ask the server, don't guess.
        return resolve(entry, 1);
    default:
        m_inFlight.remove(entry.id);
        move(entry.id, OutboxState::Failed, messages::apiError(error));
        return schedule();
    }
}

void Outbox::refresh(const OutboxEntry& entry, OutboxState state, const ApiError& error)
{
    ApiRequest* read = m_client.get(actionType(*entry.kind).state(entry));
    connect(read, &ApiRequest::finished, this, [this, entry, state, error, read] {
        const QJsonObject current = read->document().object();
        // A success the state does not show is sent again (ActionType::confirmedByState); three
        // sends at most: a forum that keeps it but shows it otherwise is not written for ever.
        const ActionType& type = actionType(*entry.kind);
        if (type.confirmedByState && state == OutboxState::Done && read->succeeded() &&
            entry.attempts < 2 &&
            type.applied(entry, current, m_client.clock()->nowUtc()) == Applied::No) {
            m_inFlight.remove(entry.id);
            move(entry.id, OutboxState::Pending, {}, {},
                 QStringLiteral("requeued (the forum did not keep the note)"));
            return schedule();
        }
        if (read->succeeded() && m_store.begin()) {
            if (actionType(*entry.kind).store(entry, current, m_store))
                m_store.commit();
            else
                m_store.rollback();
        }
        m_inFlight.remove(entry.id);
        const QString message =
            state == OutboxState::Conflict ? messages::apiError(error) : QString();
        move(entry.id, state, message, state == OutboxState::Conflict ? current : QJsonObject());
        schedule();
    });
}

void Outbox::resolve(const OutboxEntry& entry, int attempt)
{
    if (!entry.kind) { // left "sending" by a newer Steward: this one cannot tell
        move(entry.id, OutboxState::Failed,
             QStringLiteral("a kind of decision this version of Steward does not know"));
        return;
    }
    m_inFlight.insert(entry.id);
    ApiRequest* read = m_client.get(actionType(*entry.kind).state(entry));
    connect(read, &ApiRequest::finished, this, [this, entry, attempt, read] {
        const bool answered = read->succeeded() || read->error().kind == ApiErrorKind::NotFound;
        if (!answered) {
            // Offline or the server is down: stay in "sending" and ask again later.
            const int delay = std::min(kMaxResolveDelayMs, 1000 << std::min(attempt, 6));
            m_client.clock()->callAfter(delay, this,
                                        [this, entry, attempt] { resolve(entry, attempt + 1); });
            return;
        }
        const QJsonObject state = read->document().object();
        const Applied applied =
            actionType(*entry.kind).applied(entry, state, m_client.clock()->nowUtc());
        if (applied == Applied::Yes) {
            if (m_store.begin()) {
                if (actionType(*entry.kind).store(entry, state, m_store))
                    m_store.commit();
                else
                    m_store.rollback();
            }
            m_inFlight.remove(entry.id);
            move(entry.id, OutboxState::Done, {}, {},
                 QStringLiteral("done (confirmed from the server's state)"));
        } else if (const QString refusal = m_entries.refusalToSend(entry); !refusal.isEmpty()) {
            m_inFlight.remove(entry.id); // not this role's to send again
            move(entry.id, OutboxState::Failed, refusal);
        } else {
            // Not in effect: sending it (again) cannot apply it twice.
            m_inFlight.remove(entry.id);
            move(entry.id, OutboxState::Pending, {}, {},
                 QStringLiteral("requeued (not in effect on the server)"));
        }
        schedule();
    });
}

} // namespace steward
