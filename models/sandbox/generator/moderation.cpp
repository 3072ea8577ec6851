// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What happens around a topic besides its answers, each a small share so that the figures of
// topics.cpp stay as they are: the asker adding detail or bumping, staff whispering or asking
// for details before anyone answered, replies at the topic's own second, deletions (of first
// responses, of accepted answers, of whole topics), moves between categories, and the small
// actions Discourse writes when a topic is unlisted, closed, reopened or archived.
#include "models/sandbox/generator/drafts.h"

#include <algorithm>
#include <array>

namespace steward::sandbox::detail {

namespace {

constexpr Id kBilling = 3;
constexpr Id kLounge = 9;

/// The support team's shared account, which posts the billing auto-replies.
Id autoResponder(const TopicStage& stage)
{
    for (const SandboxUser& u : stage.community.users) {
        if (u.persona == Persona::Staff)
            return u.user.id;
    }
    return stage.community.users.front().user.id;
}

/// Before the first response (or, unanswered, within the first day): posts that are not
/// responses by Discourse's definition, and replies at the topic's own second.
void beforeFirstResponse(const TopicStage& stage, Draft& d, Rng& rng)
{
    const qint64 created = d.createdAt();
    const Id author = d.record.topic.userId;
    const int first = d.firstResponse();
    const qint64 window = first >= 0 ? d.posts[std::size_t(first)].createdAt - created
                                     : std::min<qint64>(kDay, stage.now - created - 1);
    const auto within = [&](double from, double to) {
        return created +
               std::max<qint64>(1, qint64(double(window) * (from + (to - from) * rng.uniform())));
    };
    if (window > 20 * 60) {
        if (rng.chance(0.04))
            d.add(author, within(0.1, 0.8), PostKind::MoreDetail);
        if (rng.chance(0.015)) {
            const qint64 at = within(0.1, 0.7);
            d.add(stage.pools.staff(rng, at), at, PostKind::StaffWhisper, PostType::Whisper);
        }
        if (rng.chance(0.01)) {
            const qint64 at = within(0.1, 0.6);
            d.add(stage.pools.staff(rng, at), at, PostKind::AskForDetails,
                  PostType::ModeratorAction);
        }
    }
    if (window > kHour && rng.chance(0.004)) {
        // Closed as a duplicate by mistake, reopened soon after.
        const qint64 closed = within(0.1, 0.4);
        const qint64 reopened =
            closed + qint64(double(created + window - closed) * (0.2 + 0.6 * rng.uniform()));
        const Id moderator = stage.pools.staff(rng, closed);
        d.add(moderator, closed, PostKind::Closed, PostType::SmallAction);
        d.add(moderator, std::max(closed + 1, reopened), PostKind::Reopened, PostType::SmallAction);
    }
    if (rng.chance(0.003)) // the asker's form sent twice
        d.add(author, created, PostKind::Opening);
    if (d.record.originalCategoryId == kBilling && rng.chance(0.03))
        d.add(autoResponder(stage), created, PostKind::AutoReply);
    if (first < 0 && rng.chance(0.15)) {
        const qint64 at = stage.clock.nextActive(rng, created + rng.range(1, 5) * kDay);
        if (at < stage.now)
            d.add(author, at, PostKind::Bump);
    }
}

/// The small actions of the statuses the topic stage chose, at plausible times.
void statusActions(const TopicStage& stage, Draft& d, Rng& rng)
{
    Topic& t = d.record.topic;
    const qint64 created = d.createdAt();
    if (!t.visible) {
        const qint64 at = std::min(stage.now - 1, created + rng.range(300, 2 * int(kDay)));
        d.add(stage.pools.staff(rng, at), at, PostKind::Unlisted, PostType::SmallAction);
    }
    if (t.archived) {
        const qint64 at = d.lastPostAt() + rng.range(30, 120) * kDay;
        if (at < stage.now)
            d.add(stage.pools.staff(rng, at), at, PostKind::Archived, PostType::SmallAction);
        else
            t.archived = false;
    }
    if (t.closed && rng.chance(0.04)) {
        // A moderator tidied the notice away: closed, but no live small action says when.
        for (int i = int(d.posts.size()) - 1; i > 0; --i) {
            PostRecord& p = d.posts[std::size_t(i)];
            const qint64 at = p.createdAt + rng.range(3600, 30 * int(kDay));
            if (p.kind == PostKind::Closed && at < stage.now) {
                d.markDeleted(i, at, stage.pools.staff(rng, at));
                break;
            }
        }
    }
}

void deletions(const TopicStage& stage, Draft& d, Rng& rng)
{
    const bool question = d.record.kind == TopicKind::Question;
    const int first = d.firstResponse();
    const auto staff = [&](qint64 at) { return stage.pools.staff(rng, at); };
    if (question && first >= 0 && first != d.acceptedIndex && rng.chance(0.02)) {
        // The first response goes: its author thought better of it, or a moderator found it
        // off-topic.
        const qint64 at = d.posts[std::size_t(first)].createdAt + rng.range(600, 3 * int(kDay));
        if (at < stage.now) {
            const bool self = rng.chance(0.5);
            const Id by = self ? d.posts[std::size_t(first)].userId : staff(at);
            d.markDeleted(first, at, by);
            if (!self && rng.chance(0.5))
                d.add(by, at, PostKind::CleanupNote, PostType::ModeratorAction);
        }
    }
    if (d.posts.size() >= 4 && rng.chance(0.006)) {
        const int index = rng.range(2, int(d.posts.size()) - 1);
        const PostRecord& p = d.posts[std::size_t(index)];
        const qint64 at = p.createdAt + rng.range(1800, 2 * int(kDay));
        if (p.type == PostType::Regular && p.deletedAt == 0 && index != d.acceptedIndex &&
            at < stage.now) {
            const Id moderator = staff(at);
            d.markDeleted(index, at, moderator);
            if (rng.chance(0.6))
                d.add(moderator, at, PostKind::CleanupNote, PostType::ModeratorAction);
        }
    }
    if (d.acceptedIndex >= 0 && rng.chance(0.015)) {
        // The accepted answer is deleted later; the topic then counts as unsolved.
        const PostRecord& answer = d.posts[std::size_t(d.acceptedIndex)];
        const qint64 at = std::max(d.record.solvedAt, answer.createdAt) + rng.range(1, 90) * kDay +
                          rng.range(0, int(kDay));
        if (at < stage.now)
            d.markDeleted(d.acceptedIndex, at, rng.chance(0.6) ? answer.userId : staff(at));
    }
    if (question && first < 0 && rng.chance(0.02)) {
        const qint64 at = d.createdAt() + rng.range(600, 2 * int(kDay));
        if (at < stage.now)
            d.deleteTopic(at, d.record.topic.userId);
    } else if (first >= 0 && rng.chance(0.006)) {
        const qint64 at = d.lastPostAt() + rng.range(int(kHour), 14 * int(kDay));
        if (at < stage.now)
            d.deleteTopic(at, staff(at)); // a duplicate, or off-topic
    }
}

void recategorize(Draft& d, Rng& rng)
{
    static constexpr std::array<Id, 9> kQuestionCategories{2, 3, 4, 5, 6, 7, 11, 12, 13};
    if (d.acceptedIndex >= 0 && rng.chance(0.02))
        d.record.topic.categoryId = kLounge; // solved, but more a discussion than a question
    else if (rng.chance(0.02))
        d.record.topic.categoryId =
            kQuestionCategories[std::size_t(rng.range(0, int(kQuestionCategories.size()) - 1))];
}

} // namespace

void moderateTopic(const TopicStage& stage, Draft& d, Rng& rng)
{
    const bool question = d.record.kind == TopicKind::Question;
    if (question)
        beforeFirstResponse(stage, d, rng);
    statusActions(stage, d, rng);
    deletions(stage, d, rng);
    if (question)
        recategorize(d, rng);
}

} // namespace steward::sandbox::detail
