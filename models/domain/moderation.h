// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The kinds of moderation decisions Steward sends, the topic flags it sets, and the states of a
// support case. Each is stored by name (the outbox and case tables, older files too); the names
// never change.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace steward {

/// What a decision does (see ModerationAction and the descriptors in models/sync/actiontypes).
enum class ActionKind
{
    ReviewPerform,    ///< "review.perform": PUT /review/{id}/perform/{action}
    ReviewClaim,      ///< "review.claim"
    ReviewUnclaim,    ///< "review.unclaim"
    UserSuspend,      ///< "user.suspend"
    UserUnsuspend,    ///< "user.unsuspend"
    UserSilence,      ///< "user.silence"
    UserUnsilence,    ///< "user.unsilence"
    TopicStatus,      ///< "topic.status": one TopicFlag on or off
    TopicUpdate,      ///< "topic.update": title, category, tags
    PostsMove,        ///< "posts.move"
    TopicNote,        ///< "topic.note": a reply or whisper
    PostDelete,       ///< "post.delete"
    PostRecover,      ///< "post.recover"
    SolutionAccept,   ///< "solution.accept"
    SolutionUnaccept, ///< "solution.unaccept"
    NoteAdd,          ///< "note.add": a note on a user (the user-notes plugin)
    NoteDelete,       ///< "note.delete"
};
inline constexpr int kActionKindCount = int(ActionKind::NoteDelete) + 1;

/// The stored name, such as "review.perform".
QString actionKindName(ActionKind kind);
/// nullopt for a name this build does not know (an entry written by a newer Steward).
std::optional<ActionKind> actionKindFromName(QStringView name);
/// A note on a user (the user-notes plugin), added or deleted.
bool isUserNote(ActionKind kind);
/// What the decision is on: "review", "user", "topic", "posts", "post" or "solution" (the
/// name's first part, as the audit log stores it); "user" for notes, which are on a user.
QString actionTargetType(ActionKind kind);

/// A topic flag PUT /t/{id}/status sets (TopicsController#status, app/controllers/
/// topics_controller.rb: status must be one of these names).
enum class TopicFlag
{
    Closed,
    Archived,
    Visible,
    Pinned,
    PinnedGlobally,
};
/// The server's name ("closed", "pinned_globally"), also the topic JSON's field.
QString topicFlagName(TopicFlag flag);
std::optional<TopicFlag> topicFlagFromName(QStringView name);

/// A support case handed to the case target (CaseService).
enum class CaseState
{
    Sending,
    Done,
    Failed,
};
QString caseStateName(CaseState state); ///< "sending", "done", "failed"
std::optional<CaseState> caseStateFromName(QStringView name);

} // namespace steward
