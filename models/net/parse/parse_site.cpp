// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/net/parse/jsonread.h"
#include "models/net/parse/parse.h"
#include "models/net/parse/unreadable.h"

#include <QJsonArray>

namespace steward::parse {

Category category(const QJsonObject& o)
{
    Category c;
    c.id = id(o, QLatin1StringView("id"));
    c.parentId = id(o, QLatin1StringView("parent_category_id"));
    c.name = string(o, QLatin1StringView("name"));
    c.slug = string(o, QLatin1StringView("slug"));
    c.color = string(o, QLatin1StringView("color"));
    c.textColor = string(o, QLatin1StringView("text_color"));
    c.description = string(o, QLatin1StringView("description_text"));
    c.position = integer(o, QLatin1StringView("position"));
    c.topicCount = integer(o, QLatin1StringView("topic_count"));
    c.postCount = integer(o, QLatin1StringView("post_count"));
    c.readRestricted = boolean(o, QLatin1StringView("read_restricted"));
    // topic_url "/t/about-the-x-category/12" names the category's definition topic.
    const QString topicUrl = string(o, QLatin1StringView("topic_url"));
    c.definitionTopicId = topicUrl.section(u'/', -1).section(u'?', 0, 0).toLongLong();
    const QJsonObject custom = o.value(QLatin1StringView("custom_fields")).toObject();
    c.acceptedAnswersEnabled = boolean(custom, QLatin1StringView("enable_accepted_answers")) ||
                               boolean(o, QLatin1StringView("enable_accepted_answers"));
    return c;
}

namespace {

void collect(const QJsonArray& array, QList<Category>& out)
{
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        Category c = category(o);
        if (c.id <= 0) {
            noteUnreadable(u"categories[]", v);
            continue;
        }
        out.append(c);
        // /categories.json?include_subcategories=true nests children.
        const QJsonObject sub = o.value(QLatin1StringView("subcategory_list")).toObject();
        collect(o.value(QLatin1StringView("subcategory_list")).isArray()
                    ? o.value(QLatin1StringView("subcategory_list")).toArray()
                    : sub.value(QLatin1StringView("categories")).toArray(),
                out);
    }
}

} // namespace

QList<Category> categories(const QJsonObject& siteOrCategoryList)
{
    QList<Category> out;
    if (siteOrCategoryList.contains(QLatin1StringView("category_list")))
        collect(siteOrCategoryList.value(QLatin1StringView("category_list"))
                    .toObject()
                    .value(QLatin1StringView("categories"))
                    .toArray(),
                out);
    else
        collect(siteOrCategoryList.value(QLatin1StringView("categories")).toArray(), out);
    return out;
}

User user(const QJsonObject& o)
{
    User u;
    u.id = id(o, QLatin1StringView("id"));
    u.username = string(o, QLatin1StringView("username"));
    u.name = string(o, QLatin1StringView("name"));
    u.avatarTemplate = string(o, QLatin1StringView("avatar_template"));
    u.trustLevel = trustLevelFromInt(integer(o, QLatin1StringView("trust_level")))
                       .value_or(TrustLevel::NewUser);
    u.admin = boolean(o, QLatin1StringView("admin"));
    u.moderator = boolean(o, QLatin1StringView("moderator"));
    u.staged = boolean(o, QLatin1StringView("staged"));
    u.active = boolean(o, QLatin1StringView("active"), true);
    u.approved = boolean(o, QLatin1StringView("approved"), true);
    u.createdAt = time(o, QLatin1StringView("created_at"));
    u.lastSeenAt = time(o, QLatin1StringView("last_seen_at"));
    u.suspendedUntil = time(o, QLatin1StringView("suspended_till"));
    // Newer servers send the whole reason only as full_suspend_reason
    // (AdminDetailedUserSerializer).
    u.suspendReason = string(o, QLatin1StringView("full_suspend_reason"));
    if (u.suspendReason.isEmpty())
        u.suspendReason = string(o, QLatin1StringView("suspend_reason"));
    u.silencedUntil = time(o, QLatin1StringView("silenced_till"));
    u.postCount = integer(o, QLatin1StringView("post_count"));
    // Unknown (-1) unless the answer says: the admin user list carries neither. The admin
    // detail names likes received like_count (User#like_count), user summaries likes_received.
    u.topicCount = integer(o, QLatin1StringView("topic_count"), -1);
    u.likesReceived = integer(o, QLatin1StringView("likes_received"),
                              integer(o, QLatin1StringView("received_count"),
                                      integer(o, QLatin1StringView("like_count"), -1)));
    return u;
}

QList<User> userList(const QJsonArray& array)
{
    QList<User> out;
    out.reserve(array.size());
    for (const QJsonValue& v : array) {
        User u = user(v.toObject());
        if (u.id != 0 || !u.username.isEmpty())
            out.append(std::move(u));
        else
            noteUnreadable(u"users[]", v);
    }
    return out;
}

} // namespace steward::parse
