// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/usernotesservice.h"

#include "models/net/discourseclient.h"
#include "models/net/endpoints.h"
#include "models/net/parse/parse.h"
#include "models/store/store.h"
#include "models/sync/moderationaction.h"
#include "models/sync/outbox.h"
#include "models/sync/synclog.h"
#include "models/sync/usermessages.h"

#include <QJsonArray>
#include <QSet>

namespace steward {

namespace {
constexpr qint64 kFreshMs = 60 * 1000;          ///< a user's notes read this recently are current
constexpr qint64 kPluginOffMs = 10 * 60 * 1000; ///< how often a forum without the plugin is asked

/// The note a note.add decision writes, as its writer wrote it.
UserNote noteOf(const OutboxEntry& e)
{
    UserNote n;
    n.userId = e.targetId;
    n.raw = e.params.value(QStringLiteral("raw")).toString();
    n.createdBy = e.actor;
    n.createdAt = e.createdAt;
    n.postId = e.params.value(QStringLiteral("post_id")).toInteger();
    return n;
}
} // namespace

UserNotesService::UserNotesService(DiscourseClient& client, Store& store, Outbox& outbox,
                                   QString actor, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_outbox(outbox)
    , m_actor(std::move(actor))
{
    // Every window's notes and note decisions (on a team database, every Steward's).
    connect(&m_store, &Store::changed, this, [this](const ChangeSet& changes) {
        for (Id user : changes.userNotes)
            Q_EMIT notesChanged(user);
        for (Id entry : changes.outbox)
            if (const std::optional<OutboxEntry> e = m_outbox.entries().entry(entry);
                e && e->kind && isUserNote(*e->kind))
                Q_EMIT notesChanged(e->targetId);
    });
    // This Steward's own note decisions, once they end (after their transaction).
    connect(&m_outbox, &Outbox::entryChanged, this, &UserNotesService::settle);
}

void UserNotesService::settle(Id entryId, OutboxState state)
{
    if (state != OutboxState::Done && state != OutboxState::Failed &&
        state != OutboxState::Conflict)
        return;
    const std::optional<OutboxEntry> e = m_outbox.entries().entry(entryId);
    if (!e || e->kind != ActionKind::NoteAdd)
        return;
    const Id local = e->params.value(QStringLiteral("local_id")).toInteger();
    QString error;
    if (state == OutboxState::Done) {
        // A Steward-only note the forum now has.
        if (local != 0 && !usernotes::removeLocal(m_store, e->targetId, local, &error))
            qCWarning(lcOutbox, "note %lld not dropped: %s", qint64(local), qPrintable(error));
        return;
    }
    // Refused (the plugin turned off, the user gone, the text too long): the words stay, as a
    // Steward-only note, unless they are one already.
    if (local != 0)
        return;
    if (!usernotes::addLocal(m_store, noteOf(*e), &error))
        qCWarning(lcOutbox, "refused note on user %lld not kept: %s", qint64(e->targetId),
                  qPrintable(error));
}

usernotes::Plugin UserNotesService::plugin() const
{
    return usernotes::plugin(m_store);
}

QList<UserNotesService::Shown> UserNotesService::notesOn(Id userId) const
{
    const QList<OutboxEntry> open =
        m_outbox.entries().openOn({ActionKind::NoteAdd, ActionKind::NoteDelete}, userId);
    QHash<QString, Id> deleting; // forum id -> the decision deleting it
    QSet<Id> publishing;         // Steward-only notes on their way to the forum
    QList<Shown> shown;
    for (const OutboxEntry& e : open) {
        if (const Id local = e.params.value(QStringLiteral("local_id")).toInteger(); local != 0)
            publishing.insert(local);
        if (e.kind == ActionKind::NoteDelete) {
            deleting.insert(e.params.value(QStringLiteral("note_id")).toString(), e.id);
            continue;
        }
        shown.prepend({noteOf(e), Shown::State::Sending, e.id}); // newest first
    }
    for (const UserNote& n : usernotes::notesOn(m_store.database(), userId)) {
        if (!n.isOnForum() && publishing.contains(n.localId))
            continue; // shown as sending
        Shown s;
        s.note = n;
        if (n.isOnForum() && deleting.contains(n.forumId)) {
            s.state = Shown::State::Deleting;
            s.outboxId = deleting.value(n.forumId);
        }
        shown.append(s);
    }
    return shown;
}

void UserNotesService::refresh(Id userId, bool force)
{
    const qint64 now = m_client.clock()->nowUtc().toMSecsSinceEpoch();
    if (!force) {
        if (m_askedAt.contains(userId) && now - m_askedAt.value(userId) < kFreshMs)
            return;
        if (plugin() == usernotes::Plugin::Off && m_pluginAskedAt != 0 &&
            now - m_pluginAskedAt < kPluginOffMs)
            return;
    }
    m_askedAt.insert(userId, now);
    m_pluginAskedAt = now;
    ApiRequest* read = m_client.get(endpoints::userNotes(userId));
    connect(read, &ApiRequest::finished, this, [this, userId, read] {
        QString error;
        if (read->error().kind == ApiErrorKind::NotFound) {
            // The plugin answers 404 when it is off, and for a user that is gone: the
            // moderator's own notes tell which.
            return probe(userId);
        }
        if (read->succeeded()) {
            usernotes::setPlugin(m_store, usernotes::Plugin::On);
            const QList<UserNote> notes = parse::userNotes(read->document().object());
            if (m_store.begin() && usernotes::storeForumNotes(m_store, userId, notes) &&
                m_store.commit()) {
                qCInfo(lcSync, "user %lld: %lld notes on the forum", qint64(userId),
                       qint64(notes.size()));
            } else {
                error = m_store.lastError();
                m_store.rollback();
            }
        } else {
            m_askedAt.remove(userId); // ask again next time
            error = messages::apiError(read->error());
        }
        Q_EMIT fetched(userId, error);
    });
}

void UserNotesService::probe(Id userId)
{
    const Id own = usernotes::userIdOf(m_store.database(), m_actor);
    const Id known = own != 0 && own != userId ? own : kSystemUserId;
    ApiRequest* read = m_client.get(endpoints::userNotes(known));
    connect(read, &ApiRequest::finished, this, [this, userId, read] {
        QString error;
        if (read->succeeded()) {
            usernotes::setPlugin(m_store, usernotes::Plugin::On);
            error = tr("the forum does not know this user (deleted?)");
        } else if (read->error().kind == ApiErrorKind::NotFound) {
            // The plugin is off or missing (requires_plugin): notes stay in Steward.
            usernotes::setPlugin(m_store, usernotes::Plugin::Off);
        } else {
            m_askedAt.remove(userId);
            error = messages::apiError(read->error());
        }
        Q_EMIT fetched(userId, error);
    });
}

bool UserNotesService::add(Id userId, const QString& raw, Id postId, QString* error)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return false;
    // Unless the forum said it has no plugin, the note goes there; a refusal keeps it here.
    if (plugin() != usernotes::Plugin::Off)
        return submit(withEarlierTwins(actions::addUserNote(userId, text, postId)), error);
    UserNote note;
    note.userId = userId;
    note.raw = text;
    note.createdBy = m_actor;
    note.createdAt = m_client.clock()->nowUtc();
    note.postId = postId;
    return usernotes::addLocal(m_store, note, error).has_value();
}

bool UserNotesService::remove(const UserNote& note, QString* error)
{
    if (!note.isOnForum())
        return usernotes::removeLocal(m_store, note.userId, note.localId, error);
    return submit(actions::deleteUserNote(note.userId, note.forumId), error);
}

bool UserNotesService::submit(const ModerationAction& action, QString* error)
{
    if (m_outbox.submit(action))
        return true;
    *error = m_outbox.entries().lastError();
    return false;
}

ModerationAction UserNotesService::withEarlierTwins(ModerationAction action) const
{
    // The forum's notes with the same words by the same writer, known before this one is sent:
    // not proof that it arrived (noteAddApplied).
    QJsonArray twins;
    for (const UserNote& n : usernotes::notesOn(m_store.database(), action.targetId))
        if (n.isOnForum() && n.raw == action.params.value(QStringLiteral("raw")).toString() &&
            n.createdBy.compare(m_actor, Qt::CaseInsensitive) == 0)
            twins.append(n.forumId);
    if (!twins.isEmpty())
        action.params.insert(QStringLiteral("earlier"), twins);
    return action;
}

bool UserNotesService::undo(Id outboxId)
{
    return m_outbox.undo(outboxId);
}

bool UserNotesService::publish(const UserNote& note, QString* error)
{
    if (note.isOnForum() || plugin() != usernotes::Plugin::On)
        return false;
    // The Steward-only note stays until the forum has it (settle() drops it then), so an undo
    // or a refusal loses nothing.
    ModerationAction action =
        withEarlierTwins(actions::addUserNote(note.userId, note.raw, note.postId));
    action.params.insert(QStringLiteral("local_id"), note.localId);
    return submit(action, error);
}

} // namespace steward
