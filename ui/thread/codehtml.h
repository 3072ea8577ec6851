// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace KSyntaxHighlighting {
class Repository;
}

namespace steward {

/// KSyntaxHighlighting's definitions, loaded once per process on first use (tens of ms).
KSyntaxHighlighting::Repository& syntaxRepository();

/// Code as HTML (escaped, coloured spans) by the definition a Markdown fence names
/// ("python", "js", "yaml"...), with the theme for a dark or light background; plain
/// escaped text when no definition matches.
QString highlightedCodeHtml(const QString& code, const QString& language, bool dark);

} // namespace steward
