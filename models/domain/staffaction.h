// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// One row of Discourse's staff action log (UserHistory, app/models/user_history.rb), as
// GET /admin/logs/staff_action_logs serves it (app/serializers/user_history_serializer.rb).
#pragma once

#include "models/domain/ids.h"

#include <QDateTime>
#include <QString>

namespace steward {

/// UserHistory.actions: the numbers never change (the model's spec pins them).
namespace StaffActionId {
constexpr int DeleteUser = 1;
constexpr int SuspendUser = 10;
constexpr int UnsuspendUser = 11;
constexpr int DeletePost = 17;
constexpr int DeleteTopic = 18;
constexpr int CustomStaff = 23;
constexpr int SilenceUser = 30;
constexpr int UnsilenceUser = 31;
constexpr int RecoverTopic = 55;
constexpr int PostApproved = 56;
constexpr int PostRejected = 64;
} // namespace StaffActionId

struct StaffAction
{
    /// The server's id; builds before the serializer had one get a stable stand-in made from
    /// the row's content (negative, so it never meets a real id).
    Id id = 0;
    int action = 0;
    QString actionName;  ///< the enum's key, or the custom type for custom actions
    Id actingUserId = 0; ///< negative for the system user and bots
    QString actingUsername;
    Id targetUserId = 0;
    QString targetUsername;
    Id postId = 0;
    Id topicId = 0;
    Id categoryId = 0;
    QDateTime createdAt;
    QString details;
    QString context;
    QString subject;
};

} // namespace steward
