// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The review queue: 6 flags per 1,000 posts plus every spam post; outcomes agreed 75%,
// disagreed 12%, ignored 13% (spam nearly always agreed); items older than a week are
// handled, recent ones mostly pending; a spam wave two days ago; posts and users awaiting
// approval (community-metrics.md §6). Agreed spam deletes the post and suspends its author.
#include "models/sandbox/generator/communitygenerator.h"
#include "models/sandbox/generator/userpool.h"

#include <algorithm>
#include <array>
#include <optional>

namespace steward::sandbox::detail {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

double flagScore(const SandboxUser& flagger, int scoreType, Rng& rng)
{
    const double trust = flagger.user.isStaff() ? 5.0 : double(int(flagger.user.trustLevel));
    const double typeBonus =
        (scoreType == ScoreTypeId::Spam || scoreType == ScoreTypeId::Illegal) ? 2.0 : 0.0;
    return 1.0 + trust + typeBonus + double(rng.range(0, 3));
}

ScoreStatus outcome(Rng& rng, bool spam)
{
    if (spam)
        return rng.chance(0.95) ? ScoreStatus::Agreed : ScoreStatus::Ignored;
    static constexpr std::array<double, 3> kOutcomes{0.75, 0.12, 0.13};
    switch (rng.weighted(kOutcomes)) {
    case 0:
        return ScoreStatus::Agreed;
    case 1:
        return ScoreStatus::Disagreed;
    default:
        return ScoreStatus::Ignored;
    }
}

ReviewableStatus statusFor(ScoreStatus s)
{
    switch (s) {
    case ScoreStatus::Agreed:
        return ReviewableStatus::Approved;
    case ScoreStatus::Disagreed:
        return ReviewableStatus::Rejected;
    case ScoreStatus::Ignored:
        return ReviewableStatus::Ignored;
    case ScoreStatus::Pending:
        break;
    }
    return ReviewableStatus::Pending;
}

std::vector<Id> moderatorIds(const SandboxCommunity& community)
{
    std::vector<Id> ids;
    for (const SandboxUser& m : community.users) {
        if (m.user.moderator)
            ids.push_back(m.user.id);
    }
    return ids;
}

/// Which users have written any post, indexed by user id.
std::vector<bool> postersOf(const SandboxCommunity& community)
{
    std::vector<bool> posted(community.users.size() + 1, false);
    for (const PostRecord& post : community.posts)
        posted[std::size_t(post.userId)] = true;
    return posted;
}

/// What the queue's items are drawn from. rng draws the items and their outcomes; records
/// draws only how handled items were recorded, so that it leaves rng's sequence alone.
struct QueueContext
{
    const SandboxCommunity& community;
    const UserPools& pools;
    const std::vector<Id>& moderators;
    qint64 now;
    Rng& rng;
    Rng& records;
};

// Of the handled items, a few carry no time on their scores (only the item says when), and
// a few flags were set aside by the system, which records neither who nor when.
void resolveItem(ReviewRecord& r, qint64 created, bool spam, bool recent, QueueContext& ctx)
{
    const qint64 handled =
        created + std::max<qint64>(300, qint64(ctx.rng.lognormal(6.0, 1.3) * kHour));
    const bool pending = handled >= ctx.now || (recent && ctx.rng.chance(0.85));
    if (pending)
        return;
    const ScoreStatus s = outcome(ctx.rng, spam);
    r.item.status = statusFor(s);
    r.item.version = 2;
    r.reviewedAt = toDateTime(handled);
    r.reviewedById = ctx.moderators[std::size_t(ctx.rng.range(0, int(ctx.moderators.size()) - 1))];
    const bool bySystem =
        !spam && r.item.type == ReviewableType::FlaggedPost && ctx.records.chance(0.02);
    const bool itemTimeOnly = ctx.records.chance(0.05);
    if (bySystem) {
        r.item.status = ReviewableStatus::Ignored;
        r.reviewedAt = QDateTime();
        r.reviewedById = 0;
    }
    for (ReviewableScore& score : r.item.scores) {
        score.status = bySystem ? ScoreStatus::Ignored : s;
        if (!bySystem && !itemTimeOnly) {
            score.reviewedAt = r.reviewedAt;
            score.reviewedById = r.reviewedById;
        }
    }
}

/// Adds one to three flags on post to r, from distinct members, starting at created.
void addPostFlags(ReviewRecord& r, const PostRecord& post, bool spam, qint64 created,
                  QueueContext& ctx)
{
    static constexpr std::array<double, 4> kReasons{0.35, 0.35, 0.25, 0.05};
    static constexpr std::array<int, 4> kReasonIds{
        ScoreTypeId::Inappropriate, ScoreTypeId::OffTopic, ScoreTypeId::NotifyModerators,
        ScoreTypeId::Illegal};
    Rng& rng = ctx.rng;
    const int flags =
        1 + (rng.chance(spam ? 0.5 : 0.25) ? 1 : 0) + (rng.chance(spam ? 0.3 : 0.08) ? 1 : 0);
    for (int f = 0; f < flags; ++f) {
        const qint64 at = created + f * rng.range(60, 3 * 3600);
        const Id flaggerId = ctx.pools.community(rng, at, post.userId);
        const SandboxUser* flagger = ctx.community.user(flaggerId);
        if (!flagger || r.item.flaggerIds().contains(flaggerId))
            continue;
        ReviewableScore score;
        score.userId = flaggerId;
        score.scoreTypeId =
            spam ? ScoreTypeId::Spam : kReasonIds[std::size_t(rng.weighted(kReasons))];
        score.scoreTypeKey = scoreTypeKey(score.scoreTypeId);
        score.score = flagScore(*flagger, score.scoreTypeId, rng);
        score.createdAt = toDateTime(std::min(at, ctx.now - 1));
        r.item.scores.append(score);
        r.item.score += score.score;
    }
}

/// The flag item for a regular post, or nothing when the post was not flagged (before now).
std::optional<ReviewRecord> flaggedPostItem(const PostRecord& post, QueueContext& ctx)
{
    const SandboxCommunity& community = ctx.community;
    const qint64 now = ctx.now;
    const qint64 waveStart = now - 2 * kDay - 5 * kHour;
    const bool spam = post.kind == PostKind::Spam;
    if (!spam && !ctx.rng.chance(0.006))
        return std::nullopt;
    const TopicRecord& topic = community.topics[std::size_t(post.topicId - 1)];
    if (topic.topic.isPrivateMessage())
        return std::nullopt; // flags on messages exist, but nothing here syncs messages
    ReviewRecord r;
    r.item.type = ReviewableType::FlaggedPost;
    r.item.typeName = reviewableTypeName(r.item.type);
    r.item.topicId = post.topicId;
    r.item.categoryId = topic.topic.categoryId;
    r.item.targetId = post.id;
    r.item.targetCreatedById = post.userId;
    r.item.version = 1;
    const qint64 created =
        post.createdAt +
        std::max<qint64>(60, qint64(ctx.rng.lognormal(spam ? 0.5 : 5.0, 1.5) * kHour));
    if (created >= now)
        return std::nullopt;
    r.item.createdAt = toDateTime(created);
    addPostFlags(r, post, spam, created, ctx);
    if (r.item.scores.isEmpty())
        return std::nullopt;
    r.item.createdById = r.item.scores.front().userId;
    const bool wave = spam && post.createdAt >= waveStart - 7 * kHour;
    if (!wave)
        resolveItem(r, created, spam, now - created < 7 * kDay, ctx);
    return r;
}

/// A reply to a random question held for approval, or nothing when the pick does not fit.
std::optional<ReviewRecord> queuedPostItem(bool recent, QueueContext& ctx)
{
    const SandboxCommunity& community = ctx.community;
    Rng& rng = ctx.rng;
    const TopicRecord& topic =
        community.topics[std::size_t(rng.range(0, int(community.topics.size()) - 1))];
    if (topic.kind != TopicKind::Question || topic.topic.isDeleted())
        return std::nullopt;
    const qint64 created = recent
                               ? ctx.now - rng.range(600, 5 * int(kDay))
                               : toSeconds(topic.topic.createdAt) + rng.range(600, 3 * int(kDay));
    if (created >= ctx.now)
        return std::nullopt;
    ReviewRecord r;
    r.item.type = ReviewableType::QueuedPost;
    r.item.typeName = reviewableTypeName(r.item.type);
    r.item.topicId = topic.topic.id;
    r.item.categoryId = topic.topic.categoryId;
    r.item.createdAt = toDateTime(created);
    r.item.version = 1;
    const Id author = ctx.pools.community(rng, created, topic.topic.userId);
    r.item.createdById = author;
    r.item.targetCreatedById = author;
    r.item.payloadRaw =
        QStringLiteral("I have the same question about \"%1\". Did anyone find a workaround? "
                       "You can also reach me at my website.")
            .arg(topic.topic.title);
    ReviewableScore score;
    score.userId = author;
    score.scoreTypeId = ScoreTypeId::NeedsApproval;
    score.scoreTypeKey = scoreTypeKey(score.scoreTypeId);
    score.score = 1.0;
    score.reason = QStringLiteral("New users' first posts are reviewed before they appear.");
    score.createdAt = r.item.createdAt;
    r.item.scores.append(score);
    r.item.score = 1.0;
    if (!recent)
        resolveItem(r, created, false, false, ctx);
    return r;
}

/// The item asking a moderator to approve member's account.
ReviewRecord userApprovalItem(const SandboxUser& member)
{
    ReviewRecord r;
    r.item.type = ReviewableType::User;
    r.item.typeName = reviewableTypeName(r.item.type);
    r.item.targetId = member.user.id;
    r.item.createdById = member.user.id;
    r.item.targetCreatedById = member.user.id;
    r.item.createdAt = member.user.createdAt;
    r.item.version = 1;
    r.item.score = 1.0;
    ReviewableScore score;
    score.userId = member.user.id;
    score.scoreTypeId = ScoreTypeId::NeedsApproval;
    score.scoreTypeKey = scoreTypeKey(score.scoreTypeId);
    score.score = 1.0;
    score.reason = QStringLiteral("New accounts need a moderator's approval on this site.");
    score.createdAt = member.user.createdAt;
    r.item.scores.append(score);
    return r;
}

/// Marks up to waiting of the newest silent sign-ups unapproved and queues them.
void addUserApprovals(SandboxCommunity& community, int waiting, std::vector<ReviewRecord>& items)
{
    const std::vector<bool> posted = postersOf(community);
    int found = 0;
    for (auto it = community.users.rbegin(); it != community.users.rend() && found < waiting;
         ++it) {
        if (it->persona != Persona::Lurker && it->persona != Persona::Newcomer)
            continue;
        if (it->user.postCount > 0 || posted[std::size_t(it->user.id)])
            continue;
        ++found;
        it->user.approved = false;
        items.push_back(userApprovalItem(*it));
    }
}

/// Agreed spam: the post (and its topic, if it opened one) is deleted, its author suspended.
void deleteSpam(SandboxCommunity& community, const ReviewRecord& r, PostRecord& post,
                SandboxUser& author)
{
    post.deletedAt = toSeconds(r.reviewedAt);
    post.deletedById = r.reviewedById;
    if (post.postNumber == 1) {
        TopicRecord& topic = community.topics[std::size_t(post.topicId - 1)];
        topic.topic.deletedAt = r.reviewedAt;
        topic.deletedById = r.reviewedById;
    }
    author.user.suspendedUntil = r.reviewedAt.addYears(1000);
    author.user.suspendReason = QStringLiteral("Spam");
    author.suspendedAt = r.reviewedAt;
    author.suspendedById = r.reviewedById;
}

/// Numbers the sorted items and applies the flag outcomes to the posts and their authors.
void applyReviewOutcomes(SandboxCommunity& community, std::vector<ReviewRecord>& items,
                         const std::vector<Id>& moderators, Rng& rng)
{
    for (std::size_t i = 0; i < items.size(); ++i) {
        ReviewRecord& r = items[i];
        r.item.id = Id(i + 1);
        if (r.item.type != ReviewableType::FlaggedPost)
            continue;
        PostRecord& post = community.posts[std::size_t(r.item.targetId - 1)];
        SandboxUser& author = community.users[std::size_t(post.userId - 1)];
        if (r.item.isPending()) {
            post.hidden = r.item.score >= 9.0;
            if (r.item.topicId % 17 == 0)
                r.item.claimedById = moderators.front();
        } else if (r.item.status == ReviewableStatus::Approved && post.kind == PostKind::Spam) {
            deleteSpam(community, r, post, author);
        } else if (r.item.status == ReviewableStatus::Approved && rng.chance(0.15)) {
            author.user.silencedUntil = r.reviewedAt.addDays(7);
            author.silencedAt = r.reviewedAt;
            author.silencedById = r.reviewedById;
            author.silenceReason = QStringLiteral("Repeated rude replies after a warning");
        }
    }
}

} // namespace

