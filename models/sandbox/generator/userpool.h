// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sandbox/community.h"
#include "models/sandbox/generator/rng.h"

#include <vector>

namespace steward::sandbox::detail {

/// Chooses who writes a post: among members who had joined by then, in proportion to their
/// activity, so that a few members write most of the posts.
class UserPools
{
public:
    explicit UserPools(const SandboxCommunity& community);

    Id staff(Rng& rng, qint64 at) const;
    Id champion(Rng& rng, qint64 at) const;
    /// A regular member or newcomer other than exclude (usually the topic's author).
    Id community(Rng& rng, qint64 at, Id exclude = 0) const;

private:
    struct Pool
    {
        std::vector<qint64> joined;
        std::vector<double> prefix;
        std::vector<Id> ids;
        void add(Id id, qint64 at, double weight);
        Id pick(Rng& rng, qint64 at, Id exclude) const;
    };
    Pool m_staff;
    Pool m_champions;
    Pool m_members;
};

} // namespace steward::sandbox::detail
