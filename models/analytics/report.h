// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The KPIs of one query, each for the query's period and the one before it. Durations are
// hours; lists of topics and users are ids into the Dataset the report was computed from.
#pragma once

#include "models/analytics/query.h"
#include "models/analytics/stats.h"

#include <QList>

#include <array>
#include <vector>

namespace steward::analytics {

struct ActivityCounts
{
    int topics = 0;
    int posts = 0;
    int newUsers = 0;
    int activeUsers = 0;
};

struct ActivityBucket
{
    QDate start;
    /// Less than a whole day, week or month (Buckets::isPartial): every per-bucket series of
    /// the report shares the activity's buckets, and this.
    bool partial = false;
    ActivityCounts counts;
    QList<Id> topics; ///< the topics created in the bucket, oldest first
};

struct Activity
{
    std::vector<ActivityBucket> buckets;
    ActivityCounts total;
    ActivityCounts previous;
};

struct ResponseBucket
{
    QDate start;
    Summary hours;
};

struct HistogramBin
{
    double fromHours = 0.0;
    double toHours = 0.0; ///< exclusive; infinity for the last bin
    QList<Id> topics;     ///< oldest first
};

struct Response
{
    Summary hours;
    Summary previousHours;
    int staffFirst = 0; ///< first responses given by staff
    int communityFirst = 0;
    double communityShare = 0.0; ///< communityFirst / (staffFirst + communityFirst), 0..1
    double previousCommunityShare = 0.0;
    int withoutResponse = 0; ///< counted topics that no response reached (they drop out)
    std::vector<ResponseBucket> buckets;
    std::vector<HistogramBin> histogram;
};

struct Resolution
{
    Summary toSolution;
    Summary previousToSolution;
    Summary toClose; ///< closed without an accepted answer
    Summary previousToClose;
    int eligible = 0; ///< counted topics in categories that allow solutions
    int solved = 0;
    int closedUnsolved = 0;
    double solvedRate = 0.0; ///< solved / eligible, 0..1
    double previousSolvedRate = 0.0;
    std::vector<int> solvedPerBucket;
};

struct Unanswered
{
    int count = 0;
    int previous = 0;
    std::vector<int> perBucket;
    QList<Id> topics; ///< oldest first
};

struct TopicRow
{
    Id topic = 0;
    int posts = 0; ///< posts written in the range
};

struct CategoryRow
{
    Id category = 0;
    int topics = 0;
    int posts = 0;
    double topicShare = 0.0;
    double postShare = 0.0;
    int previousTopics = 0;
    int previousPosts = 0;
};

enum class ContributorMetric : int
{
    Posts,
    Solutions,
    Likes
};
constexpr int ContributorMetricCount = 3;

struct Contributor
{
    Id user = 0;
    int posts = 0;
    int solutions = 0;
    int likes = 0;
};

struct Contributors
{
    /// Top lists by each ContributorMetric, staff and community apart.
    std::array<std::vector<Contributor>, ContributorMetricCount> staff;
    std::array<std::vector<Contributor>, ContributorMetricCount> community;
    int activeStaff = 0;
    int activeCommunity = 0;
};

/// Time to first response in one category (not counting its subcategories, which have rows of
/// their own), by the query's response definition.
struct CategoryResponse
{
    Id category = 0;
    Summary hours;
    Summary previousHours;
    int staffFirst = 0;      ///< of hours.count, the first responses staff gave
    int withoutResponse = 0; ///< counted topics of the period no response reached
};

struct ModeratorRow
{
    Id user = 0; ///< 0 when only the audit log names them
    QString name;
    int resolved = 0;         ///< review items they resolved, from the synced history
    int stewardDecisions = 0; ///< decisions sent from Steward, from the audit log
};

struct FlagReason
{
    int scoreType = 0;
    QString key;
    int count = 0;
    int agreed = 0;
    int disagreed = 0;
    int ignored = 0;
    int pending = 0;
};

struct Flags
{
    std::vector<FlagReason> reasons; ///< most frequent first
    int total = 0;
    int previousTotal = 0;
    double agreedShare = 0.0; ///< of the handled flags, 0..1
    double disagreedShare = 0.0;
    double ignoredShare = 0.0;
    Summary handleHours;
    Summary previousHandleHours;
};

struct BacklogPoint
{
    QDate start; ///< the bucket; the backlog is taken at its end (or now)
    int pending = 0;
    double medianAgeHours = 0.0;
    double oldestAgeHours = 0.0;
};

struct Report
{
    Query query;
    Activity activity;
    Response response;
    Resolution resolution;
    Unanswered unanswered;
    std::vector<TopicRow> activeTopics;
    std::vector<CategoryRow> categories;
    std::vector<CategoryResponse> responseByCategory; ///< most responses first
    Contributors contributors;
    std::vector<ModeratorRow> moderators;
    Flags flags;
    std::vector<BacklogPoint> backlog;
};

/// Every KPI of the query (and of the period before it, for comparison).
Report computeReport(const Dataset& data, const Query& query);

/// The edges of the response-time histogram, hours: [0,1), [1,2), [2,4), ... [168, inf).
const std::vector<double>& histogramEdges();

} // namespace steward::analytics
