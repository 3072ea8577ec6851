// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Topics and posts, with the figures of community-metrics.md: volume growing over 18 months
// with weekday and hour rhythms; 12% of questions never answered; replies 1 + NegBin(3, 1.5);
// first responses lognormal (sigma 1.5) whose median and staff share change by phase; about
// 40% of questions in solved categories get an accepted answer, often the 2nd or 3rd reply.
// The other topic stages (drafts.h) add what real communities have besides.
#include "models/sandbox/generator/communitygenerator.h"
#include "models/sandbox/generator/drafts.h"

#include <algorithm>
#include <array>

namespace steward::sandbox::detail {

namespace {

struct Phase
{
    double medianHours;
    double staffShare;
    double championShare;
};

Phase phaseAt(double month)
{
    // Medians of the raw delay; waiting for active hours (ActivityClock::nextActive) adds to
    // them, so that the observed medians come out near 1.5 h, 6 h and 3 h by phase.
    if (month < 4.0)
        return {0.5, 0.75, 0.05};
    if (month < 10.0)
        return {2.5, 0.40, 0.15};
    if (month < 12.0)
        return {1.6, 0.32, 0.25};
    return {1.0, 0.25, 0.35};
}

// Salts of the stages' own random streams: what they draw leaves the others' draws alone.
constexpr quint64 kModerationSalt = 0x6d6f64;
constexpr quint64 kMessageSalt = 0x706d73;
constexpr quint64 kLongThreadSalt = 0x6c6f6e67;

// Question categories and their weights; 4 (Integrations) shares with its subcategories.
constexpr std::array<Id, 9> kQuestionCategories{2, 3, 4, 5, 6, 7, 11, 12, 13};
constexpr std::array<double, 9> kQuestionWeights{18, 12, 4, 14, 10, 14, 3, 2, 2};

/// When a topic opens, what it is, where, and by whom.
struct TopicPlan
{
    qint64 at;
    TopicKind kind;
    Id categoryId;
    Id author;

