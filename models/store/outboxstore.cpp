// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/outboxstore.h"

#include "models/store/database.h"
#include "models/store/sqlvalue.h"
#include "models/store/store.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace steward {

namespace {

const char* const kStateNames[] = {"pending", "sending", "done", "conflict", "failed", "cancelled"};

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

const QString kColumns =
    QStringLiteral("id, created_at, not_before, updated_at, actor, kind, target_id, params, state, "
                   "attempts, error, server_state, queued_by_role");

OutboxEntry read(const QSqlQuery& q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.createdAt = sql::toTime(q.value(1));
    e.notBefore = sql::toTime(q.value(2));
    e.updatedAt = sql::toTime(q.value(3));
    e.actor = q.value(4).toString();
    e.kind = actionKindFromName(q.value(5).toString());
    e.targetId = q.value(6).toLongLong();
    e.params = object(q.value(7));
    e.state = outboxStateFromName(q.value(8).toString()).value_or(OutboxState::Failed);
    e.attempts = q.value(9).toInt();
    e.error = q.value(10).toString();
    e.serverState = object(q.value(11));
    e.queuedByRole = q.value(12).toString();
    return e;
}

QString kindName(const OutboxEntry& e)
{
    return e.kind ? actionKindName(*e.kind) : QStringLiteral("unknown");
}

QString targetType(const OutboxEntry& e)
{
    return e.kind ? actionTargetType(*e.kind) : QStringLiteral("unknown");
}

} // namespace

QString outboxStateName(OutboxState state)
{
    return QString::fromLatin1(kStateNames[int(state)]);
}

std::optional<OutboxState> outboxStateFromName(const QString& name)
{
    for (int i = 0; i < 6; ++i)
        if (name == QLatin1StringView(kStateNames[i]))
            return OutboxState(i);
    return std::nullopt;
}

namespace {

/// The decision that undoes kind ("user.suspend" for "user.unsuspend"), or kind itself.
QString oppositeKind(const QString& kind)
{
    static const QHash<QString, QString> opposites = [] {
        QHash<QString, QString> h;
        for (const auto& [a, b] :
             {std::pair{"review.claim", "review.unclaim"},
              std::pair{"user.suspend", "user.unsuspend"},
              std::pair{"user.silence", "user.unsilence"}, std::pair{"post.delete", "post.recover"},
              std::pair{"solution.accept", "solution.unaccept"}}) {
            h.insert(QString::fromLatin1(a), QString::fromLatin1(b));
            h.insert(QString::fromLatin1(b), QString::fromLatin1(a));
        }
        return h;
    }();
    return opposites.value(kind, kind);
}

/// Whether a second such decision on the same target can contradict a first: not for writing
/// (a reply, a note on a user) or removing a note, where each decision stands on its own.
bool canConflict(const OutboxEntry& e)
{
    return e.kind && *e.kind != ActionKind::TopicNote && !isUserNote(*e.kind);
}

/// One name for a decision and its opposite, to serialise both on a target.
QString conflictFamily(const QString& kind)
{
    return std::min(kind, oppositeKind(kind));
}

/// The first key of the session advisory lock a connection holds on each entry it claimed
/// (the second is the entry's id).
constexpr int kClaimLock = 0x5354;
/// The first key of the transaction lock under which a claim checks that no other decision of
/// its kind is on its way to the same target (the second is the target's id).
constexpr int kTargetLock = 0x5355;

} // namespace

OutboxStore::OutboxStore(Store& store)
    : m_store(store)
{
}

