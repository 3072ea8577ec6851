// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Long threads, a small share of topics with hundreds of posts: the introductions thread that
// runs from launch to now, feedback threads on releases, and known issues that gather "same
// here" replies for weeks until staff post the fix, unpin and close them.
#include "models/sandbox/generator/drafts.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace steward::sandbox::detail {

namespace {

constexpr Id kFeatureIdeas = 8;
constexpr Id kLounge = 9;

/// A moment at least `room` before now; 0 when the clock gives none.
qint64 momentWithRoom(const TopicStage& stage, Rng& rng, qint64 room)
{
    for (int tries = 0; tries < 20; ++tries) {
        const qint64 at = stage.clock.sample(rng);
        if (at < stage.now - room)
            return at;
    }
    return 0;
}

/// count moments after from, spread over span with most of them early (power > 1).
std::vector<qint64> replyTimes(const TopicStage& stage, Rng& rng, qint64 from, qint64 span,
                               int count, double power)
{
    std::vector<qint64> times;
    times.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        const double spread = std::pow(rng.uniform(), power);
        const qint64 at = stage.clock.nextActive(rng, from + 60 + qint64(double(span) * spread));
        if (at < stage.now)
            times.push_back(at);
    }
    std::sort(times.begin(), times.end());
    return times;
}

void addIntroductions(TopicStage& stage, Rng& rng, int replies)
{
    const qint64 at = stage.start + kDay + rng.range(0, 6) * kHour;
    const Id author = stage.pools.staff(rng, at);
    Draft& d = stage.add(at, TopicKind::Megathread, kLounge, author);
    d.add(author, at + rng.range(60, 600), PostKind::Pinned, PostType::SmallAction);
    d.record.topic.pinned = true;
    // New members introduce themselves all along, as many as the community's activity brings.
    for (int r = 0; r < replies; ++r) {
        const qint64 t = stage.sampleAfter(rng, at + kHour);
        if (t >= stage.now)
            continue;
        if (rng.chance(0.06))
            d.add(stage.pools.staff(rng, t), t, PostKind::StaffAnswer);
        else
            d.add(stage.pools.community(rng, t), t, PostKind::ThreadReply);
    }
}

void addFeedbackThread(TopicStage& stage, Rng& rng, int replies)
{
    const qint64 at = momentWithRoom(stage, rng, 20 * kDay);
    if (at == 0)
        return;
    const Id author = stage.pools.staff(rng, at);
    Draft& d = stage.add(at, TopicKind::Megathread, kFeatureIdeas, author);
    d.add(author, at + rng.range(60, 600), PostKind::Pinned, PostType::SmallAction);
    d.record.topic.pinned = true;
    const qint64 span = qint64(std::clamp(rng.lognormal(40.0, 0.4), 14.0, 90.0) * double(kDay));
    for (qint64 t : replyTimes(stage, rng, at, span, replies, 1.5)) {
        const double pick = rng.uniform();
        if (pick < 0.08)
            d.add(stage.pools.staff(rng, t), t, PostKind::StaffAnswer);
        else
            d.add(pick < 0.15 ? stage.pools.champion(rng, t)
                              : stage.pools.community(rng, t, author),
                  t, PostKind::ThreadReply);
    }
    const qint64 unpinned = at + span + rng.range(0, 3 * int(kDay));
    if (unpinned < stage.now) {
        d.add(author, unpinned, PostKind::Unpinned, PostType::SmallAction);
        d.record.topic.pinned = false;
    }
}

void addKnownIssue(TopicStage& stage, Rng& rng, int replies)
{
    // Where problems that hit many members at once are reported.
    static constexpr std::array<Id, 6> kCategories{4, 5, 6, 7, 11, 12};
    static constexpr std::array<double, 6> kWeights{4, 16, 8, 20, 3, 2};
    const qint64 at = momentWithRoom(stage, rng, 30 * kDay);
    if (at == 0)
        return;
    const Id categoryId = kCategories[std::size_t(rng.weighted(kWeights))];
    const Id author = stage.pools.community(rng, at);
    Draft& d = stage.add(at, TopicKind::KnownIssue, categoryId, author);
    const qint64 span =
        std::min(qint64(std::clamp(rng.lognormal(25.0, 0.5), 7.0, 75.0) * double(kDay)),
                 stage.now - at - kDay);
    // Most reports come in the first days, then a trickle until the fix.
    Id pinnedBy = 0;
    for (qint64 t : replyTimes(stage, rng, at, span, replies, 2.0)) {
        const double pick = rng.uniform();
        if (pick < 0.68) {
            d.add(stage.pools.community(rng, t, author), t, PostKind::Agreement);
        } else if (pick < 0.76) {
            d.add(author, t, PostKind::FollowUp);
        } else if (pick < 0.88) {
            d.add(stage.pools.champion(rng, t), t, PostKind::Answer);
        } else {
            const Id staffer = stage.pools.staff(rng, t);
            d.add(staffer, t, PostKind::StaffUpdate);
            if (pinnedBy == 0) {
                pinnedBy = staffer;
                d.add(staffer, t + 30, PostKind::Pinned, PostType::SmallAction);
                d.record.topic.pinned = true;
            }
        }
    }
    const qint64 fixed = d.lastPostAt() + rng.range(int(kHour), 3 * int(kDay));
    if (at + span < stage.now - 3 * kDay && fixed + 60 < stage.now) {
        const Id staffer = pinnedBy ? pinnedBy : stage.pools.staff(rng, fixed);
        d.add(staffer, fixed, PostKind::FixedNote, PostType::ModeratorAction);
        if (d.record.topic.pinned)
            d.add(staffer, fixed + 5, PostKind::Unpinned, PostType::SmallAction);
        d.add(staffer, fixed + 10, PostKind::Closed, PostType::SmallAction);
        d.record.topic.pinned = false;
        d.record.topic.closed = true;
    }
}

} // namespace

void addLongThreads(TopicStage& stage, Rng& rng)
{
    const Scale scale = stage.params.scale;
    const int introductions = scale == Scale::Small    ? rng.range(60, 100)
                              : scale == Scale::Medium ? rng.range(450, 600)
                                                       : rng.range(1500, 2500);
    addIntroductions(stage, rng, introductions);
    const int feedback = scale == Scale::Small ? 0 : scale == Scale::Medium ? 3 : 25;
    for (int i = 0; i < feedback; ++i)
        addFeedbackThread(stage, rng, int(std::clamp(rng.lognormal(170.0, 0.4), 100.0, 400.0)));
    const int known = scale == Scale::Small ? 1 : scale == Scale::Medium ? 5 : 40;
    for (int i = 0; i < known; ++i) {
        const int replies = scale == Scale::Small
                                ? rng.range(40, 80)
                                : int(std::clamp(rng.lognormal(220.0, 0.45), 100.0, 600.0));
        addKnownIssue(stage, rng, replies);
    }
}

} // namespace steward::sandbox::detail
