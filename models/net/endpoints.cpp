// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/net/endpoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace steward {

using namespace Qt::StringLiterals;

QString Endpoint::shapeProblem(const QJsonDocument& answer) const
{
    switch (shape) {
    case Shape::Any:
        return {};
    case Shape::Array:
        return answer.isArray() ? QString() : QStringLiteral("not a list");
    case Shape::ObjectField:
        return answer.object().value(field).isObject() ? QString()
                                                       : QStringLiteral("no %1").arg(field);
    case Shape::ArrayField:
        return answer.object().value(field).isArray() ? QString()
                                                      : QStringLiteral("no %1").arg(field);
    }
    return {};
}

namespace endpoints {

namespace {

QString number(qint64 n)
{
    return QString::number(n);
}

} // namespace

Endpoint site()
{
    return {u"/site"_s, {}};
}

Endpoint siteBasicInfo()
{
    return {u"/site/basic-info"_s, {}};
}

Endpoint about()
{
    return {u"/about"_s, {}};
}

Endpoint categories(int page)
{
    return {u"/categories"_s,
            {{u"include_subcategories"_s, u"true"_s}, {u"page"_s, number(page)}},
            Endpoint::Missing::FailsTheSync,
            Endpoint::Shape::ObjectField,
            "category_list"_L1};
}

Endpoint activeUsers(int page, bool oldestFirst)
{
    QUrlQuery query{{u"order"_s, u"created"_s}};
    if (oldestFirst)
        query.addQueryItem(u"asc"_s, u"true"_s);
    query.addQueryItem(u"show_emails"_s, u"false"_s);
    query.addQueryItem(u"page"_s, number(page));
    return {u"/admin/users/list/active"_s, query, Endpoint::Missing::FailsTheSync,
            Endpoint::Shape::Array};
}

Endpoint penalisedUsers(const QString& list, int page)
{
    return {u"/admin/users/list/%1"_s.arg(list),
            {{u"show_emails"_s, u"false"_s}, {u"page"_s, number(page)}},
            Endpoint::Missing::FailsTheSync,
            Endpoint::Shape::Array};
}

Endpoint staffActionLogs(int page, int limit)
{
    // The controller reads page and limit; the load_more link it serves names page_size,
    // which it ignores (app/controllers/admin/staff_action_logs_controller.rb).
    return {u"/admin/logs/staff_action_logs"_s,
            {{u"page"_s, number(page)}, {u"limit"_s, number(limit)}},
            Endpoint::Missing::NotFetched,
            Endpoint::Shape::ArrayField,
            QLatin1StringView("staff_action_logs")};
}

Endpoint adminUser(Id id)
{
    return {u"/admin/users/%1"_s.arg(id), {}, Endpoint::Missing::NotFetched};
}

Endpoint userNotes(Id userId)
{
    Endpoint e(u"/user_notes"_s, QUrlQuery{{u"user_id"_s, QString::number(userId)}},
               Endpoint::Missing::NotFetched, Endpoint::Shape::ArrayField, "user_notes"_L1);
    e.suffix = UrlSuffix::None;
    return e;
}

Endpoint latestByCreation(int page)
{
    return {u"/latest"_s,
            {{u"order"_s, u"created"_s}, {u"ascending"_s, u"true"_s}, {u"page"_s, number(page)}},
            Endpoint::Missing::FailsTheSync,
            Endpoint::Shape::ObjectField,
            "topic_list"_L1};
}

Endpoint latestByActivity(int page)
{
    return {u"/latest"_s,
            {{u"order"_s, u"activity"_s}, {u"page"_s, number(page)}},
            Endpoint::Missing::FailsTheSync,
            Endpoint::Shape::ObjectField,
            "topic_list"_L1};
}

Endpoint latestPosts(const QString& before)
{
    QUrlQuery query;
    if (!before.isEmpty())
        query.addQueryItem(u"before"_s, before);
    return {u"/posts"_s, query}; // parsed from its bytes, which checks its shape
}

Endpoint post(Id id, Endpoint::Missing missing)
{
    return {u"/posts/%1"_s.arg(id), {}, missing};
}

Endpoint topic(Id id, int page)
{
    QUrlQuery query{{u"include_raw"_s, u"true"_s}, {u"show_deleted"_s, u"true"_s}};
    if (page > 0)
        query.addQueryItem(u"page"_s, number(page));
    return {u"/t/%1"_s.arg(id), query, Endpoint::Missing::NotFetched};
}

Endpoint topicEnd(Id id)
{
    return {u"/t/-/%1/%2"_s.arg(id).arg(std::numeric_limits<int>::max()),
            {},
            Endpoint::Missing::NotFetched};
}

Endpoint topicPosts(Id topicId, const QList<Id>& postIds)
{
    QUrlQuery query{{u"include_raw"_s, u"true"_s}};
    for (Id id : postIds)
        query.addQueryItem(u"post_ids[]"_s, number(id));
    return {u"/t/%1/posts"_s.arg(topicId), query, Endpoint::Missing::NotFetched};
}

Endpoint reviewList(const QString& status, int offset, const QString& fromDate)
{
    QUrlQuery query{
        {u"status"_s, status}, {u"priority"_s, u"low"_s}, {u"sort_order"_s, u"created_at_asc"_s}};
    if (!fromDate.isEmpty())
        query.addQueryItem(u"from_date"_s, fromDate);
    query.addQueryItem(u"offset"_s, number(offset));
    return {u"/review"_s, query, Endpoint::Missing::FailsTheSync, Endpoint::Shape::ArrayField,
            "reviewables"_L1};
}

Endpoint reviewTotal(bool pendingOnly)
{
    return {u"/review"_s,
            {{u"status"_s, pendingOnly ? u"pending"_s : u"all"_s}, {u"priority"_s, u"low"_s}},
            Endpoint::Missing::FailsTheSync,
            Endpoint::Shape::ArrayField,
            "reviewables"_L1};
}

Endpoint reviewable(Id id)
{
    return {u"/review/%1"_s.arg(id), {}, Endpoint::Missing::NotFetched};
}

Endpoint reviewCount()
{
    return {u"/review/count"_s, {}};
}

} // namespace endpoints
} // namespace steward
