// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/usernote.h"
#include "models/store/outboxstore.h"
#include "models/store/usernotes.h"
#include "models/sync/moderationaction.h"

#include <QHash>
#include <QObject>

namespace steward {

class DiscourseClient;
class Outbox;
class Store;

/// Staff notes on users, kept with the forum's user-notes plugin both ways.
///
/// Where the forum runs the plugin, a note written in Steward goes out through the outbox
/// ("note.add", with the undo window and crash recovery of every decision) and so does a
/// deletion ("note.delete"); the forum's notes, whoever wrote them, are read when a user is
/// looked at (refresh()) and after each of those decisions, and stored for the whole team.
/// Where it does not (the forum answers 404), notes are kept in Steward only: on this computer,
/// or in the team database for the team. Steward-only notes can be sent to the forum later.
class UserNotesService : public QObject
{
    Q_OBJECT
public:
    /// actor: the moderator's username, the writer of their notes.
    UserNotesService(DiscourseClient& client, Store& store, Outbox& outbox, QString actor,
                     QObject* parent = nullptr);

    /// A note as the People tab shows it.
    struct Shown
    {
        enum class State
        {
            Stored,   ///< on the forum, or kept in Steward only (UserNote::isOnForum())
            Sending,  ///< written here, waiting in the outbox
            Deleting, ///< on the forum, its deletion waiting in the outbox
        };
        UserNote note;
        State state = State::Stored;
        Id outboxId = 0; ///< the pending decision, for Sending and Deleting
    };
    /// The notes on a user, newest first: stored ones and the outbox's pending notes.
    QList<Shown> notesOn(Id userId) const;
    usernotes::Plugin plugin() const;

    /// Reads the user's notes from the forum, unless they were read in the last minute (or,
    /// the plugin being off, unless the forum was asked in the last ten); fetched() follows
    /// when a request was made.
    void refresh(Id userId, bool force = false);
    /// A note on the user (about postId when set): to the forum unless it said it has no
    /// plugin, else kept in Steward only; a note the forum refuses is kept in Steward. False,
    /// with error set, when it could not be stored.
    bool add(Id userId, const QString& raw, Id postId, QString* error);
    /// Removes a note: from the forum through the outbox, or from Steward.
    bool remove(const UserNote& note, QString* error);
    /// Sends a Steward-only note to the forum as a new note (the plugin keeps its own time
    /// and writer); it leaves Steward once the forum has it.
    bool publish(const UserNote& note, QString* error);
    /// Takes back a note's addition or deletion while it waits in the outbox.
    bool undo(Id outboxId);

Q_SIGNALS:
    /// The forum answered about a user's notes; error is empty on success, or says why the
    /// notes could not be read (the plugin being off is no error: plugin() says it).
    void fetched(steward::Id userId, const QString& error);
    /// What notesOn(userId) shows changed: a note stored, or one of its decisions moved on,
    /// here or (on a team database) in another Steward.
    void notesChanged(steward::Id userId);

private:
    /// Discourse's system user, there on every site.
    static constexpr Id kSystemUserId = -1;

    /// A 404 for userId: whether the plugin is off, or the user gone.
    void probe(Id userId);
    /// A note.add that ended: a published note leaves Steward, a refused one stays in it.
    void settle(Id entryId, OutboxState state);
    ModerationAction withEarlierTwins(ModerationAction action) const;
    /// Queues the decision; false with the outbox's reason in error.
    bool submit(const ModerationAction& action, QString* error);

    DiscourseClient& m_client;
    Store& m_store;
    Outbox& m_outbox;
    QString m_actor;
    QHash<Id, qint64> m_askedAt; ///< when each user's notes were last asked for (ms)
    qint64 m_pluginAskedAt = 0;
};

} // namespace steward
