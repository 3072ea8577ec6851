// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// User endpoints: public profile, admin view and lists, the directory (discourse-api.md §11.2).
#include "models/sandbox/server/json.h"
#include "models/sandbox/server/routes.h"

#include <algorithm>

namespace steward::sandbox::routes {

namespace {

/// As AdminUserIndexQuery#custom_direction: any asc (or the deprecated ascending) that is
/// present, "false" included, sorts ascending.
bool askedAscending(const RequestContext& context)
{
    return !context.param(QStringLiteral("asc")).isEmpty() ||
           !context.param(QStringLiteral("ascending")).isEmpty();
}

constexpr int kAdminPageSize = 100;
constexpr int kDirectoryPageSize = 50;

qint64 periodStart(const SandboxCommunity& community, const QString& period)
{
    const qint64 now = community.now.toSecsSinceEpoch();
    constexpr qint64 day = 86400;
    if (period == u"daily")
        return now - day;
    if (period == u"weekly")
        return now - 7 * day;
    if (period == u"monthly")
        return now - 30 * day;
    if (period == u"quarterly")
        return now - 90 * day;
    if (period == u"yearly")
        return now - 365 * day;
    return 0;
}

} // namespace

Reply user(S& server, C& context)
{
    const SandboxUser* m = server.community().userByName(context.match.captured(1));
    if (!m || m->deleted)
        return Reply::notFound();
    return Reply::json(json::publicUser(server.community(), *m));
}

Reply adminUser(S& server, C& context)
{
    const SandboxUser* m = server.community().user(context.pathId(1));
    if (!m || m->deleted)
        return Reply::notFound();
    return Reply::json(json::adminUser(server.community(), *m));
}

Reply adminUserList(S& server, C& context)
{
    const SandboxCommunity& community = server.community();
    const QString flag = context.match.captured(1);
    const QDateTime now = community.now;
    static const QStringList kFlags{QStringLiteral("active"),   QStringLiteral("new"),
                                    QStringLiteral("staff"),    QStringLiteral("suspended"),
                                    QStringLiteral("silenced"), QStringLiteral("staged"),
                                    QStringLiteral("pending")};
    const qsizetype flagIndex = kFlags.indexOf(flag);
    if (flagIndex < 0)
        return Reply::notFound();
    const bool ascending = askedAscending(context);
    if (community.userListCacheRevision != community.revision ||
        community.userListCacheNow != now) {
        community.userListCache.clear();
        community.userListCacheRevision = community.revision;
        community.userListCacheNow = now;
    }
    const quint64 key = quint64(flagIndex) << 1 | (ascending ? 1 : 0);
    auto cached = community.userListCache.find(key);
    if (cached == community.userListCache.end()) {
        std::vector<const SandboxUser*> matches;
        for (const SandboxUser& m : community.users) {
            if (m.deleted)
                continue;
            const User& u = m.user;
            const bool keep = flagIndex == 0   ? u.active
                              : flagIndex == 1 ? u.trustLevel == TrustLevel::NewUser
                              : flagIndex == 2 ? u.isStaff()
                              : flagIndex == 3 ? u.isSuspendedAt(now)
                              : flagIndex == 4 ? u.isSilencedAt(now)
                              : flagIndex == 5 ? u.staged
                                               : !u.approved;
            if (keep)
                matches.push_back(&m);
        }
        std::stable_sort(matches.begin(), matches.end(),
                         [ascending](const SandboxUser* a, const SandboxUser* b) {
                             return ascending ? a->user.createdAt < b->user.createdAt
                                              : a->user.createdAt > b->user.createdAt;
                         });
        cached = community.userListCache.insert(key, std::move(matches));
    }
    const std::vector<const SandboxUser*>& matches = *cached;
    const int page = std::max(1, context.intParam(QStringLiteral("page"), 1));
    QJsonArray result;
    for (std::size_t i = std::size_t(page - 1) * kAdminPageSize;
         i < matches.size() && result.size() < kAdminPageSize; ++i)
        result.append(json::adminUserListItem(*matches[i]));
    return Reply::json(result);
}

Reply directory(S& server, C& context)
{
    const SandboxCommunity& community = server.community();
    const QString period = context.param(QStringLiteral("period"), QStringLiteral("weekly"));
    static const QStringList kPeriods{QStringLiteral("all"),       QStringLiteral("yearly"),
                                      QStringLiteral("quarterly"), QStringLiteral("monthly"),
                                      QStringLiteral("weekly"),    QStringLiteral("daily")};
    if (!kPeriods.contains(period))
        return Reply::error(400, QStringLiteral("Invalid period '%1'").arg(period),
                            QStringLiteral("invalid_parameters"));
    const QString order = context.param(QStringLiteral("order"), QStringLiteral("likes_received"));
    const qint64 since = periodStart(community, period);

    struct Row
    {
        Id id = 0;
        int likes = 0, topics = 0, posts = 0;
    };
    QHash<Id, Row> rows;
    for (const PostRecord& p : community.posts) {
        if (p.createdAt < since || p.deletedAt || p.type != PostType::Regular)
            continue;
        Row& row = rows[p.userId];
        row.id = p.userId;
        row.likes += p.likeCount;
        row.posts += 1;
        row.topics += p.postNumber == 1;
    }
    std::vector<Row> sorted;
    for (const Row& row : rows) {
        if (const SandboxUser* m = community.user(row.id); m && !m->deleted)
            sorted.push_back(row);
    }
    auto key = [&order](const Row& r) {
        return order == u"post_count" ? r.posts : order == u"topic_count" ? r.topics : r.likes;
    };
    const bool ascending = askedAscending(context);
    std::sort(sorted.begin(), sorted.end(), [&](const Row& a, const Row& b) {
        if (key(a) != key(b))
            return ascending ? key(a) < key(b) : key(a) > key(b);
        return a.id < b.id;
    });
    const int page = std::max(0, context.intParam(QStringLiteral("page"), 0));
    QJsonArray items;
    for (std::size_t i = std::size_t(page) * kDirectoryPageSize;
         i < sorted.size() && items.size() < kDirectoryPageSize; ++i) {
        const Row& r = sorted[i];
        const SandboxUser& m = *community.user(r.id);
        QJsonObject u = json::basicUser(m);
        u.insert(QStringLiteral("title"), QJsonValue::Null);
        items.append(QJsonObject{{QStringLiteral("id"), r.id},
                                 {QStringLiteral("likes_received"), r.likes},
                                 {QStringLiteral("likes_given"), r.posts},
                                 {QStringLiteral("topics_entered"), r.posts * 3},
                                 {QStringLiteral("topic_count"), r.topics},
                                 {QStringLiteral("post_count"), r.posts},
                                 {QStringLiteral("posts_read"), r.posts * 12},
                                 {QStringLiteral("days_visited"), std::max(1, r.posts)},
                                 {QStringLiteral("user"), u}});
    }
    QString more = QStringLiteral("/directory_items.json?order=%1&page=%2&period=%3")
                       .arg(order)
                       .arg(page + 1)
                       .arg(period);
    return Reply::json(QJsonObject{
        {QStringLiteral("directory_items"), items},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("last_updated_at"), json::time(community.now)},
                     {QStringLiteral("total_rows_directory_items"), qint64(sorted.size())},
                     {QStringLiteral("load_more_directory_items"), more}}}});
}

} // namespace steward::sandbox::routes