void generateReviewQueue(SandboxCommunity& community, const GeneratorParams& params, Rng& rng)
{
    const qint64 now = toSeconds(community.now);
    const UserPools pools(community);
    const std::vector<Id> moderators = moderatorIds(community);
    std::vector<ReviewRecord> items;

    Rng records = rng.fork(0x726576);
    QueueContext ctx{community, pools, moderators, now, rng, records};
    for (const PostRecord& post : community.posts) {
        if (post.type != PostType::Regular)
            continue;
        if (std::optional<ReviewRecord> r = flaggedPostItem(post, ctx))
            items.push_back(std::move(*r));
    }

    // Posts held for approval: most recent ones pending, older ones approved into real posts.
    const int queued = params.scale == Scale::Small ? 5 : params.scale == Scale::Medium ? 25 : 60;
    for (int i = 0; i < queued * 4; ++i) {
        if (std::optional<ReviewRecord> r = queuedPostItem(i < queued, ctx))
            items.push_back(std::move(*r));
    }

    // Users awaiting approval: the most recent sign-ups.
    const int waiting = params.scale == Scale::Small ? 3 : params.scale == Scale::Medium ? 15 : 40;
    addUserApprovals(community, waiting, items);

    std::stable_sort(items.begin(), items.end(), [](const ReviewRecord& a, const ReviewRecord& b) {
        return a.item.createdAt < b.item.createdAt;
    });
    applyReviewOutcomes(community, items, moderators, rng);
    community.reviews = std::move(items);
    for (TopicRecord& t : community.topics)
        refreshTopicCounts(community, t);
    community.indexReviews();
    community.countCategories();
}

} // namespace steward::sandbox::detail
