// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The topic stages' shared shapes. Topics are drafted with their posts in any order; then
// commitDrafts() puts each topic's posts in time order, renumbers them and hands out ids that
// grow with creation time, as a real server's do.
#pragma once

#include "models/sandbox/community.h"
#include "models/sandbox/generator/params.h"
#include "models/sandbox/generator/rhythm.h"
#include "models/sandbox/generator/rng.h"
#include "models/sandbox/generator/userpool.h"

#include <vector>

namespace steward::sandbox::detail {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

inline qint64 hours(double h)
{
    return qint64(h * double(kHour));
}

/// A topic being generated. Until commitDrafts(), a post's replyToPostNumber is the index of
/// the post it replies to plus one (0: none), and acceptedIndex indexes posts.
struct Draft
{
    TopicRecord record;
    std::vector<PostRecord> posts; ///< posts[0] is the opening post
    int acceptedIndex = -1;

    qint64 createdAt() const { return posts.front().createdAt; }
    /// Adds a post; returns its index. replyTo is an index into posts, or -1.
    int add(Id userId, qint64 at, PostKind kind, PostType type = PostType::Regular,
            int replyTo = -1);
    /// The index of the first regular reply by someone other than the author, by time, later
    /// than the topic's own second; -1 if none.
    int firstResponse() const;
    /// The time of the last post.
    qint64 lastPostAt() const;
    void markDeleted(int index, qint64 at, Id by);
    /// Deletes the topic, with its opening post, as PostDestroyer does.
    void deleteTopic(qint64 at, Id by);
};

/// What the topic stages share. Drafts live in one vector: a Draft& is good only until the
/// next add().
struct TopicStage
{
    SandboxCommunity& community;
    const GeneratorParams& params;
    const ActivityClock& clock;
    const UserPools& pools;
    qint64 start = 0;
    qint64 now = 0;
    std::vector<Draft> drafts;

    Draft& add(qint64 at, TopicKind kind, Id categoryId, Id author);
    /// A moment from the clock, not before from (several tries, then from itself).
    qint64 sampleAfter(Rng& rng, qint64 from) const;
};

/// One "About the … category" topic per category, at the start, by an admin, pinned.
void addDefinitionTopics(TopicStage& stage);
/// Announcements every six weeks, pinned and unpinned with small actions, archived when old.
void addAnnouncements(TopicStage& stage, Rng& rng);
/// Private messages: members writing to staff, staff to members, members to each other.
void addPrivateMessages(TopicStage& stage, int count, Rng& rng);
/// Long threads: the introductions thread, release feedback threads, known issues.
void addLongThreads(TopicStage& stage, Rng& rng);
/// What happens around a drafted question besides answers: the author posting again before
/// anyone answered, early whispers, moderator requests, same-second replies, deletions of
/// replies, of accepted answers and of topics, moves between categories, and the small
/// actions of unlisting, archiving and closing.
void moderateTopic(const TopicStage& stage, Draft& draft, Rng& rng);
/// Sorts the drafts into the community: topic, post ids and post numbers by time.
void commitDrafts(SandboxCommunity& community, std::vector<Draft>& drafts);

} // namespace steward::sandbox::detail
