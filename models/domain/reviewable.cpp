// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/reviewable.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace steward {

namespace {

struct TypeName
{
    ReviewableType type;
    QStringView name;
};

constexpr std::array kTypeNames{
    TypeName{ReviewableType::FlaggedPost, u"ReviewableFlaggedPost"},
    TypeName{ReviewableType::QueuedPost, u"ReviewableQueuedPost"},
    TypeName{ReviewableType::User, u"ReviewableUser"},
    TypeName{ReviewableType::Post, u"ReviewablePost"},
};

constexpr std::array<QStringView, 5> kStatusNames{u"pending", u"approved", u"rejected", u"ignored",
                                                  u"deleted"};

} // namespace

ReviewableType reviewableTypeFromName(QStringView className)
{
    for (const auto& entry : kTypeNames) {
        if (entry.name == className)
            return entry.type;
    }
    return ReviewableType::Other;
}

QString reviewableTypeName(ReviewableType type)
{
    for (const auto& entry : kTypeNames) {
        if (entry.type == type)
            return entry.name.toString();
    }
    return {};
}

std::optional<ReviewableStatus> reviewableStatusFromInt(int value)
{
    if (value < 0 || value >= int(kStatusNames.size()))
        return std::nullopt;
    return static_cast<ReviewableStatus>(value);
}

std::optional<ReviewableStatus> reviewableStatusFromString(QStringView value)
{
    bool isNumber = false;
    const int number = value.toInt(&isNumber);
    if (isNumber)
        return reviewableStatusFromInt(number);
    const auto it = std::find(kStatusNames.begin(), kStatusNames.end(), value);
    if (it == kStatusNames.end())
        return std::nullopt;
    return static_cast<ReviewableStatus>(it - kStatusNames.begin());
}

QString reviewableStatusName(ReviewableStatus status)
{
    return kStatusNames.at(std::size_t(status)).toString();
}

std::optional<ScoreStatus> scoreStatusFromInt(int value)
{
    if (value < 0 || value > 3)
        return std::nullopt;
    return static_cast<ScoreStatus>(value);
}

QString scoreTypeKey(int scoreTypeId)
{
    switch (scoreTypeId) {
    case ScoreTypeId::OffTopic:
        return QStringLiteral("off_topic");
    case ScoreTypeId::Inappropriate:
        return QStringLiteral("inappropriate");
    case ScoreTypeId::NotifyUser:
        return QStringLiteral("notify_user");
    case ScoreTypeId::NotifyModerators:
        return QStringLiteral("notify_moderators");
    case ScoreTypeId::Spam:
        return QStringLiteral("spam");
    case ScoreTypeId::NeedsApproval:
        return QStringLiteral("needs_approval");
    case ScoreTypeId::Illegal:
        return QStringLiteral("illegal");
    default:
        return {};
    }
}

ReviewPriority priorityForScore(double score, const PriorityThresholds& thresholds)
{
    if (score >= thresholds.high)
        return ReviewPriority::High;
    if (score >= thresholds.medium)
        return ReviewPriority::Medium;
    return ReviewPriority::Low;
}

std::optional<ReviewableAction> Reviewable::action(const QString& performId) const
{
    for (const auto& candidate : actions) {
        if (candidate.performId() == performId)
            return candidate;
    }
    return std::nullopt;
}

QList<std::pair<int, int>> Reviewable::reasonCounts() const
{
    QHash<int, int> counts;
    for (const auto& entry : scores)
        ++counts[entry.scoreTypeId];
    QList<std::pair<int, int>> result;
    result.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        result.append({it.key(), it.value()});
    std::sort(result.begin(), result.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return result;
}

QList<Id> Reviewable::flaggerIds() const
{
    QList<Id> ids;
    for (const auto& entry : scores) {
        if (entry.userId != 0 && !ids.contains(entry.userId))
            ids.append(entry.userId);
    }
    return ids;
}

} // namespace steward
