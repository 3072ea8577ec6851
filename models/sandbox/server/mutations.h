// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sandbox/community.h"
#include "models/sandbox/server/reply.h"

#include <QJsonObject>

namespace steward::sandbox {

/// Applies one write action to the community and returns the answer Discourse would give.
/// An action is {"op": name, "actor": user id, "at": seconds since the epoch, ...arguments};
/// applying the same actions to the same community always gives the same state, which is
/// how a journal of actions (--data) rebuilds the sandbox after a restart. Ops:
/// review.perform, review.claim, review.unclaim, topic.status, topic.update, post.delete,
/// post.recover, solution.accept, solution.unaccept, user.suspend, user.unsuspend,
/// user.silence, user.unsilence, post.create, posts.move, case.create, explorer.create,
/// explorer.update, explorer.delete (Data Explorer queries), user_note.create,
/// user_note.delete (the user-notes plugin's; these two and the explorer ops leave the revision
/// alone, since nothing derived from the community changes).
Reply applyAction(SandboxCommunity& community, const QJsonObject& action);

namespace detail {
Reply performReview(SandboxCommunity& community, const QJsonObject& action);
Reply claimTopic(SandboxCommunity& community, const QJsonObject& action, bool claim);
Reply setTopicStatus(SandboxCommunity& community, const QJsonObject& action);
Reply updateTopic(SandboxCommunity& community, const QJsonObject& action);
Reply setPostDeleted(SandboxCommunity& community, const QJsonObject& action, bool deleted);
Reply setAcceptedAnswer(SandboxCommunity& community, const QJsonObject& action, bool accepted);
Reply suspendUser(SandboxCommunity& community, const QJsonObject& action, bool suspend);
Reply silenceUser(SandboxCommunity& community, const QJsonObject& action, bool silence);
/// op user.create: {username, name?, at}; a new member of trust level 0.
Reply createUser(SandboxCommunity& community, const QJsonObject& action);
Reply createPost(SandboxCommunity& community, const QJsonObject& action);
Reply movePosts(SandboxCommunity& community, const QJsonObject& action);
Reply createCase(SandboxCommunity& community, const QJsonObject& action);
/// op explorer.create {name, description?, sql?}; explorer.update {id, name?, description?,
/// sql?} (un-hides); explorer.delete {id} (hides).
Reply createExplorerQuery(SandboxCommunity& community, const QJsonObject& action);
Reply updateExplorerQuery(SandboxCommunity& community, const QJsonObject& action);
Reply deleteExplorerQuery(SandboxCommunity& community, const QJsonObject& action);
/// op user_note.create {user_id, raw, post_id? (as the request sent it), note_id}: appends a
/// note by the actor at the action's time; user_note.delete {user_id, note_id} removes it (a
/// note that is not there is no error). Both 404 for a user that does not exist.
Reply createUserNote(SandboxCommunity& community, const QJsonObject& action);
Reply deleteUserNote(SandboxCommunity& community, const QJsonObject& action);

/// Marks a post deleted (or restored) by by at at, keeps topic, category and user counts right
/// and logs it in the staff action log as PostDestroyer does (nothing when by is the author).
void markPostDeleted(SandboxCommunity& community, PostRecord& post, qint64 at, Id by, bool deleted);
/// Appends a new post to a topic; raw is kept as an edit. Returns the new post's id.
Id appendPost(SandboxCommunity& community, Id topicId, Id userId, qint64 at, const QString& raw,
              PostType type);
} // namespace detail

} // namespace steward::sandbox
