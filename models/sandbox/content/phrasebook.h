// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

namespace steward::sandbox::phrasebook {

/// One recurring support theme. Text may hold the slots {platform}, {version},
/// {integration}, {plan}, {feature}, {error}; see postcontent.cpp.
struct Theme
{
    const char* title;
    const char* detail;
    const char* codeLanguage; ///< "" for no code block
    const char* code;
    const char* fix;
    const char* tags; ///< comma-separated
};

/// The themes for a category slug; announcements, ideas and discussions have their own.
std::span<const Theme> themesFor(const char* categorySlug);
std::span<const Theme> announcementThemes();
std::span<const Theme> ideaThemes();
std::span<const Theme> discussionThemes();
std::span<const Theme> spamThemes();

std::span<const char* const> platforms();
std::span<const char* const> versions();
std::span<const char* const> integrations();
std::span<const char* const> plans();
std::span<const char* const> features();
std::span<const char* const> errors();

std::span<const char* const> followUps();   ///< the asker adds detail or reports back
std::span<const char* const> thanks();
std::span<const char* const> agreements();  ///< "same here" replies
std::span<const char* const> answerOpeners();
std::span<const char* const> staffOpeners();
std::span<const char* const> whispers();

} // namespace steward::sandbox::phrasebook
