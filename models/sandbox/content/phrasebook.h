// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <span>

namespace steward::sandbox::phrasebook {

/// One recurring theme. Text may hold the slots {platform}, {version}, {integration}, {plan},
/// {feature}, {error}, {count} and {number}; see postcontent.cpp. A title holds alternatives
/// separated by '|', and each may hold inline choices "[a|b|c]" (an empty choice is allowed);
/// see titles.cpp.
struct Theme
{
    const char* title;
    const char* detail;
    const char* codeLanguage; ///< "" for no code block
    const char* code;
    const char* fix;  ///< the answer; private messages: the first reply
    const char* tags; ///< comma-separated
};

/// The question themes for a category slug (support categories; others get Getting Started's).
std::span<const Theme> themesFor(const char* categorySlug);
std::span<const Theme> knownIssueThemes(); ///< problems that run for weeks
std::span<const Theme> announcementThemes();
std::span<const Theme> ideaThemes();
std::span<const Theme> discussionThemes();
std::span<const Theme> spamThemes();
std::span<const Theme> messageThemes(); ///< private messages
/// Megathreads: the introductions thread (in the lounge) and release feedback threads.
const Theme& introductionTheme();
const Theme& feedbackTheme();

// Slot values.
std::span<const char* const> platforms();
std::span<const char* const> versions();
std::span<const char* const> integrations();
std::span<const char* const> plans();
std::span<const char* const> features();
std::span<const char* const> errors(); ///< named errors; titles.cpp adds numbered codes
std::span<const int> counts();         ///< team sizes, thousands of notes, ...

// Title parts (titles.cpp): prefixes and qualifiers, for statements and for questions.
std::span<const char* const> statementPrefixes();
std::span<const char* const> questionPrefixes();
std::span<const char* const> statementQualifiers();
std::span<const char* const> questionQualifiers();
std::span<const char* const> ideaPrefixes();
std::span<const char* const> ideaQualifiers();
std::span<const char* const> discussionPrefixes();

// Replies.
std::span<const char* const> followUps(); ///< the asker adds detail or reports back
std::span<const char* const> thanks();
std::span<const char* const> agreements(); ///< "same here" replies
std::span<const char* const> answerOpeners();
std::span<const char* const> staffOpeners();
std::span<const char* const> whispers();
std::span<const char* const> moreDetail();     ///< the asker, before anyone answered
std::span<const char* const> bumps();          ///< the asker, when nobody answered
std::span<const char* const> autoReplies();    ///< a staff account's instant acknowledgement
std::span<const char* const> staffUpdates();   ///< progress notes in a known-issue thread
std::span<const char* const> introductions();  ///< replies to the introductions thread
std::span<const char* const> feedback();       ///< replies to a release feedback thread
std::span<const char* const> messageReplies(); ///< later replies in a private message
std::span<const char* const> askForDetails();  ///< moderator actions
std::span<const char* const> cleanupNotes();
std::span<const char* const> fixedNotes();

namespace detail {
template <typename T, std::size_t N> constexpr std::span<const T> all(const T (&items)[N])
{
    return std::span<const T>(items, N);
}
} // namespace detail

} // namespace steward::sandbox::phrasebook