std::optional<Id> OutboxStore::add(OutboxEntry entry)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!entry.createdAt.isValid())
        entry.createdAt = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::UTC);
    if (!entry.notBefore.isValid())
        entry.notBefore = entry.createdAt;
    if (!m_store.begin())
        return std::nullopt;
    if (m_store.database().backend() == Database::Backend::PostgreSQL && canConflict(entry)) {
        // Two moderators deciding on one item at once: the second waits here for the first's
        // commit, then finds its decision.
        QSqlQuery open(m_store.database().connection());
        open.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))"));
        open.addBindValue(
            QStringLiteral("%1:%2").arg(conflictFamily(kindName(entry))).arg(entry.targetId));
        if (!open.exec()) {
            m_lastError = open.lastError().text();
            m_store.rollback();
            return std::nullopt;
        }
        open.prepare(QStringLiteral("SELECT actor, state FROM outbox WHERE kind IN (?, ?) AND "
                                    "target_id = ? AND state IN ('pending', 'sending') LIMIT 1"));
        open.addBindValue(kindName(entry));
        open.addBindValue(oppositeKind(kindName(entry)));
        open.addBindValue(entry.targetId);
        if (!open.exec() || open.next()) {
            m_lastError = open.isActive()
                              ? QStringLiteral("%1 has already decided on this (%2)")
                                    .arg(open.value(0).toString(), open.value(1).toString())
                              : open.lastError().text();
            m_store.rollback();
            return std::nullopt;
        }
    }
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("INSERT INTO outbox (created_at, not_before, updated_at, actor, kind, "
                             "target_id, params, state) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, 'pending') RETURNING id"));
    for (const QVariant& v :
         QVariantList{sql::time(entry.createdAt), sql::time(entry.notBefore), now, entry.actor,
                      kindName(entry), entry.targetId, json(entry.params)})
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        m_store.rollback();
        return std::nullopt;
    }
    entry.id = q.value(0).toLongLong();
    q.finish(); // SQLite's statement is done only once stepped past its RETURNING row

    entry.state = OutboxState::Pending;
    m_store.noteOutboxChange(entry.id);
    if (!writeAudit(entry, QStringLiteral("queued"), {}) || !m_store.commit()) {
        m_store.rollback();
        return std::nullopt;
    }
    return entry.id;
}

std::optional<OutboxEntry> OutboxStore::entry(Id id) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return read(q);
}

QList<OutboxEntry> OutboxStore::inState(OutboxState state) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE state = ? ORDER BY id").arg(kColumns));
    q.addBindValue(outboxStateName(state));
    QList<OutboxEntry> out;
    if (q.exec())
        while (q.next())
            out.append(read(q));
    return out;
}

QList<OutboxEntry> OutboxStore::openOn(const QList<ActionKind>& kinds, Id targetId) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE target_id = ? AND state IN ('pending', "
                             "'sending') ORDER BY id")
                  .arg(kColumns));
    q.addBindValue(targetId);
    QList<OutboxEntry> out;
    if (q.exec())
        while (q.next())
            if (const OutboxEntry e = read(q); e.kind && kinds.contains(*e.kind))
                out.append(e);
    return out;
}

QList<OutboxEntry> OutboxStore::due(const QDateTime& now) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE state = 'pending' AND not_before <= ? "
                             "AND (? = '' OR actor = ?) ORDER BY id")
                  .arg(kColumns));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(m_sendingActor.isNull() ? QStringLiteral("") : m_sendingActor);
    q.addBindValue(m_sendingActor.isNull() ? QStringLiteral("") : m_sendingActor);
    QList<OutboxEntry> out;
    if (q.exec())
        while (q.next())
            out.append(read(q));
    return out;
}

QDateTime OutboxStore::nextDue() const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT MIN(not_before) FROM outbox WHERE state = 'pending' AND "
                             "(? = '' OR actor = ?)"));
    q.addBindValue(m_sendingActor.isNull() ? QStringLiteral("") : m_sendingActor);
    q.addBindValue(m_sendingActor.isNull() ? QStringLiteral("") : m_sendingActor);
    return q.exec() && q.next() ? sql::toTime(q.value(0)) : QDateTime();
}

