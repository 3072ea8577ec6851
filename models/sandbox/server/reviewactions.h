// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sandbox/community.h"

namespace steward::sandbox {

/// The actions a moderator may take on an item right now, grouped in bundles as Discourse
/// offers them (discourse-api.md §9.2). Handled items offer none.
QList<ReviewableAction> availableActions(const SandboxCommunity& community,
                                         const ReviewRecord& record);

} // namespace steward::sandbox
