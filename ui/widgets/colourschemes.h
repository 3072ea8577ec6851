// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>

class QMenu;

namespace steward {

/// The colours Steward draws in: the desktop's own (System), or one of its own three, for a
/// desktop that offers none or a user who wants another: Light, Dark, and High contrast
/// (black and white with yellow selection; every text pair at least 7:1, WCAG AAA).
enum class ColourScheme
{
    System,
    Light,
    Dark,
    HighContrast
};
constexpr int ColourSchemeCount = 4;

/// The palette of a scheme of Steward's own; System's is the style's standard palette.
QPalette schemePalette(ColourScheme scheme);
/// Applies the scheme to the whole application (the Fusion style for Steward's own, whose
/// drawing follows the palette everywhere), keeps it (prefs::colourScheme), and lets every
/// widget repaint. System puts back the style and palette the application started with.
void applyColourScheme(ColourScheme scheme);
/// The scheme kept from the last run, applied at start.
ColourScheme savedColourScheme();
/// Fills menu with one checkable entry per scheme that applies it.
void addColourSchemeEntries(QMenu* menu);
/// Names those entries in the current language.
void nameColourSchemeEntries(QMenu* menu);
/// WCAG's contrast ratio of two colours, 1 to 21.
double contrastRatio(const QColor& a, const QColor& b);

} // namespace steward