int OutboxStore::count(OutboxState state) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(
        QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = ? AND (? = '' OR actor = ?)"));
    q.addBindValue(outboxStateName(state));
    q.addBindValue(m_sendingActor.isNull() ? QStringLiteral("") : m_sendingActor);
    q.addBindValue(m_sendingActor.isNull() ? QStringLiteral("") : m_sendingActor);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool OutboxStore::makeDueNow(const QSet<Id>& ids, const QDateTime& now)
{
    if (ids.isEmpty())
        return true;
    QStringList list; // ids are numbers: written into the statement, never text from outside
    for (Id id : ids)
        list.append(QString::number(id));
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("UPDATE outbox SET not_before = ? WHERE state = 'pending' AND "
                             "not_before > ? AND id IN (%1)")
                  .arg(list.join(u',')));
    for (const QVariant& v : QVariantList{sql::time(now), sql::time(now)})
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool OutboxStore::transition(Id id, OutboxState state, const QString& error,
                             const QJsonObject& serverState, const QString& auditResult)
{
    std::optional<OutboxEntry> current = entry(id);
    if (!current)
        return false;
    if (!m_store.begin())
        return false;
    QSqlQuery q(m_store.database().connection());
    // Back to pending means "send now": its undo window ended before it was first sent.
    // A claim takes only a pending entry nobody else is claiming.
    const bool claim = state == OutboxState::Sending;
    const bool server = m_store.database().backend() == Database::Backend::PostgreSQL;
    // A note waits while another on the same user is on its way, whoever sends it: the
    // user-notes plugin rewrites a user's whole list without a lock (docs/discourse-
    // conformance.md §30), so two sent at once can lose one. The check and the claim are
    // made under one lock, so two claims cannot both pass it.
    const bool alone = claim && server && current->kind && isUserNote(*current->kind);
    if (alone) {
        QSqlQuery lock(m_store.database().connection());
        lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?, CAST(? AS integer))"));
        lock.addBindValue(kTargetLock);
        lock.addBindValue(current->targetId);
        if (!lock.exec()) {
            m_lastError = lock.lastError().text();
            m_store.rollback();
            return false;
        }
    }
    const QString claimed =
        server ? QStringLiteral(" AND id IN (SELECT o.id FROM outbox o WHERE o.id = "
                                "? AND o.state = 'pending' AND (o.queued_by_role IS NULL OR "
                                "o.queued_by_role = session_user) FOR UPDATE SKIP LOCKED)") +
                     (alone ? QStringLiteral(
                                  " AND NOT EXISTS (SELECT 1 FROM outbox b JOIN pg_locks l ON "
                                  "l.locktype = 'advisory' AND l.database = (SELECT oid FROM "
                                  "pg_database WHERE datname = current_database()) AND "
                                  "l.classid = %1 AND l.objid = b.id "
                                  "AND l.objsubid = 2 AND l.granted WHERE b.target_id = "
                                  "outbox.target_id AND b.kind IN ('%2', '%3') "
                                  "AND b.state = 'sending')")
                                  .arg(kClaimLock)
                                  .arg(actionKindName(ActionKind::NoteAdd),
                                       actionKindName(ActionKind::NoteDelete))
                            : QString())
               : QStringLiteral(" AND state = 'pending'");
    q.prepare(QStringLiteral(
                  "UPDATE outbox SET state = ?, error = ?, server_state = ?, updated_at = ?, "
                  "attempts = attempts + ?, not_before = CASE WHEN ? = 1 AND not_before > ? THEN "
                  "? ELSE not_before END "
                  "WHERE id = ?") +
              (claim ? claimed : QString()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QVariant& v :
         QVariantList{outboxStateName(state), error.isEmpty() ? QVariant() : QVariant(error),
                      serverState.isEmpty() ? QVariant() : QVariant(json(serverState)), now,
                      state == OutboxState::Sending ? 1 : 0, int(state == OutboxState::Pending),
                      now, now, id})
        q.addBindValue(v);
    if (claim && server)
        q.addBindValue(id);
    if (!q.exec() || (claim && q.numRowsAffected() != 1)) {
        m_lastError = !q.isActive() ? q.lastError().text()
                      : alone ? QStringLiteral("decision %1 is no longer pending, or waits for "
                                               "another note on the same user to be sent")
                                    .arg(id)
                              : QStringLiteral("decision %1 is no longer pending").arg(id);
        m_store.rollback();
        return false;
    }
    m_store.noteOutboxChange(id);
    // The claim's lock, held by this connection until the entry leaves "sending".
    if (claim && server && !m_claims.contains(id)) {
        QSqlQuery lock(m_store.database().connection());
        lock.prepare(QStringLiteral("SELECT pg_advisory_lock(?, CAST(? AS integer))"));
        lock.addBindValue(kClaimLock);
        lock.addBindValue(id);
        if (!lock.exec()) {
            m_lastError = lock.lastError().text();
            m_store.rollback();
            return false;
        }
        m_claims.insert(id);
    }
    const QString result = auditResult.isEmpty() ? outboxStateName(state) : auditResult;
    if ((state != OutboxState::Sending && !writeAudit(*current, result, error)) ||
        !m_store.commit()) {
        m_store.rollback();
        return false;
    }
    if (!claim && m_claims.remove(id)) {
        QSqlQuery unlock(m_store.database().connection());
        unlock.prepare(QStringLiteral("SELECT pg_advisory_unlock(?, CAST(? AS integer))"));
        unlock.addBindValue(kClaimLock);
        unlock.addBindValue(id);
        unlock.exec();
    }
    return true;
}

QString OutboxStore::refusalToSend(const OutboxEntry& entry) const
{
    if (entry.queuedByRole.isEmpty() ||
        m_store.database().backend() != Database::Backend::PostgreSQL)
        return {};
    if (!m_role) {
        // Unknown for now (the database failed): the claim checks the role itself.
        QSqlQuery q(m_store.database().connection());
        if (!q.exec(QStringLiteral("SELECT session_user")) || !q.next())
            return {};
        m_role = q.value(0).toString();
    }
    if (entry.queuedByRole == *m_role)
        return {};
    return QStringLiteral("not sent: queued as %1 by the database role \"%2\", and this Steward "
                          "connects as \"%3\"; a decision goes out only from the role that "
                          "queued it")
        .arg(entry.actor, entry.queuedByRole, *m_role);
}

bool OutboxStore::claimedElsewhere(Id id)
{
    if (m_store.database().backend() != Database::Backend::PostgreSQL || m_claims.contains(id))
        return false;
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?, CAST(? AS integer))"));
    q.addBindValue(kClaimLock);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return true; // cannot tell: leave it to whoever may hold it
    if (!q.value(0).toBool())
        return true;
    // Its claimer is gone, or has just settled it and let go: only the first is this
    // connection's to resolve.
    const std::optional<OutboxEntry> now = entry(id);
    if (!now || now->state != OutboxState::Sending) {
        q.prepare(QStringLiteral("SELECT pg_advisory_unlock(?, CAST(? AS integer))"));
        q.addBindValue(kClaimLock);
        q.addBindValue(id);
        q.exec();
        return true;
    }
    m_claims.insert(id);
    return false;
}

