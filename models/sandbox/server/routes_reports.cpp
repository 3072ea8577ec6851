// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Admin reports with Discourse's date window and facets (discourse-api.md §11.1): daily series
// for topics, posts, signups, likes, flags, time_to_first_response, topics_with_no_response.
#include "models/sandbox/server/json.h"
#include "models/sandbox/server/routes.h"

#include <QMap>
#include <QTimeZone>

#include <cmath>
#include <functional>
#include <optional>

namespace steward::sandbox::routes {

namespace {

struct Series
{
    QMap<QDate, double> sum;
    QMap<QDate, int> count;
    void add(QDate day, double value)
    {
        sum[day] += value;
        count[day] += 1;
    }
};

/// Seconds from a topic's creation to the first regular, undeleted reply by someone else.
std::optional<qint64> firstResponse(const SandboxCommunity& community, const TopicRecord& t)
{
    for (std::size_t i = 1; i < t.posts.size(); ++i) {
        const PostRecord& p = community.posts[std::size_t(t.posts[i])];
        if (p.type == PostType::Regular && !p.deletedAt && p.userId != t.topic.userId) {
            const qint64 gap = p.createdAt - t.topic.createdAt.toSecsSinceEpoch();
            if (gap > 0)
                return gap;
        }
    }
    return std::nullopt;
}

struct ReportSpec
{
    const char* title;
    const char* yaxis;
    bool average;
    bool higherIsBetter;
};

const QMap<QString, ReportSpec>& specs()
{
    static const QMap<QString, ReportSpec> kSpecs{
        {QStringLiteral("topics"), {"Topics", "Number of new topics", false, true}},
        {QStringLiteral("posts"), {"Posts", "Number of new posts", false, true}},
        {QStringLiteral("signups"), {"Signups", "Number of new users", false, true}},
        {QStringLiteral("likes"), {"Likes", "Number of new likes", false, true}},
        {QStringLiteral("flags"), {"Flags", "Number of flags", false, false}},
        {QStringLiteral("time_to_first_response"),
         {"Time to first response", "Average time (hours)", true, false}},
        {QStringLiteral("topics_with_no_response"),
         {"Topics with no response", "Total", false, false}},
    };
    return kSpecs;
}

Series collect(const SandboxCommunity& community, const QString& type,
               const std::function<bool(Id)>& inCategory)
{
    Series s;
    auto day = [](qint64 seconds) { return toDateTime(seconds).date(); };
    if (type == u"signups") {
        for (const SandboxUser& m : community.users)
            s.add(m.user.createdAt.date(), 1);
    } else if (type == u"posts" || type == u"likes") {
        for (const PostRecord& p : community.posts) {
            const TopicRecord& t = community.topics[std::size_t(p.topicId - 1)];
            if (p.type != PostType::Regular || p.deletedAt || t.topic.isDeleted() ||
                !inCategory(t.topic.categoryId))
                continue;
            if (type == u"posts")
                s.add(day(p.createdAt), 1);
            else if (p.likeCount > 0)
                s.add(day(p.createdAt), p.likeCount);
        }
    } else if (type == u"flags") {
        for (const ReviewRecord& r : community.reviews) {
            if (r.item.type == ReviewableType::FlaggedPost && inCategory(r.item.categoryId)) {
                for (const auto& score : r.item.scores)
                    s.add(score.createdAt.date(), 1);
            }
        }
    } else {
        for (const TopicRecord& t : community.topics) {
            if (t.topic.isDeleted() || t.topic.isPrivateMessage() ||
                !inCategory(t.topic.categoryId) || t.kind == TopicKind::Spam)
                continue;
            const auto gap = firstResponse(community, t);
            if (type == u"topics")
                s.add(t.topic.createdAt.date(), 1);
            else if (type == u"time_to_first_response" && gap)
                s.add(t.topic.createdAt.date(), double(*gap) / 3600.0);
            else if (type == u"topics_with_no_response" && !gap)
                s.add(t.topic.createdAt.date(), 1);
        }
    }
    return s;
}

QJsonArray points(const Series& s, QDate from, QDate to, bool average, double* total)
{
    QJsonArray data;
    double sum = 0;
    int count = 0;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        const double y =
            average ? (s.count.value(d) ? s.sum.value(d) / s.count.value(d) : 0.0) : s.sum.value(d);
        if (s.count.value(d) || !average)
            data.append(
                QJsonObject{{QStringLiteral("x"), d.toString(Qt::ISODate)},
                            {QStringLiteral("y"), average ? std::round(y * 100.0) / 100.0 : y}});
        sum += s.sum.value(d);
        count += s.count.value(d);
    }
    *total = average ? (count ? sum / count : 0.0) : sum;
    return data;
}

} // namespace

