// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/server/json.h"

#include <limits>

namespace steward::sandbox::json {

QJsonValue time(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return QJsonValue::Null;
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue time(qint64 secondsSinceEpoch)
{
    return secondsSinceEpoch == 0 ? QJsonValue(QJsonValue::Null)
                                  : time(toDateTime(secondsSinceEpoch));
}

QJsonValue nullable(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue nullableId(Id id)
{
    return id == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

QJsonObject pick(const QJsonObject& object, std::initializer_list<const char*> keys)
{
    QJsonObject result;
    for (const char* key : keys) {
        const QString name = QString::fromLatin1(key);
        const auto it = object.constFind(name);
        if (it != object.constEnd())
            result.insert(name, *it);
    }
    return result;
}

QJsonObject basicUser(const SandboxUser& m)
{
    return {{QStringLiteral("id"), m.user.id},
            {QStringLiteral("username"), m.user.username},
            {QStringLiteral("name"), nullable(m.user.name)},
            {QStringLiteral("avatar_template"), m.user.avatarTemplate}};
}

QJsonObject basicInfo(const SandboxCommunity& community)
{
    return {
        {QStringLiteral("logo_url"), QStringLiteral("/images/fieldnote-logo.png")},
        {QStringLiteral("logo_small_url"), QStringLiteral("/images/fieldnote-logo-small.png")},
        {QStringLiteral("apple_touch_icon_url"), QStringLiteral("/images/fieldnote-touch.png")},
        {QStringLiteral("favicon_url"), QStringLiteral("/images/favicon.ico")},
        {QStringLiteral("title"), QStringLiteral("Fieldnote Community")},
        {QStringLiteral("description"),
         QStringLiteral(
             "Questions, answers and ideas for Fieldnote, the notes-and-tasks app for teams.")},
        {QStringLiteral("header_primary_color"), QStringLiteral("222222")},
        {QStringLiteral("header_background_color"), QStringLiteral("ffffff")},
        {QStringLiteral("login_required"), false},
        {QStringLiteral("locale"), community.locale},
        {QStringLiteral("include_in_discourse_discover"), false},
        {QStringLiteral("mobile_logo_url"), QStringLiteral("/images/fieldnote-logo-small.png")}};
}

QJsonObject about(const SandboxCommunity& community)
{
    QJsonArray admins;
    QJsonArray moderators;
    for (const SandboxUser& m : community.users) {
        if (m.user.admin)
            admins.append(basicUser(m));
        else if (m.user.moderator)
            moderators.append(basicUser(m));
    }
    return {{QStringLiteral("about"),
             QJsonObject{{QStringLiteral("title"), QStringLiteral("Fieldnote Community")},
                         {QStringLiteral("locale"), community.locale},
                         {QStringLiteral("version"), QStringLiteral("3.5.0.beta8-sandbox")},
                         {QStringLiteral("https"), false},
                         {QStringLiteral("admins"), admins},
                         {QStringLiteral("moderators"), moderators},
                         {QStringLiteral("can_see_about_stats"), true},
                         {QStringLiteral("stats"), aboutStats(community, community.now)}}}};
}

QJsonObject aboutStats(const SandboxCommunity& community, const QDateTime& at)
{
    // Stat.api_stats as newer Discourse serves it (app/models/stat.rb, lib/statistics.rb):
    // topics are Topic.listable_topics (no private messages, not deleted), posts every
    // undeleted post, users the real (id > 0), activated users neither suspended nor silenced.
    const qint64 now = toSeconds(at);
    struct Window
    {
        const char* suffix;
        qint64 seconds;
    };
    const Window windows[] = {{"_count", std::numeric_limits<qint64>::max() / 2},
                              {"_last_day", 86400},
                              {"_7_days", 7 * 86400},
                              {"_30_days", 30 * 86400}};
    QJsonObject stats;
    for (const Window& w : windows) {
        const qint64 since = now - w.seconds;
        qint64 topics = 0, posts = 0, users = 0, active = 0, likes = 0;
        for (const TopicRecord& t : community.topics)
            topics += t.topic.archetype == Archetype::Regular && !t.topic.isDeleted() &&
                      toSeconds(t.topic.createdAt) > since;
        for (const PostRecord& p : community.posts) {
            if (p.deletedAt != 0)
                continue;
            posts += p.createdAt > since;
            likes += p.createdAt > since ? p.likeCount : 0;
        }
        for (const SandboxUser& m : community.users) {
            const User& u = m.user;
            if (m.deleted || u.id <= 0 || !u.active || u.isSuspendedAt(at) || u.isSilencedAt(at))
                continue;
            users += toSeconds(u.createdAt) > since;
            active += u.lastSeenAt.isValid() && toSeconds(u.lastSeenAt) > since;
        }
        const QString suffix = QString::fromLatin1(w.suffix);
        stats.insert(QStringLiteral("topics") + suffix, topics);
        stats.insert(QStringLiteral("posts") + suffix, posts);
        stats.insert(QStringLiteral("users") + suffix, users);
        stats.insert(QStringLiteral("likes") + suffix, likes);
        if (suffix != u"_count")
            stats.insert(QStringLiteral("active_users") + suffix, active);
    }
    return stats;
}

} // namespace steward::sandbox::json
