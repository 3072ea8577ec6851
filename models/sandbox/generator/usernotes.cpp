// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The user-notes plugin's notes of the generated history: the staff member who suspended or
// silenced a member left a note about it then, pointing at the flagged post. Like the staff
// log, it reads the state the earlier stages left (no random draws), so every other figure of
// the generator stays as it was.
#include "models/sandbox/generator/communitygenerator.h"

#include <QHash>

#include <array>

namespace steward::sandbox::detail {

namespace {

constexpr std::array<const char*, 3> kSuspended = {
    "Suspended for spam links; see the flags. Do not lift it without checking their other "
    "posts.",
    "Spam account: the flag was agreed, the post removed and the account suspended. Same "
    "pattern as the last wave.",
    "Posting spam in support threads. Suspended; if they write in asking to be let back, check "
    "the email domain first.",
};

constexpr std::array<const char*, 3> kSilenced = {
    "Silenced for a week after repeated rude replies; they had a warning before. Watch their "
    "next posts when it ends.",
    "Another hostile reply to support staff despite the warning. Silenced for 7 days; next "
    "time it is a suspension.",
    "Rude replies in several threads, flag agreed. Silenced for a week and told why by message.",
};

bool isStaff(const SandboxCommunity& community, Id id)
{
    const SandboxUser* member = community.user(id);
    return member && member->user.isStaff();
}

/// The flagged post whose agreed flag led to a penalty: by (author, review time).
QHash<QPair<Id, qint64>, Id> penaltyPosts(const SandboxCommunity& community)
{
    QHash<QPair<Id, qint64>, Id> posts;
    for (const ReviewRecord& r : community.reviews) {
        if (r.item.type != ReviewableType::FlaggedPost ||
            r.item.status != ReviewableStatus::Approved || !r.reviewedAt.isValid())
            continue;
        const PostRecord* post = community.post(r.item.targetId);
        if (post)
            posts.insert({post->userId, toSeconds(r.reviewedAt)}, post->id);
    }
    return posts;
}

void addNote(SandboxCommunity& community, const SandboxUser& member, Id by, qint64 at,
             const char* text, Id postId)
{
    UserNoteRecord note;
    note.id = userNoteId(community.seed, ++community.userNotesCreated);
    note.userId = member.user.id;
    note.raw = QString::fromUtf8(text);
    note.createdById = by;
    note.createdAt = at;
    // Discourse's own UI sends the note as a form, so the plugin keeps the post id a string.
    if (postId != 0)
        note.postId = QString::number(postId);
    community.userNotes[note.userId].push_back(note);
}

} // namespace

void generateUserNotes(SandboxCommunity& community)
{
    const QHash<QPair<Id, qint64>, Id> posts = penaltyPosts(community);
    for (const SandboxUser& m : community.users) {
        if (m.deleted)
            continue;
        struct Penalty
        {
            qint64 at;
            Id by;
            const char* text;
        };
        std::vector<Penalty> penalties;
        const std::size_t wording = std::size_t(m.user.id) % kSuspended.size();
        if (m.suspendedAt.isValid() && isStaff(community, m.suspendedById))
            penalties.push_back({toSeconds(m.suspendedAt), m.suspendedById, kSuspended[wording]});
        if (m.silencedAt.isValid() && isStaff(community, m.silencedById))
            penalties.push_back({toSeconds(m.silencedAt), m.silencedById, kSilenced[wording]});
        if (penalties.size() == 2 && penalties[1].at < penalties[0].at)
            std::swap(penalties[0], penalties[1]);
        for (const Penalty& p : penalties)
            addNote(community, m, p.by, p.at, p.text, posts.value({m.user.id, p.at}));
    }
}

} // namespace steward::sandbox::detail
