// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ids.h"

#include <QDateTime>
#include <QString>

namespace steward {

/// A staff note on a user, as Discourse's user-notes plugin keeps it (written once, never
/// edited), or one kept in Steward only.
struct UserNote
{
    Id localId = 0;    ///< the row in Steward's store; 0 for a note not stored yet
    QString forumId;   ///< the plugin's id (32 hex characters); empty: kept in Steward only
    Id userId = 0;     ///< whom the note is about
    QString raw;       ///< as written: plain text
    QString createdBy; ///< the writer's username; empty for a note of an older Steward
    QDateTime createdAt;
    Id postId = 0; ///< the post it was written about, while the writer can see it
    bool canDelete = true;

    bool isOnForum() const { return !forumId.isEmpty(); }
    friend bool operator==(const UserNote&, const UserNote&) = default;
};

} // namespace steward
