// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ids.h"
#include "models/domain/reviewableaction.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace steward {

enum class ReviewableType
{
    FlaggedPost,
    QueuedPost,
    User,
    Post,
    Other
};
/// Maps Discourse class names ("ReviewableFlaggedPost", ...); unknown names are Other.
ReviewableType reviewableTypeFromName(QStringView className);
QString reviewableTypeName(ReviewableType type);

enum class ReviewableStatus : int
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
    Ignored = 3,
    Deleted = 4
};
/// Accepts the integer (as a string or number text) or the Rails enum name ("pending").
std::optional<ReviewableStatus> reviewableStatusFromString(QStringView value);
std::optional<ReviewableStatus> reviewableStatusFromInt(int value);
/// The name Discourse uses in the status filter: "pending", "approved", ...
QString reviewableStatusName(ReviewableStatus status);

/// Per-flag (score) status.
enum class ScoreStatus : int
{
    Pending = 0,
    Agreed = 1,
    Disagreed = 2,
    Ignored = 3
};
std::optional<ScoreStatus> scoreStatusFromInt(int value);

/// Score type ids, shared with post action types. Custom flag types have higher ids.
namespace ScoreTypeId {
inline constexpr int OffTopic = 3;
inline constexpr int Inappropriate = 4;
inline constexpr int NotifyUser = 6;
inline constexpr int NotifyModerators = 7;
inline constexpr int Spam = 8;
inline constexpr int NeedsApproval = 9;
inline constexpr int Illegal = 10;
} // namespace ScoreTypeId

/// Discourse's type key for a known score type id ("spam", "off_topic", ...); empty if unknown.
QString scoreTypeKey(int scoreTypeId);

enum class ReviewPriority : int
{
    Low = 0,
    Medium = 5,
    High = 10
};

/// The score thresholds a site uses for the medium and high priorities.
struct PriorityThresholds
{
    double medium = 0.0;
    double high = 0.0;
};
ReviewPriority priorityForScore(double score, const PriorityThresholds& thresholds);

/// One flag (or approval reason) on a reviewable.
struct ReviewableScore
{
    Id id = 0;
    Id userId = 0; ///< the flagger
    int scoreTypeId = 0;
    QString scoreTypeKey; ///< "spam", "off_topic", ... as the server names it
    double score = 0.0;
    ScoreStatus status = ScoreStatus::Pending;
    QString reason; ///< localised HTML from the server; display only
    QDateTime createdAt;
    QDateTime reviewedAt;
    Id reviewedById = 0;

    friend bool operator==(const ReviewableScore&, const ReviewableScore&) = default;
};

/// An item in the review queue: a flagged post, a post or user awaiting approval, ...
struct Reviewable
{
    Id id = 0;
    ReviewableType type = ReviewableType::Other;
    QString typeName; ///< the server's class name, kept for types Steward does not know
    ReviewableStatus status = ReviewableStatus::Pending;
    double score = 0.0;
    int version = 0; ///< sent back with every action; a stale one gets 409
    QDateTime createdAt;
    Id topicId = 0;
    Id categoryId = 0;
    Id targetId = 0; ///< the post or user the item is about
    Id createdById = 0;
    Id targetCreatedById = 0; ///< the author of the target
    Id claimedById = 0;
    QDateTime reviewedAt; ///< when it left pending; invalid while pending or when not sent
    Id reviewedById = 0;  ///< who moved it out of pending, when the server says
    QString payloadRaw;   ///< queued posts: the Markdown awaiting approval
    QString payloadTitle; ///< queued topics: the title awaiting approval
    QList<ReviewableScore> scores;
    QList<ReviewableAction> actions;

    bool isPending() const { return status == ReviewableStatus::Pending; }
    /// The post the item is about (a flagged or reviewed post); 0 for queued posts, users and
    /// others.
    Id postId() const
    {
        return type == ReviewableType::FlaggedPost || type == ReviewableType::Post ? targetId : 0;
    }
    bool isClaimed() const { return claimedById != 0; }
    /// The action with this perform id, if the server offers it.
    std::optional<ReviewableAction> action(const QString& performId) const;
    /// Flag counts per score type id, most frequent first (ties by id).
    QList<std::pair<int, int>> reasonCounts() const;
    /// The ids of everyone who flagged this item, without repeats, in score order.
    QList<Id> flaggerIds() const;

    friend bool operator==(const Reviewable&, const Reviewable&) = default;
};

} // namespace steward
