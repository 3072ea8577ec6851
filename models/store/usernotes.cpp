// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/usernotes.h"

#include "models/store/database.h"
#include "models/store/sqlvalue.h"
#include "models/store/store.h"
#include "models/store/storelog.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace steward::usernotes {

namespace {

const QString kPluginCheckpoint = QStringLiteral("user_notes.plugin");

/// Runs f in a transaction of its own; the caller must have none open (Store::commit() would
/// commit the caller's too).
template <typename F> bool inTransaction(Store& store, QString* error, F f)
{
    Q_ASSERT(!store.inTransaction());
    if (!store.begin()) {
        if (error)
            *error = store.lastError();
        return false;
    }
    if (!f() || !store.commit()) {
        if (error && error->isEmpty())
            *error = store.lastError();
        store.rollback();
        return false;
    }
    return true;
}

bool fail(QSqlQuery& q, QString* error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

Plugin plugin(const Store& store)
{
    const QString value = store.checkpoint(kPluginCheckpoint);
    return value == u"on" ? Plugin::On : value == u"off" ? Plugin::Off : Plugin::Unknown;
}

bool setPlugin(Store& store, Plugin plugin)
{
    if (usernotes::plugin(store) == plugin)
        return true;
    const QString value = plugin == Plugin::On    ? QStringLiteral("on")
                          : plugin == Plugin::Off ? QStringLiteral("off")
                                                  : QString();
    return inTransaction(store, nullptr,
                         [&] { return store.setCheckpoint(kPluginCheckpoint, value); });
}

QList<UserNote> notesOn(const Database& db, Id userId)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT id, forum_id, raw, created_by, created_at, post_id, can_delete "
                       "FROM user_note_entries WHERE user_id = ? "
                       "ORDER BY created_at DESC, id DESC"));
    q.addBindValue(userId);
    QList<UserNote> notes;
    if (!execOrLog(q))
        return notes;
    while (q.next()) {
        UserNote n;
        n.localId = q.value(0).toLongLong();
        n.forumId = q.value(1).toString();
        n.userId = userId;
        n.raw = q.value(2).toString();
        n.createdBy = q.value(3).toString();
        n.createdAt = sql::toTime(q.value(4));
        n.postId = q.value(5).toLongLong();
        n.canDelete = q.value(6).toLongLong() != 0;
        notes.append(n);
    }
    return notes;
}

namespace {

/// A null QString binds as NULL: an empty one is "".
QString notNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

bool insert(QSqlQuery& q, const UserNote& n, const QString& forumId)
{
    const QDateTime at = n.createdAt.isValid() ? n.createdAt : QDateTime::currentDateTimeUtc();
    for (const QVariant& v : QVariantList{
             n.userId,
             forumId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(forumId),
             notNull(n.raw), notNull(n.createdBy), sql::time(at), sql::optionalId(n.postId),
             n.canDelete ? 1 : 0})
        q.addBindValue(v);
    return execOrLog(q);
}

} // namespace

std::optional<Id> addLocal(Store& store, const UserNote& note, QString* error)
{
    std::optional<Id> id;
    const bool ok = inTransaction(store, error, [&] {
        QSqlQuery q(store.database().connection());
        q.prepare(QStringLiteral("INSERT INTO user_note_entries (user_id, forum_id, raw, "
                                 "created_by, created_at, post_id, can_delete) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        if (!insert(q, note, QString()) || !q.next())
            return fail(q, error);
        id = q.value(0).toLongLong();
        q.finish();
        store.noteUserNotesChange(note.userId);
        return true;
    });
    return ok ? id : std::nullopt;
}

Id userIdOf(const Database& db, const QString& username)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM users WHERE lower(username) = lower(?) LIMIT 1"));
    q.addBindValue(username);
    return execOrLog(q) && q.next() ? q.value(0).toLongLong() : 0;
}

bool removeLocal(Store& store, Id userId, Id localId, QString* error)
{
    return inTransaction(store, error, [&] {
        QSqlQuery q(store.database().connection());
        q.prepare(QStringLiteral("DELETE FROM user_note_entries WHERE id = ? AND user_id = ? AND "
                                 "forum_id IS NULL"));
        q.addBindValue(localId);
        q.addBindValue(userId);
        if (!execOrLog(q))
            return fail(q, error);
        store.noteUserNotesChange(userId);
        return true;
    });
}

bool storeForumNotes(Store& store, Id userId, const QList<UserNote>& served)
{
    QSet<QString> kept;
    for (const UserNote& n : served)
        kept.insert(n.forumId);
    QSqlQuery q(store.database().connection());
    q.prepare(QStringLiteral("SELECT forum_id FROM user_note_entries WHERE user_id = ? AND "
                             "forum_id IS NOT NULL"));
    q.addBindValue(userId);
    if (!execOrLog(q))
        return false;
    QStringList gone;
    while (q.next())
        if (!kept.contains(q.value(0).toString()))
            gone.append(q.value(0).toString());
    q.finish();
    for (const QString& forumId : gone) {
        q.prepare(QStringLiteral("DELETE FROM user_note_entries WHERE forum_id = ?"));
        q.addBindValue(forumId);
        if (!execOrLog(q))
            return false;
    }
    // A note never changes on the forum but for can_delete and its post's visibility.
    q.prepare(QStringLiteral(
        "INSERT INTO user_note_entries (user_id, forum_id, raw, created_by, created_at, post_id, "
        "can_delete) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (forum_id) DO UPDATE SET "
        "user_id = excluded.user_id, raw = excluded.raw, created_by = excluded.created_by, "
        "created_at = excluded.created_at, post_id = excluded.post_id, "
        "can_delete = excluded.can_delete"));
    for (UserNote n : served) {
        n.userId = userId; // the user asked about, whatever the note says
        if (!insert(q, n, n.forumId))
            return false;
    }
    store.noteUserNotesChange(userId);
    return true;
}

} // namespace steward::usernotes
