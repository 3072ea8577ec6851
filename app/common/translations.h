// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

namespace steward {

/// Installs Steward's translation for the locale (from the compiled-in ":/i18n/steward_*.qm")
/// and Qt's own, on the running application. Translators installed by an earlier call are
/// removed first. Returns true when Steward has a translation for the locale's languages.
bool installTranslations(const QLocale& locale);

} // namespace steward
