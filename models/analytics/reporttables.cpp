// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analytics/reporttables.h"

#include <QJsonArray>

#include <cmath>

namespace steward::analytics {

namespace {

using K = CellKind;

QJsonObject summaryJson(const Summary& s)
{
    return {{QStringLiteral("count"), s.count},
            {QStringLiteral("mean"), roundedValue(s.mean)},
            {QStringLiteral("median"), roundedValue(s.median)},
            {QStringLiteral("p90"), roundedValue(s.p90)}};
}

QJsonObject compare(const QJsonValue& now, const QJsonValue& before)
{
    return {{QStringLiteral("value"), now}, {QStringLiteral("previous"), before}};
}

QString userName(const Dataset& d, Id id)
{
    const UserFact* u = d.user(id);
    return u ? u->username : QString();
}

QString categoryName(const Dataset& d, Id id)
{
    const CategoryFact* c = d.category(id);
    return c ? c->name : QString();
}

ReportTable activityTable(const Report& r)
{
    ReportTable t;
    t.metrics = {QStringLiteral("new_topics"), QStringLiteral("posts"), QStringLiteral("new_users"),
                 QStringLiteral("active_users")};
    t.columns = {{QStringLiteral("date"), K::Date},
                 {QStringLiteral("new_topics"), K::Integer},
                 {QStringLiteral("posts"), K::Integer},
                 {QStringLiteral("new_users"), K::Integer},
                 {QStringLiteral("active_users"), K::Integer}};
    for (const ActivityBucket& b : r.activity.buckets)
        t.rows.append(
            {b.start, b.counts.topics, b.counts.posts, b.counts.newUsers, b.counts.activeUsers});
    const ActivityCounts& n = r.activity.total;
    const ActivityCounts& p = r.activity.previous;
    t.summary = {{QStringLiteral("new_topics"), compare(n.topics, p.topics)},
                 {QStringLiteral("posts"), compare(n.posts, p.posts)},
                 {QStringLiteral("new_users"), compare(n.newUsers, p.newUsers)},
                 {QStringLiteral("active_users"), compare(n.activeUsers, p.activeUsers)}};
    return t;
}

ReportTable responseTable(const Report& r)
{
    ReportTable t;
    t.metrics = {QStringLiteral("first_response"), QStringLiteral("first_response_share")};
    t.columns = {{QStringLiteral("date"), K::Date},
                 {QStringLiteral("topics"), K::Integer},
                 {QStringLiteral("mean_hours"), K::Hours},
                 {QStringLiteral("median_hours"), K::Hours},
                 {QStringLiteral("p90_hours"), K::Hours}};
    for (const ResponseBucket& b : r.response.buckets)
        t.rows.append({b.start, b.hours.count, roundedValue(b.hours.mean),
                       roundedValue(b.hours.median), roundedValue(b.hours.p90)});
    QJsonArray histogram;
    for (const HistogramBin& bin : r.response.histogram) {
        histogram.append(
            QJsonObject{{QStringLiteral("from_hours"), bin.fromHours},
                        {QStringLiteral("to_hours"),
                         std::isinf(bin.toHours) ? QJsonValue() : QJsonValue(bin.toHours)},
                        {QStringLiteral("topics"), bin.topics.size()}});
    }
    t.summary = {{QStringLiteral("first_response"),
                  compare(summaryJson(r.response.hours), summaryJson(r.response.previousHours))},
                 {QStringLiteral("first_response_share"),
                  compare(roundedValue(r.response.communityShare),
                          roundedValue(r.response.previousCommunityShare))},
                 {QStringLiteral("staff_first"), r.response.staffFirst},
                 {QStringLiteral("community_first"), r.response.communityFirst},
                 {QStringLiteral("without_response"), r.response.withoutResponse},
                 {QStringLiteral("histogram"), histogram}};
    return t;
}

ReportTable resolutionTable(const Report& r)
{
    ReportTable t;
    t.metrics = {QStringLiteral("time_to_solution"), QStringLiteral("time_to_close"),
                 QStringLiteral("solved_rate")};
    t.columns = {{QStringLiteral("date"), K::Date}, {QStringLiteral("solved"), K::Integer}};
    for (std::size_t i = 0; i < r.resolution.solvedPerBucket.size(); ++i)
        t.rows.append({r.activity.buckets[i].start, r.resolution.solvedPerBucket[i]});
    const Resolution& s = r.resolution;
    t.summary = {{QStringLiteral("time_to_solution"),
                  compare(summaryJson(s.toSolution), summaryJson(s.previousToSolution))},
                 {QStringLiteral("time_to_close"),
                  compare(summaryJson(s.toClose), summaryJson(s.previousToClose))},
                 {QStringLiteral("solved_rate"),
                  compare(roundedValue(s.solvedRate), roundedValue(s.previousSolvedRate))},
                 {QStringLiteral("eligible"), s.eligible},
                 {QStringLiteral("solved"), s.solved},
                 {QStringLiteral("closed_unsolved"), s.closedUnsolved}};
    return t;
}

ReportTable unansweredTable(const Report& r, const Dataset& d)
{
    ReportTable t;
    t.metrics = {QStringLiteral("unanswered")};
    t.columns = {{QStringLiteral("topic_id"), K::Id},
                 {QStringLiteral("created_at"), K::DateTime},
                 {QStringLiteral("category"), K::Text},
                 {QStringLiteral("title"), K::Text}};
    for (Id id : r.unanswered.topics) {
        const TopicFact* topic = d.topic(id);
        t.rows.append({id, QDateTime::fromMSecsSinceEpoch(topic->createdAt, QTimeZone::UTC),
                       categoryName(d, topic->categoryId), topic->title});
    }
    t.summary = {
        {QStringLiteral("unanswered"), compare(r.unanswered.count, r.unanswered.previous)}};
    return t;
}

ReportTable topicsTable(const Report& r, const Dataset& d)
{
    ReportTable t;
    t.metrics = {QStringLiteral("active_topics")};
    t.columns = {{QStringLiteral("topic_id"), K::Id},
                 {QStringLiteral("posts"), K::Integer},
                 {QStringLiteral("category"), K::Text},
                 {QStringLiteral("title"), K::Text}};
    for (const TopicRow& row : r.activeTopics) {
        const TopicFact* topic = d.topic(row.topic);
        t.rows.append({row.topic, row.posts, categoryName(d, topic->categoryId), topic->title});
    }
    return t;
}

ReportTable categoriesTable(const Report& r, const Dataset& d)
{
    ReportTable t;
    t.metrics = {QStringLiteral("categories")};
    t.columns = {{QStringLiteral("category_id"), K::Id},
                 {QStringLiteral("name"), K::Text},
                 {QStringLiteral("topics"), K::Integer},
                 {QStringLiteral("topic_share"), K::Share},
                 {QStringLiteral("previous_topics"), K::Integer},
                 {QStringLiteral("posts"), K::Integer},
                 {QStringLiteral("post_share"), K::Share},
                 {QStringLiteral("previous_posts"), K::Integer}};
    for (const CategoryRow& c : r.categories)
        t.rows.append({c.category, categoryName(d, c.category), c.topics,
                       roundedValue(c.topicShare), c.previousTopics, c.posts,
                       roundedValue(c.postShare), c.previousPosts});
    return t;
}

ReportTable responseByCategoryTable(const Report& r, const Dataset& d)
{
    ReportTable t;
    t.metrics = {QStringLiteral("response_by_category")};
    t.columns = {{QStringLiteral("category_id"), K::Id},
                 {QStringLiteral("name"), K::Text},
                 {QStringLiteral("topics"), K::Integer},
                 {QStringLiteral("mean_hours"), K::Hours},
                 {QStringLiteral("median_hours"), K::Hours},
                 {QStringLiteral("p90_hours"), K::Hours},
                 {QStringLiteral("previous_median_hours"), K::Hours},
                 {QStringLiteral("staff_first"), K::Integer},
                 {QStringLiteral("without_response"), K::Integer}};
    // No time at all is an empty cell (null in JSON), never a response in 0 hours.
    const auto hours = [](const Summary& s, double v) {
        return s.count > 0 ? QVariant(roundedValue(v)) : QVariant();
    };
    for (const CategoryResponse& c : r.responseByCategory)
        t.rows.append({c.category, categoryName(d, c.category), c.hours.count,
                       hours(c.hours, c.hours.mean), hours(c.hours, c.hours.median),
                       hours(c.hours, c.hours.p90), hours(c.previousHours, c.previousHours.median),
                       c.staffFirst, c.withoutResponse});
    return t;
}

ReportTable contributorsTable(const Report& r, const Dataset& d)
{
    ReportTable t;
    t.metrics = {QStringLiteral("contributors")};
    t.columns = {{QStringLiteral("ranked_by"), K::Text},    {QStringLiteral("group"), K::Text},
                 {QStringLiteral("rank"), K::Integer},      {QStringLiteral("user_id"), K::Id},
                 {QStringLiteral("username"), K::Text},     {QStringLiteral("posts"), K::Integer},
                 {QStringLiteral("solutions"), K::Integer}, {QStringLiteral("likes"), K::Integer}};
    static const char* const metrics[] = {"posts", "solutions", "likes"};
    for (int m = 0; m < ContributorMetricCount; ++m) {
        for (const auto& [group, list] : {std::pair{"staff", &r.contributors.staff},
                                          std::pair{"community", &r.contributors.community}}) {
            int rank = 0;
            for (const Contributor& c : (*list)[std::size_t(m)])
                t.rows.append({QString::fromLatin1(metrics[m]), QString::fromLatin1(group), ++rank,
                               c.user, userName(d, c.user), c.posts, c.solutions, c.likes});
        }
    }
    t.summary = {{QStringLiteral("active_staff"), r.contributors.activeStaff},
                 {QStringLiteral("active_community"), r.contributors.activeCommunity}};
    return t;
}

ReportTable moderatorsTable(const Report& r)
{
    ReportTable t;
    t.metrics = {QStringLiteral("moderator_activity")};
    t.columns = {{QStringLiteral("user_id"), K::Id},
                 {QStringLiteral("username"), K::Text},
                 {QStringLiteral("resolved"), K::Integer},
                 {QStringLiteral("steward_decisions"), K::Integer}};
    for (const ModeratorRow& m : r.moderators)
        t.rows.append({m.user, m.name, m.resolved, m.stewardDecisions});
    return t;
}

ReportTable flagsTable(const Report& r)
{
    ReportTable t;
    t.metrics = {QStringLiteral("flags"), QStringLiteral("flag_handle_time")};
    t.columns = {{QStringLiteral("score_type_id"), K::Id},  {QStringLiteral("reason"), K::Text},
                 {QStringLiteral("flags"), K::Integer},     {QStringLiteral("agreed"), K::Integer},
                 {QStringLiteral("disagreed"), K::Integer}, {QStringLiteral("ignored"), K::Integer},
                 {QStringLiteral("pending"), K::Integer}};
    for (const FlagReason& f : r.flags.reasons)
        t.rows.append({f.scoreType, f.key, f.count, f.agreed, f.disagreed, f.ignored, f.pending});
    const Flags& f = r.flags;
    t.summary = {{QStringLiteral("flags"), compare(f.total, f.previousTotal)},
                 {QStringLiteral("agreed_share"), roundedValue(f.agreedShare)},
                 {QStringLiteral("disagreed_share"), roundedValue(f.disagreedShare)},
                 {QStringLiteral("ignored_share"), roundedValue(f.ignoredShare)},
                 {QStringLiteral("flag_handle_time"),
                  compare(summaryJson(f.handleHours), summaryJson(f.previousHandleHours))}};
    return t;
}

ReportTable backlogTable(const Report& r)
{
    ReportTable t;
    t.metrics = {QStringLiteral("backlog")};
    t.columns = {{QStringLiteral("date"), K::Date},
                 {QStringLiteral("pending"), K::Integer},
                 {QStringLiteral("median_age_hours"), K::Hours},
                 {QStringLiteral("oldest_age_hours"), K::Hours}};
    for (const BacklogPoint& p : r.backlog)
        t.rows.append(
            {p.start, p.pending, roundedValue(p.medianAgeHours), roundedValue(p.oldestAgeHours)});
    return t;
}

} // namespace

double roundedValue(double v)
{
    return std::isfinite(v) ? std::round(v * 1000.0) / 1000.0 : 0.0;
}

QStringList sectionNames()
{
    return {QStringLiteral("activity"),
            QStringLiteral("response"),
            QStringLiteral("resolution"),
            QStringLiteral("unanswered"),
            QStringLiteral("topics"),
            QStringLiteral("categories"),
            QStringLiteral("response_by_category"),
            QStringLiteral("contributors"),
            QStringLiteral("moderators"),
            QStringLiteral("flags"),
            QStringLiteral("backlog")};
}

QStringList expandSections(const QStringList& sections)
{
    if (sections.contains(QStringLiteral("all")))
        return sectionNames();
    QStringList known;
    for (const QString& s : sections) {
        if (sectionNames().contains(s) && !known.contains(s))
            known.append(s);
    }
    return known;
}

ReportTable reportTable(const QString& name, const Report& r, const Dataset& d)
{
    ReportTable t;
    if (name == u"activity")
        t = activityTable(r);
    else if (name == u"response")
        t = responseTable(r);
    else if (name == u"resolution")
        t = resolutionTable(r);
    else if (name == u"unanswered")
        t = unansweredTable(r, d);
    else if (name == u"topics")
        t = topicsTable(r, d);
    else if (name == u"categories")
        t = categoriesTable(r, d);
    else if (name == u"response_by_category")
        t = responseByCategoryTable(r, d);
    else if (name == u"contributors")
        t = contributorsTable(r, d);
    else if (name == u"moderators")
        t = moderatorsTable(r);
    else if (name == u"flags")
        t = flagsTable(r);
    else
        t = backlogTable(r);
    t.name = name;
    return t;
}

QString cellText(const QVariant& cell)
{
    switch (cell.typeId()) {
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return cell.toDateTime().toUTC().toString(Qt::ISODate);
    default:
        return cell.toString();
    }
}

} // namespace steward::analytics
