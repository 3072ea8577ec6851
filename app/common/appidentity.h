// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;
class QString;

namespace steward {

/// Sets the organisation and application names (settings land in ~/.config/steward/) and
/// the version. Call right after constructing the application object.
void setAppIdentity(const QString& applicationName);

/// Where Steward keeps its local databases: ~/.local/share/steward (XDG data home).
QString dataDirectory();

} // namespace steward
