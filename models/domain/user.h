// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ids.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace steward {

/// Discourse trust levels 0..4.
enum class TrustLevel : int
{
    NewUser = 0,
    Basic = 1,
    Member = 2,
    Regular = 3,
    Leader = 4
};

/// The trust level for a server value; nullopt when it is outside 0..4.
std::optional<TrustLevel> trustLevelFromInt(int value);
/// Discourse's English name of the level ("new user", "basic user", ...), for logs and exports.
QString trustLevelName(TrustLevel level);

/// A community member as the staff console sees them.
struct User
{
    Id id = 0;
    QString username;
    QString name;
    QString avatarTemplate; ///< contains "{size}"
    TrustLevel trustLevel = TrustLevel::NewUser;
    bool admin = false;
    bool moderator = false;
    bool staged = false;  ///< created by email-in, never logged in
    bool active = true;   ///< email confirmed
    bool approved = true; ///< false while waiting in the review queue (must_approve_users)
    QDateTime createdAt;
    QDateTime lastSeenAt;
    QDateTime suspendedUntil; ///< invalid when never suspended
    QString suspendReason;
    QDateTime silencedUntil; ///< invalid when never silenced
    int postCount = 0;
    int topicCount = 0; ///< -1 when the answer it came from did not say (admin user lists do not)
    int likesReceived = 0; ///< -1 when the answer it came from did not say

    /// Admins and moderators are staff; their flags and replies count as staff ones.
    bool isStaff() const { return admin || moderator; }
    bool isSuspendedAt(const QDateTime& now) const;
    bool isSilencedAt(const QDateTime& now) const;
    /// The avatar URL path for a pixel size, from the template.
    QString avatarPath(int size) const;

    friend bool operator==(const User&, const User&) = default;
};

} // namespace steward
