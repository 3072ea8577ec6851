// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail: the server's staff action log and Steward's own decisions on one time line,
// each server row linked to the Steward decision that caused it, where one did.
#pragma once

#include "models/domain/staffaction.h"
#include "models/store/store_queries.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace steward {

class Database;

struct AuditTrailRow
{
    QDateTime at;
    Id staffActionId = 0; ///< the server's row; 0 for a Steward decision the log has no row of
    int action = 0;       ///< UserHistory.actions (StaffActionId); 0 for a Steward-only row
    QString actionName;   ///< the server's name ("suspend_user"), else Steward's ("review.claim")
    QString actor;
    QString target; ///< the target user's name, else "post 123" or "topic 45"
    Id targetUserId = 0;
    Id postId = 0;
    Id topicId = 0;
    QString details;
    Id stewardEntryId = 0; ///< the Steward decision (audit_log id), if it came from one
    QString stewardResult; ///< that decision's last result ("done", "failed", ...)

    bool fromSteward() const { return stewardEntryId != 0; }
};

struct AuditTrailFilter
{
    QDateTime from; ///< inclusive; invalid: from the start
    QDateTime to;   ///< exclusive; invalid: until now
    /// Words that must all appear (case-insensitive) in the actor, the target, the action or
    /// the details.
    QString text;
    int limit = 20000;
};

/// A review item with the notices (scores) that raised it, for the transparency report.
struct ReviewNotice
{
    struct Score
    {
        Id userId = 0; ///< who raised it; negative: the system user or a bot
        int scoreType = 0;
        QString key;    ///< "spam", "illegal", ... (ScoreTypeId's keys)
        int status = 0; ///< ScoreStatus
        QString reason; ///< "watched_word", "new_user", ... for automated holds; may be empty
        qint64 createdAt = 0;
    };
    Id id = 0;
    QString typeName; ///< "ReviewableFlaggedPost", "ReviewableQueuedPost", "ReviewableUser"
    int status = 0;   ///< ReviewableStatus
    Id targetPostId = 0;
    Id targetUserId = 0;
    Id topicId = 0;
    Id createdById = 0;
    bool targetHidden = false; ///< the flagged post is hidden in the copy now
    qint64 createdAt = 0;
    qint64 reviewedAt = 0;
    Id reviewedById = 0;
    QList<Score> scores;
};

namespace queries {

/// Newest first. A server row and a Steward decision are linked when the same user did the
/// same kind of thing to the same target within 15 minutes after the decision was queued (the
/// outbox may hold it back), on the server's clock: how far it is from this computer's is
/// read from the decisions that have only one possible row. Each is linked at most once, to
/// the nearest in time.
StoreResult<QList<AuditTrailRow>> auditTrail(const Database& db, const AuditTrailFilter& filter);

/// The staff action log's rows in [fromMs, toMs), oldest first, for reports.
StoreResult<QList<StaffAction>> staffActions(const Database& db, qint64 fromMs, qint64 toMs);

/// How much of the staff action log the copy holds: its rows and the oldest one's time (0
/// when it holds none: never synced, or the key could not read it).
struct StaffLogCoverage
{
    qint64 rows = 0;
    qint64 firstMs = 0;
};
StoreResult<StaffLogCoverage> staffLogCoverage(const Database& db);

/// Review items with a score raised in [fromMs, toMs) or reviewed then, with all their scores.
StoreResult<QList<ReviewNotice>> reviewNotices(const Database& db, qint64 fromMs, qint64 toMs);

} // namespace queries

} // namespace steward
