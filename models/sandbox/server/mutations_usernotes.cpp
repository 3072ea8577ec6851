// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The user-notes plugin's writes (DiscourseUserNotes.add_note and remove_note): a user's notes
// are one list, appended to and filtered. The route checks everything it can before writing;
// these only refuse a user that is gone, so that a journal replays as it was written.
#include "models/sandbox/server/mutations.h"

#include <algorithm>

namespace steward::sandbox::detail {

namespace {

const SandboxUser* noteTarget(const SandboxCommunity& community, const QJsonObject& action)
{
    return community.liveUser(action.value(QStringLiteral("user_id")).toInteger());
}

} // namespace

Reply createUserNote(SandboxCommunity& community, const QJsonObject& action)
{
    const SandboxUser* member = noteTarget(community, action);
    if (!member)
        return Reply::notFound();
    ++community.userNotesCreated;
    UserNoteRecord note;
    note.id = action.value(QStringLiteral("note_id")).toString();
    if (note.id.isEmpty())
        note.id = userNoteId(community.seed, community.userNotesCreated);
    note.userId = member->user.id;
    note.raw = action.value(QStringLiteral("raw")).toString();
    note.createdById = action.value(QStringLiteral("actor")).toInteger();
    note.createdAt = action.value(QStringLiteral("at")).toInteger();
    note.postId = action.value(QStringLiteral("post_id")); // undefined when there is none
    community.userNotes[note.userId].push_back(note);
    return Reply::success();
}

Reply deleteUserNote(SandboxCommunity& community, const QJsonObject& action)
{
    const SandboxUser* member = noteTarget(community, action);
    if (!member)
        return Reply::notFound();
    const auto found = community.userNotes.find(member->user.id);
    if (found == community.userNotes.end())
        return Reply::success();
    const QString id = action.value(QStringLiteral("note_id")).toString();
    std::vector<UserNoteRecord>& notes = *found;
    notes.erase(std::remove_if(notes.begin(), notes.end(),
                               [&id](const UserNoteRecord& n) { return n.id == id; }),
                notes.end());
    if (notes.empty()) // PluginStore.remove: the user has no list any more
        community.userNotes.erase(found);
    return Reply::success();
}

} // namespace steward::sandbox::detail