    /// Only staff post in the staff category.
    bool staffOnly() const { return categoryId == 10; }
};

/// A topic at a moment of the clock: mostly questions, some ideas and discussions.
TopicPlan planTopic(const TopicStage& stage, Rng& rng)
{
    const qint64 at = stage.clock.sample(rng);
    const double roll = rng.uniform();
    TopicKind kind = TopicKind::Question;
    Id categoryId = kQuestionCategories[std::size_t(rng.weighted(kQuestionWeights))];
    if (roll < 0.08) {
        kind = TopicKind::Idea;
        categoryId = 8;
    } else if (roll < 0.13) {
        kind = TopicKind::Discussion;
        categoryId = 9;
    } else if (roll < 0.135) {
        kind = TopicKind::Discussion;
        categoryId = 10;
    }
    const bool staffOnly = categoryId == 10;
    const Id author = staffOnly ? stage.pools.staff(rng, at) : stage.pools.community(rng, at);
    return {at, kind, categoryId, author};
}

/// Who writes a reply, and as what.
struct Reply
{
    Id who = 0;
    PostKind kind = PostKind::Answer;
};

/// The first reply at t: staff, a champion or a member, in the shares of the phase.
Reply firstReply(const TopicStage& stage, const TopicPlan& plan, const Phase& phase, qint64 t,
                 Rng& rng)
{
    Reply reply;
    const double pick = rng.uniform();
    if (plan.staffOnly() || pick < phase.staffShare) {
        reply.who = stage.pools.staff(rng, t);
        reply.kind = PostKind::StaffAnswer;
    } else if (pick < phase.staffShare + phase.championShare) {
        reply.who = stage.pools.champion(rng, t);
    } else {
        reply.who = stage.pools.community(rng, t, plan.author);
    }
    return reply;
}

/// A later reply at t: the author following up, staff, a champion or a member.
Reply laterReply(const TopicStage& stage, const TopicPlan& plan, qint64 t, Rng& rng)
{
    Reply reply;
    const double pick = rng.uniform();
    if (pick < 0.30 && plan.kind == TopicKind::Question) {
        reply.who = plan.author;
        reply.kind = PostKind::FollowUp;
    } else if (plan.staffOnly() || pick < 0.38) {
        reply.who = stage.pools.staff(rng, t);
        reply.kind = PostKind::StaffAnswer;
    } else if (pick < 0.55) {
        reply.who = stage.pools.champion(rng, t);
    } else {
        reply.who = stage.pools.community(rng, t, plan.author);
        if (rng.chance(0.2))
            reply.kind = PostKind::Agreement;
    }
    return reply;
}

/// Drafts the replies: 1 + NegBin(3, 1.5) unless the topic stays silent, none after now.
void addReplies(const TopicStage& stage, Draft& draft, const TopicPlan& plan, Rng& rng)
{
    const double month = double(plan.at - stage.start) / double(30 * kDay);
    const Phase phase = phaseAt(month);
    const double silence = plan.kind == TopicKind::Question ? 0.12 : 0.30;
    int replies = rng.chance(silence) ? 0 : std::min(80, 1 + rng.negativeBinomial(3.0, 1.5));
    if (plan.categoryId == 10)
        replies = std::min(replies, 4);

    const ActivityClock& clock = stage.clock;
    qint64 t = plan.at;
    for (int r = 0; r < replies; ++r) {
        Reply reply;
        if (r == 0) {
            t = clock.nextActive(
                rng, t + std::max<qint64>(60, hours(rng.lognormal(phase.medianHours, 1.5))));
            reply = firstReply(stage, plan, phase, t, rng);
        } else {
            t = clock.nextActive(rng, t + std::max<qint64>(60, hours(rng.lognormal(4.0, 1.6))));
            reply = laterReply(stage, plan, t, rng);
        }
        if (t >= stage.now)
            break;
        draft.add(reply.who, t, reply.kind, PostType::Regular,
                  reply.kind == PostKind::FollowUp ? int(draft.posts.size()) - 1 : -1);
    }
}

/// In solved categories, sometimes accepts one of the first replies by others, and the
/// author sometimes thanks for it.
void acceptAnswer(const TopicStage& stage, Draft& draft, const TopicPlan& plan, Rng& rng)
{
    const Category* category = stage.community.category(plan.categoryId);
    if (!(plan.kind == TopicKind::Question && category && category->acceptedAnswersEnabled &&
          draft.posts.size() > 1 && rng.chance(0.42)))
        return;
    std::vector<int> candidates;
    for (int p = 1; p < int(draft.posts.size()) && candidates.size() < 4; ++p) {
        if (draft.posts[std::size_t(p)].userId != plan.author)
            candidates.push_back(p);
    }
    static constexpr std::array<double, 4> kWhich{0.35, 0.35, 0.2, 0.1};
    if (candidates.empty())
        return;
    const int which = rng.weighted(std::span(kWhich).first(candidates.size()));
    draft.acceptedIndex = candidates[std::size_t(which)];
    const qint64 answered = draft.posts[std::size_t(draft.acceptedIndex)].createdAt;
    const qint64 solved = answered + std::max<qint64>(300, hours(rng.lognormal(2.0, 1.4)));
    if (solved >= stage.now) {
        draft.acceptedIndex = -1;
        return;
    }
    draft.record.solvedAt = solved;
    if (rng.chance(0.5)) {
        const qint64 thanksAt = std::max(solved + 60, draft.lastPostAt() + 60);
        if (thanksAt < stage.now)
            draft.add(plan.author, thanksAt, PostKind::Thanks, PostType::Regular,
                      draft.acceptedIndex);
    }
}

/// Now and then a staff whisper on a question, two minutes after its first reply.
void addStaffWhisper(const TopicStage& stage, Draft& draft, const TopicPlan& plan, Rng& rng)
{
    if (plan.kind == TopicKind::Question && draft.posts.size() > 1 && rng.chance(0.02)) {
        const qint64 whisperAt = draft.posts[1].createdAt + 120;
        const Id staffer = stage.pools.staff(rng, draft.posts[1].createdAt);
        if (whisperAt < stage.now)
            draft.add(staffer, whisperAt, PostKind::StaffWhisper, PostType::Whisper);
    }
}

/// Staff close some solved topics and some stale questions, days after the last activity.
void closeTopic(const TopicStage& stage, Draft& draft, const TopicPlan& plan, Rng& rng)
{
    const qint64 now = stage.now;
    const qint64 last = std::max(draft.lastPostAt(), draft.record.solvedAt);
    const bool closeSolved = draft.record.solvedAt != 0 && rng.chance(0.25);
    const bool closeStale =
        plan.kind == TopicKind::Question && now - last > 120 * kDay && rng.chance(0.10);
    if (closeSolved || closeStale) {
        const qint64 closedAt = last + std::max<qint64>(kHour, hours(rng.lognormal(72.0, 1.0)));
        if (closedAt < now) {
            draft.add(stage.pools.staff(rng, closedAt), closedAt, PostKind::Closed,
                      PostType::SmallAction);
            draft.record.topic.closed = true;
        }
    }
}

/// Drafts one ordinary topic with its replies, answer, closing and moderation.
void addTopic(TopicStage& stage, Rng& rng, Rng& moderation)
{
    const TopicPlan plan = planTopic(stage, rng);
    Draft& draft = stage.add(plan.at, plan.kind, plan.categoryId, plan.author);
    addReplies(stage, draft, plan, rng);
    acceptAnswer(stage, draft, plan, rng);
    addStaffWhisper(stage, draft, plan, rng);
    closeTopic(stage, draft, plan, rng);
    draft.record.topic.archived = stage.now - plan.at > 270 * kDay && rng.chance(0.005);
    draft.record.topic.visible = !rng.chance(0.004);
    moderateTopic(stage, draft, moderation);
}

// Spam: one topic per spammer, soon after sign-up (the recent wave included).
void addSpamTopics(TopicStage& stage, Rng& rng)
{
    for (const SandboxUser& member : stage.community.users) {
        if (member.persona != Persona::Spammer)
            continue;
        const qint64 at = toSeconds(member.user.createdAt) + rng.range(120, 4 * 3600);
        if (at >= stage.now)
            continue;
        Draft& draft = stage.add(at, TopicKind::Spam,
                                 kQuestionCategories[std::size_t(rng.range(0, 5))], member.user.id);
        draft.posts.front().kind = PostKind::Spam;
    }
}

/// Points each category at its "About the … category" topic.
void linkDefinitionTopics(SandboxCommunity& community)
{
    for (const TopicRecord& t : community.topics) {
        if (t.kind != TopicKind::CategoryAbout)
            continue;
        for (Category& c : community.categories) {
            if (c.id == t.topic.categoryId)
                c.definitionTopicId = t.topic.id;
        }
    }
}

} // namespace

void generateTopics(SandboxCommunity& community, const GeneratorParams& params, Rng& rng)
{
    const int target = targetPosts(params.scale);
    const int topicCount = std::max(50, int(target / 4.6));
    const qint64 start = toSeconds(community.start);
    const qint64 now = toSeconds(community.now);
    static constexpr std::array<double, 18> kVolume{120,  200,  300,  500,  800,  1100,
                                                    1400, 1700, 2000, 2300, 2650, 3000,
                                                    3200, 3400, 3600, 3800, 4000, 4200};
    const ActivityClock clock(start, now, kVolume);
    const UserPools pools(community);
    TopicStage stage{community, params, clock, pools, start, now, {}};
    stage.drafts.reserve(std::size_t(topicCount) * 21 / 20 + 256);
    Rng moderation = rng.fork(kModerationSalt);

    addDefinitionTopics(stage);
    addAnnouncements(stage, rng);
    for (int i = 0; i < topicCount; ++i)
        addTopic(stage, rng, moderation);
    addSpamTopics(stage, rng);

    Rng messages = rng.fork(kMessageSalt);
    addPrivateMessages(stage, std::max(3, topicCount / 40), messages);
    Rng longThreads = rng.fork(kLongThreadSalt);
    addLongThreads(stage, longThreads);

    commitDrafts(community, stage.drafts);
    linkDefinitionTopics(community);
    finishTopics(community, rng);
}

} // namespace steward::sandbox::detail