Reply report(S& server, C& context)
{
    const SandboxCommunity& community = server.community();
    const QString type = context.match.captured(1);
    if (!specs().contains(type))
        return Reply::notFound();
    const ReportSpec& spec = specs()[type];
    const QDate today = community.now.date();
    QDate start = today.addDays(-1);
    if (context.has(QStringLiteral("start_date")))
        start =
            QDate::fromString(context.param(QStringLiteral("start_date")).left(10), Qt::ISODate);
    QDate end = start.isValid() ? start.addDays(30) : QDate();
    if (context.has(QStringLiteral("end_date")))
        end = QDate::fromString(context.param(QStringLiteral("end_date")).left(10), Qt::ISODate);
    if (!start.isValid() || !end.isValid())
        return Reply::error(400, QStringLiteral("Invalid date"),
                            QStringLiteral("invalid_parameters"));

    const Id category = context
                            .param(QStringLiteral("filters[category]"),
                                   context.param(QStringLiteral("category_id")))
                            .toLongLong();
    const bool subcategories =
        context.param(QStringLiteral("filters[include_subcategories]")) == u"true";
    auto inCategory = [&](Id id) {
        if (!category || id == category)
            return true;
        const Category* c = community.category(id);
        return subcategories && c && c->parentId == category;
    };
    const Series series = collect(community, type, inCategory);
    double total = 0;
    const QJsonArray data = points(series, start, end, spec.average, &total);
    const QDate prevEnd = start.addDays(-1);
    const QDate prevStart = prevEnd.addDays(-start.daysTo(end));
    double prevTotal = 0;
    const QJsonArray prevData = points(series, prevStart, prevEnd, spec.average, &prevTotal);
    double last30 = 0;
    points(series, start.addDays(-30), start.addDays(-1), spec.average, &last30);

    QJsonObject report{
        {QStringLiteral("type"), type},
        {QStringLiteral("title"), QString::fromLatin1(spec.title)},
        {QStringLiteral("xaxis"), QStringLiteral("Day")},
        {QStringLiteral("yaxis"), QString::fromLatin1(spec.yaxis)},
        {QStringLiteral("description"), QJsonValue::Null},
        {QStringLiteral("data"), data},
        {QStringLiteral("start_date"), json::time(start.startOfDay(QTimeZone::UTC))},
        {QStringLiteral("end_date"), json::time(end.endOfDay(QTimeZone::UTC))},
        {QStringLiteral("prev_start_date"), json::time(prevStart.startOfDay(QTimeZone::UTC))},
        {QStringLiteral("prev_end_date"), json::time(prevEnd.endOfDay(QTimeZone::UTC))},
        {QStringLiteral("prev30Days"), last30},
        {QStringLiteral("average"), spec.average},
        {QStringLiteral("percent"), false},
        {QStringLiteral("higher_is_better"), spec.higherIsBetter},
        {QStringLiteral("modes"), QJsonArray{QStringLiteral("chart")}},
        {QStringLiteral("dates_filtering"), true},
        {QStringLiteral("labels"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("date")},
                                {QStringLiteral("property"), QStringLiteral("x")},
                                {QStringLiteral("title"), QStringLiteral("Day")}},
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("number")},
                                {QStringLiteral("property"), QStringLiteral("y")},
                                {QStringLiteral("title"), QStringLiteral("Count")}}}},
        {QStringLiteral("available_filters"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("category")}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("include_subcategories")}}}},
        {QStringLiteral("report_key"),
         QStringLiteral("reports:%1:%2:%3")
             .arg(type, start.toString(Qt::ISODate), end.toString(Qt::ISODate))},
    };
    // Discourse's time_to_first_response total covers all time.
    double allTime = 0;
    if (type == u"time_to_first_response")
        points(series, community.start.date(), today, true, &allTime);
    report.insert(QStringLiteral("total"), type == u"time_to_first_response" ? allTime : total);
    if (context.list(QStringLiteral("facets")).contains(QStringLiteral("prev_period"))) {
        report.insert(QStringLiteral("prev_data"), prevData);
        report.insert(QStringLiteral("prev_period"), prevTotal);
    }
    return Reply::json(QJsonObject{{QStringLiteral("report"), report}});
}

} // namespace steward::sandbox::routes
