// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/reviewable.h"

#include <optional>

namespace steward {

/// The decisions a moderator makes with one key, whatever the item's type. Each maps to
/// the server action the item offers for it, if any: Steward offers exactly what Discourse
/// bundles for the item.
enum class QueueVerb
{
    Agree,
    Disagree,
    Ignore,
    Approve,
    Reject
};

/// The item's action for a verb, in order of preference (e.g. agree: "agree_and_keep" before
/// the other agree variants); nullopt when the item offers none.
std::optional<ReviewableAction> actionForVerb(const Reviewable& item, QueueVerb verb);

} // namespace steward