bool OutboxStore::cancel(Id id)
{
    if (!m_store.begin())
        return false;
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'cancelled', updated_at = ? WHERE id = ? "
                             "AND state = 'pending'"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_store.rollback();
        return false;
    }
    m_store.noteOutboxChange(id);
    const std::optional<OutboxEntry> e = entry(id);
    if (!e || !writeAudit(*e, QStringLiteral("undone"), {}) || !m_store.commit()) {
        m_store.rollback();
        return false;
    }
    return true;
}

bool OutboxStore::writeAudit(const OutboxEntry& entry, const QString& result, const QString& detail)
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral(
        "INSERT INTO audit_log (at, actor, action, target_type, target_id, reason, result, detail, "
        "outbox_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString reason = entry.params.value(QStringLiteral("reason")).toString();
    for (const QVariant& v : QVariantList{
             QDateTime::currentMSecsSinceEpoch(), entry.actor, kindName(entry), targetType(entry),
             entry.targetId, reason.isEmpty() ? QVariant() : QVariant(reason), result,
             detail.isEmpty() ? QVariant() : QVariant(detail), entry.id})
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

QList<AuditEntry> OutboxStore::audit(int limit) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral(
        "SELECT id, at, actor, action, target_type, target_id, reason, result, detail, outbox_id "
        "FROM audit_log ORDER BY id LIMIT ?"));
    q.addBindValue(limit);
    QList<AuditEntry> out;
    if (q.exec()) {
        while (q.next()) {
            AuditEntry a{q.value(0).toLongLong(), sql::toTime(q.value(1)), q.value(2).toString(),
                         q.value(3).toString(),   q.value(4).toString(),   q.value(5).toLongLong(),
                         q.value(6).toString(),   q.value(7).toString(),   q.value(8).toString(),
                         q.value(9).toLongLong()};
            out.append(a);
        }
    }
    return out;
}

} // namespace steward
