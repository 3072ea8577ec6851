// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/plaintext.h" // decodeHtmlEntities

#include <QString>

namespace steward {

/// A post's cooked HTML made safe to show: script, style, iframe, object, embed, form and
/// their contents removed, event-handler attributes and javascript: URLs dropped, and remote
/// images replaced by a placeholder link unless allowRemoteImages. The result is for
/// QTextBrowser, which never runs scripts nor fetches the network itself.
QString sanitizePostHtml(const QString& cooked, bool allowRemoteImages = false);

/// How many remote images the cooked HTML refers to.
int remoteImageCount(const QString& cooked);

} // namespace steward
