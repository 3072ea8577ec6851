// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sandbox/community.h"
#include "models/sandbox/generator/params.h"
#include "models/sandbox/generator/rng.h"

namespace steward::sandbox {

/// Builds a deterministic customer-support community: the same parameters always give the
/// same community, byte for byte. The figures it aims at are those of community-metrics.md.
SandboxCommunity generateCommunity(const GeneratorParams& params);

namespace detail {
// The generator's stages, in order; each reads what the earlier ones made.
void generateCategories(SandboxCommunity& community);
void generateUsers(SandboxCommunity& community, const GeneratorParams& params, Rng& rng);
/// Every topic and post (drafts.h has the stages), then finishTopics().
void generateTopics(SandboxCommunity& community, const GeneratorParams& params, Rng& rng);
/// Titles, slugs, tags, counts, likes and self-deletions, once ids are final.
void finishTopics(SandboxCommunity& community, Rng& rng);
/// Recomputes a topic's post, reply and like counts and last-post time from its posts.
void refreshTopicCounts(SandboxCommunity& community, TopicRecord& record);
void generateReviewQueue(SandboxCommunity& community, const GeneratorParams& params, Rng& rng);
/// The staff action log of what the stages above did, in time order (generator/stafflog.cpp).
void generateStaffLog(SandboxCommunity& community);
/// The user-notes plugin's notes the staff left when they suspended or silenced a member
/// (generator/usernotes.cpp); no random draws.
void generateUserNotes(SandboxCommunity& community);
} // namespace detail

} // namespace steward::sandbox
