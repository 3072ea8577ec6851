// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The last stage of topic generation: words, likes (NegBin(0.9, 0.5) per post, x4 for accepted
// answers, x1.5 for staff; community-metrics.md §7; none in private messages), deletions by
// their authors and the derived counts.
#include "models/sandbox/content/postcontent.h"
#include "models/sandbox/generator/communitygenerator.h"

#include <algorithm>

namespace steward::sandbox::detail {

namespace {

/// As Topic.reset_highest: posts neither deleted nor whispers, and in messages no small
/// actions either, make posts_count and last_posted_at.
bool countsAsPost(const TopicRecord& t, const PostRecord& p)
{
    return p.deletedAt == 0 && p.type != PostType::Whisper &&
           !(t.topic.isPrivateMessage() && p.type == PostType::SmallAction);
}

} // namespace

void refreshTopicCounts(SandboxCommunity& community, TopicRecord& record)
{
    Topic& t = record.topic;
    int posts = 0;
    int likes = 0;
    qint64 lastPosted = toSeconds(t.createdAt);
    qint64 bumped = lastPosted;
    for (int index : record.posts) {
        const PostRecord& p = community.posts[std::size_t(index)];
        if (!countsAsPost(record, p))
            continue;
        ++posts;
        likes += p.likeCount;
        lastPosted = std::max(lastPosted, p.createdAt);
        if (p.type == PostType::Regular) // status notices do not bump the topic
            bumped = std::max(bumped, p.createdAt);
    }
    t.postsCount = posts;
    t.replyCount = std::max(0, posts - 1);
    t.likeCount = likes;
    t.lastPostedAt = toDateTime(lastPosted);
    t.bumpedAt = toDateTime(bumped);
}

void finishTopics(SandboxCommunity& community, Rng& rng)
{
    const qint64 now = toSeconds(community.now);
    for (TopicRecord& record : community.topics) {
        const Category* category = community.category(record.originalCategoryId);
        const TopicWords words = topicWords(community.seed, record.topic.id, record.kind,
                                            category ? category->slug : QString());
        const bool about = record.kind == TopicKind::CategoryAbout && category;
        record.topic.title =
            about ? QStringLiteral("About the %1 category").arg(category->name) : words.title;
        record.topic.slug = slugify(record.topic.title);
        const bool tagged =
            record.kind != TopicKind::Spam && record.kind != TopicKind::PrivateMessage && !about;
        record.topic.tags = tagged ? words.tags : QStringList();
    }

    for (PostRecord& p : community.posts) {
        const SandboxUser* author = community.user(p.userId);
        if (p.kind == PostKind::Spam || p.type != PostType::Regular)
            continue;
        const TopicRecord& topic = community.topics[std::size_t(p.topicId - 1)];
        if (topic.topic.isPrivateMessage())
            continue;
        double factor = 1.0;
        if (topic.topic.acceptedAnswerPostId == p.id)
            factor *= 4.0;
        if (author && author->user.isStaff())
            factor *= 1.5;
        p.likeCount = rng.negativeBinomial(0.9 * factor, 0.5);
        if (p.postNumber > 1 && rng.chance(0.004)) {
            const qint64 deleted = p.createdAt + rng.range(600, 48 * 3600);
            if (deleted < now && p.deletedAt == 0 && topic.topic.acceptedAnswerPostId != p.id) {
                p.deletedAt = deleted;
                p.deletedById = p.userId;
            }
        }
    }

    for (TopicRecord& record : community.topics) {
        refreshTopicCounts(community, record);
        record.topic.views = record.topic.postsCount * rng.range(8, 40) + rng.range(0, 30);
    }

    for (const PostRecord& p : community.posts) {
        SandboxUser& author = community.users[std::size_t(p.userId - 1)];
        // As UserStat: posts in private messages count nowhere.
        const bool message = community.topics[std::size_t(p.topicId - 1)].topic.isPrivateMessage();
        if (p.deletedAt == 0 && p.type == PostType::Regular && !message) {
            ++author.user.postCount;
            author.user.likesReceived += p.likeCount;
            if (p.postNumber == 1)
                ++author.user.topicCount;
        }
        const QDateTime at = toDateTime(p.createdAt);
        if (!author.user.lastSeenAt.isValid() || author.user.lastSeenAt < at)
            author.user.lastSeenAt = at;
    }
    for (SandboxUser& m : community.users) {
        if (!m.user.lastSeenAt.isValid()) {
            const qint64 joined = toSeconds(m.user.createdAt);
            m.user.lastSeenAt = toDateTime(std::min(now, joined + rng.range(60, 30 * 86400)));
        }
    }
}

} // namespace steward::sandbox::detail
