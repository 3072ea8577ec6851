// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The staff action log's rows as Discourse's StaffActionLogger writes them
// (app/services/staff_action_logger.rb): the generator and the server's writes both append
// through these, so that generated and live rows read alike.
#pragma once

#include "models/sandbox/community.h"

namespace steward::sandbox {

/// Appends record with the next id: id N is community.staffActions[N - 1]. The caller keeps
/// createdAt no earlier than the last row's.
void appendStaffAction(SandboxCommunity& community, StaffActionRecord record);

/// A UTC time as Ruby interpolates an ActiveSupport::TimeWithZone: "2026-11-20 15:00:00 UTC".
QString rubyTime(qint64 secondsSinceEpoch);
/// StaffMessageFormat#format (lib/staff_message_format.rb): the reason, then a blank line and
/// the message when there is one.
QString staffMessage(const QString& reason, const QString& message);
/// silence_user's context, as UserSilencer#silence writes it for a staff silence.
QString silenceContext(const QString& reason);
/// log_post_rejected's details for a queued post rejected at rejectedAt.
QString postRejectedDetails(const SandboxCommunity& community, const ReviewRecord& record,
                            qint64 rejectedAt);
/// log_user_deletion's details: the USER_FIELDS of the member, one "field: value" a line.
QString userDeletionDetails(const SandboxUser& member);
/// The row's details as served: the stored ones, except for delete_post, delete_topic and
/// recover_topic, whose text (log_post_deletion, log_topic_delete_recover) is made from the
/// post or topic as it is now.
QString staffActionDetails(const SandboxCommunity& community, const StaffActionRecord& record);

} // namespace steward::sandbox
