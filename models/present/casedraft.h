// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A support case's draft made from a post of the thread view.
#pragma once

#include "models/net/casetarget.h"
#include "models/store/threadqueries.h"

namespace steward {

/// The case a moderator starts from for post (the topic's first post when raised on the
/// topic): the author as the customer, the post's link on the site, the topic's title and the
/// post's text as an excerpt of at most ExcerptLimit characters.
CaseDraft caseDraftFor(const thread::Header& topic, const thread::ThreadPost& post,
                       const QUrl& site, const QString& raisedBy);

inline constexpr int ExcerptLimit = 2000;

/// Cooked HTML as plain text for a case: scripts and styles dropped, paragraphs and line
/// breaks as new lines, list items as "- " lines, entities decoded, runs of blank lines folded; cut
/// at a word boundary with "…" past maxChars.
QString plainTextOfCooked(const QString& cooked, int maxChars);

} // namespace steward
