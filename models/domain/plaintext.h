// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace steward {

/// HTML's character references decoded in one pass: numeric ones and amp, lt, gt, quot,
/// apos, nbsp (as a space), hellip; anything else is left as written.
QString decodeHtmlEntities(const QString& text);

/// The text a reader sees of a post's cooked HTML, on one line, for previews in lists: as
/// Discourse's own excerpts (lib/excerpt_parser.rb) leave out quotes and oneboxes (aside),
/// an emoji is its alt text, another image "[alt]" or "[image]", tags go and entities are
/// decoded, and runs of white space are one space. At most maxChars characters.
QString plainTextFromCooked(const QString& cooked, qsizetype maxChars);

/// The same for Markdown that was never cooked (a post still awaiting approval): [quote]
/// blocks and "> " quote lines left out, links and images by their text, and emphasis, code,
/// heading and list marks dropped.
QString plainTextFromMarkdown(const QString& raw, qsizetype maxChars);

} // namespace steward
