// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Topics that are not questions: the categories' definition topics, the announcements with
// their pins, and private messages.
#include "models/sandbox/generator/drafts.h"

#include <algorithm>

namespace steward::sandbox::detail {

namespace {

/// A lurker or newcomer who had joined by then: members who post nowhere else write
/// messages too. Falls back to an active member.
Id quietMember(const TopicStage& stage, Rng& rng, qint64 at)
{
    const auto& users = stage.community.users;
    const auto joinedBy = std::upper_bound(users.begin(), users.end(), at,
                                           [](qint64 t, const SandboxUser& u) {
                                               return t < toSeconds(u.user.createdAt);
                                           }) -
                          users.begin();
    for (int tries = 0; tries < 12 && joinedBy > 0; ++tries) {
        const SandboxUser& u = users[std::size_t(rng.range(0, int(joinedBy) - 1))];
        if (u.persona == Persona::Lurker || u.persona == Persona::Newcomer)
            return u.user.id;
    }
    return stage.pools.community(rng, at);
}

} // namespace

void addDefinitionTopics(TopicStage& stage)
{
    // Category#create_category_definition: made with the category by the admin who created
    // it, one post, pinned in its category (pinned_at set, no small action).
    const auto admin = std::find_if(stage.community.users.begin(), stage.community.users.end(),
                                    [](const SandboxUser& u) { return u.user.admin; });
    if (admin == stage.community.users.end())
        return;
    const qint64 at = std::max(stage.start, toSeconds(admin->user.createdAt));
    qint64 second = 0;
    for (const Category& c : stage.community.categories) {
        Draft& d = stage.add(at + second++, TopicKind::CategoryAbout, c.id, admin->user.id);
        d.record.topic.pinned = true;
    }
}

void addAnnouncements(TopicStage& stage, Rng& rng)
{
    const std::size_t first = stage.drafts.size();
    for (qint64 at = stage.start + 2 * kHour; at < stage.now;
         at += 42 * kDay + rng.range(-5, 5) * kDay) {
        const qint64 moment = at + rng.range(0, 8) * kHour;
        if (moment < stage.now)
            stage.add(moment, TopicKind::Announcement, 1, stage.pools.staff(rng, moment));
    }
    // Each is pinned when posted and unpinned when the one after next comes, so the latest
    // two stay pinned, the latest site-wide; unpinned ones are archived after six months or so.
    Rng status = rng.fork(0x616e6e);
    const std::size_t count = stage.drafts.size() - first;
    for (std::size_t i = 0; i < count; ++i) {
        const qint64 next = i + 2 < count ? stage.drafts[first + i + 2].createdAt() : 0;
        Draft& d = stage.drafts[first + i];
        Topic& topic = d.record.topic;
        const bool latest = i + 1 == count;
        const qint64 pinAt = std::min(stage.now - 1, d.createdAt() + status.range(60, 1800));
        d.add(topic.userId, pinAt, latest ? PostKind::PinnedGlobally : PostKind::Pinned,
              PostType::SmallAction);
        topic.pinned = true;
        topic.pinnedGlobally = latest;
        const qint64 unpinAt = next + status.range(60, 3600);
        if (next != 0 && unpinAt < stage.now) {
            d.add(stage.pools.staff(status, unpinAt), unpinAt, PostKind::Unpinned,
                  PostType::SmallAction);
            topic.pinned = false;
        }
        const qint64 archiveAt = d.createdAt() + 180 * kDay + status.range(0, 20) * kDay;
        if (!topic.pinned && archiveAt < stage.now) {
            d.add(stage.pools.staff(status, archiveAt), archiveAt, PostKind::Archived,
                  PostType::SmallAction);
            topic.archived = true;
        }
    }
}

void addPrivateMessages(TopicStage& stage, int count, Rng& rng)
{
    const UserPools& pools = stage.pools;
    for (int i = 0; i < count; ++i) {
        const qint64 at = stage.clock.sample(rng);
        const double roll = rng.uniform();
        std::vector<Id> between;
        if (roll < 0.45) { // a member writes to staff about an account, an invoice, a case
            between.push_back(rng.chance(0.35) ? quietMember(stage, rng, at)
                                               : pools.community(rng, at));
            between.push_back(pools.staff(rng, at));
            if (rng.chance(0.2))
                between.push_back(pools.staff(rng, at));
        } else if (roll < 0.65) { // staff write to a member: a warning, a note about an edit
            between.push_back(pools.staff(rng, at));
            between.push_back(pools.community(rng, at));
        } else { // members among themselves
            between.push_back(rng.chance(0.3) ? quietMember(stage, rng, at)
                                              : pools.community(rng, at));
            between.push_back(rng.chance(0.4) ? pools.champion(rng, at)
                                              : pools.community(rng, at, between.front()));
            if (rng.chance(0.15))
                between.push_back(pools.community(rng, at, between.front()));
        }
        std::vector<Id> unique;
        for (Id id : between) {
            if (id != 0 && std::find(unique.begin(), unique.end(), id) == unique.end())
                unique.push_back(id);
        }
        if (unique.size() < 2)
            continue;
        Draft& d = stage.add(at, TopicKind::PrivateMessage, 0, unique.front());
        d.record.topic.archetype = Archetype::PrivateMessage;
        d.record.allowedUserIds = unique;
        const int replies = rng.chance(0.15) ? 0 : 1 + rng.poisson(1.2);
        qint64 t = at;
        Id last = unique.front();
        for (int r = 0; r < replies; ++r) {
            t = stage.clock.nextActive(rng,
                                       t + std::max<qint64>(120, hours(rng.lognormal(3.0, 1.3))));
            if (t >= stage.now)
                break;
            Id who = unique[1];
            if (r > 0) {
                do
                    who = unique[std::size_t(rng.range(0, int(unique.size()) - 1))];
                while (who == last);
            }
            d.add(who, t, PostKind::MessageReply, PostType::Regular, int(d.posts.size()) - 1);
            last = who;
        }
    }
}

} // namespace steward::sandbox::detail
