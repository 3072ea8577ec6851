// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSplitter;

namespace steward {

/// Gives the splitter the sizes the user left it at (prefs::splitterState(name)), if any, and
/// keeps them whenever the user moves it. Call after setting the default sizes.
void keepSplitterSizes(QSplitter* splitter, const QString& name);

} // namespace steward
