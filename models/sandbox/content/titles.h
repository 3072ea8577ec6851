// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sandbox/community.h"
#include "models/sandbox/content/slots.h"

namespace steward::sandbox {

/// text with each inline choice "[a|b|c]" replaced by one of its options (possibly empty).
QString chooseInline(Rng& rng, QStringView text);

/// A topic's title as people write them: one of the '|'-separated alternatives, its inline
/// choices made and its slots filled; questions, known issues, ideas and discussions often get
/// a prefix ("[iOS] ", "Feature request: ") or a qualifier (" since 4.2.1", " on the Team plan"),
/// so that a medium community shares no title among more than a handful of topics.
QString composeTitle(Rng& rng, const char* alternatives, const Slots& slots, TopicKind kind);

} // namespace steward::sandbox
