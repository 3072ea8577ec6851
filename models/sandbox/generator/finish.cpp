// SPDX-License-Identifier: GPL-3.0-or-later
// The last stage of topic generation: words, likes (NegBin(0.9, 0.5) per post, x4 for accepted
// answers, x1.5 for staff; community-metrics.md §7), deletions, pins and the derived counts.
#include "models/sandbox/content/postcontent.h"
#include "models/sandbox/generator/communitygenerator.h"

#include <algorithm>

namespace steward::sandbox::detail {

namespace {

bool countsAsPost(const PostRecord& p)
{
    return p.deletedAt == 0 && p.type != PostType::Whisper;
}

} // namespace

void refreshTopicCounts(SandboxCommunity& community, TopicRecord& record)
{
    Topic& t = record.topic;
    int posts = 0;
    int likes = 0;
    qint64 lastPosted = toSeconds(t.createdAt);
    for (int index : record.posts) {
        const PostRecord& p = community.posts[std::size_t(index)];
        if (!countsAsPost(p))
            continue;
        ++posts;
        likes += p.likeCount;
        if (p.type == PostType::Regular)
            lastPosted = std::max(lastPosted, p.createdAt);
    }
    t.postsCount = posts;
    t.replyCount = std::max(0, posts - 1);
    t.likeCount = likes;
    t.lastPostedAt = toDateTime(lastPosted);
    t.bumpedAt = t.lastPostedAt;
}

void finishTopics(SandboxCommunity& community, Rng& rng)
{
    const qint64 now = toSeconds(community.now);
    for (TopicRecord& record : community.topics) {
        const Category* category = community.category(record.originalCategoryId);
        const TopicWords words = topicWords(community.seed, record.topic.id, record.kind,
                                            category ? category->slug : QString());
        record.topic.title = words.title;
        record.topic.slug = slugify(words.title);
        record.topic.tags = record.kind == TopicKind::Spam ? QStringList() : words.tags;
    }

    for (PostRecord& p : community.posts) {
        const SandboxUser* author = community.user(p.userId);
        if (p.kind == PostKind::Spam || p.type != PostType::Regular)
            continue;
        const TopicRecord& topic = community.topics[std::size_t(p.topicId - 1)];
        double factor = 1.0;
        if (topic.topic.acceptedAnswerPostId == p.id)
            factor *= 4.0;
        if (author && author->user.isStaff())
            factor *= 1.5;
        p.likeCount = rng.negativeBinomial(0.9 * factor, 0.5);
        if (p.postNumber > 1 && rng.chance(0.004)) {
            const qint64 deleted = p.createdAt + rng.range(600, 48 * 3600);
            if (deleted < now && topic.topic.acceptedAnswerPostId != p.id) {
                p.deletedAt = deleted;
                p.deletedById = p.userId;
            }
        }
    }

    std::vector<TopicRecord*> announcements;
    for (TopicRecord& record : community.topics) {
        refreshTopicCounts(community, record);
        record.topic.views = record.topic.postsCount * rng.range(8, 40) + rng.range(0, 30);
        if (record.kind == TopicKind::Announcement) {
            announcements.push_back(&record);
            record.topic.archived = now - toSeconds(record.topic.createdAt) > 180 * 86400;
        }
    }
    for (std::size_t i = 0; i < announcements.size() && i < 2; ++i) {
        Topic& t = announcements[announcements.size() - 1 - i]->topic;
        t.pinned = true;
        t.pinnedGlobally = i == 0;
        t.archived = false;
    }

    for (const PostRecord& p : community.posts) {
        SandboxUser& author = community.users[std::size_t(p.userId - 1)];
        if (p.deletedAt == 0 && p.type == PostType::Regular) {
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
