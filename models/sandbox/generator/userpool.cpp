// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/generator/userpool.h"

#include <algorithm>

namespace steward::sandbox::detail {

void UserPools::Pool::add(Id id, qint64 at, double weight)
{
    joined.push_back(at);
    prefix.push_back((prefix.empty() ? 0.0 : prefix.back()) + weight);
    ids.push_back(id);
}

Id UserPools::Pool::pick(Rng& rng, qint64 at, Id exclude) const
{
    const auto available =
        std::size_t(std::upper_bound(joined.begin(), joined.end(), at) - joined.begin());
    if (available == 0)
        return 0;
    Id chosen = 0;
    for (int attempt = 0; attempt < 4; ++attempt) {
        const double r = rng.uniform() * prefix[available - 1];
        const auto it = std::upper_bound(prefix.begin(), prefix.begin() + qsizetype(available), r);
        chosen = ids[std::min(std::size_t(it - prefix.begin()), available - 1)];
        if (chosen != exclude)
            return chosen;
    }
    return available > 1 || chosen != exclude ? chosen : 0;
}

UserPools::UserPools(const SandboxCommunity& community)
{
    for (const SandboxUser& m : community.users) {
        const qint64 joined = toSeconds(m.user.createdAt);
        switch (m.persona) {
        case Persona::Admin:
        case Persona::Moderator:
        case Persona::Staff:
            m_staff.add(m.user.id, joined, m.activity);
            break;
        case Persona::Champion:
            m_champions.add(m.user.id, joined, m.activity);
            break;
        case Persona::Regular:
        case Persona::Newcomer:
            m_members.add(m.user.id, joined, m.activity);
            break;
        case Persona::Lurker:
        case Persona::Spammer:
            break;
        }
    }
}

Id UserPools::staff(Rng& rng, qint64 at) const
{
    const Id id = m_staff.pick(rng, at, 0);
    return id ? id : m_staff.ids.front();
}

Id UserPools::champion(Rng& rng, qint64 at) const
{
    const Id id = m_champions.pick(rng, at, 0);
    return id ? id : staff(rng, at);
}

Id UserPools::community(Rng& rng, qint64 at, Id exclude) const
{
    const Id id = m_members.pick(rng, at, exclude);
    return id ? id : champion(rng, at);
}

} // namespace steward::sandbox::detail
