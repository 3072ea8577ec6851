// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/server/json.h"

namespace steward::sandbox::json {

QJsonValue time(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return QJsonValue::Null;
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue time(qint64 secondsSinceEpoch)
{
    return secondsSinceEpoch == 0 ? QJsonValue(QJsonValue::Null) : time(toDateTime(secondsSinceEpoch));
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
    return {{QStringLiteral("logo_url"), QStringLiteral("/images/fieldnote-logo.png")},
            {QStringLiteral("logo_small_url"), QStringLiteral("/images/fieldnote-logo-small.png")},
            {QStringLiteral("apple_touch_icon_url"), QStringLiteral("/images/fieldnote-touch.png")},
            {QStringLiteral("favicon_url"), QStringLiteral("/images/favicon.ico")},
            {QStringLiteral("title"), QStringLiteral("Fieldnote Community")},
            {QStringLiteral("description"), QStringLiteral("Questions, answers and ideas for Fieldnote, the notes-and-tasks app for teams.")},
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
                         {QStringLiteral("version"), QStringLiteral("3.5.0.beta8-sandbox")},
                         {QStringLiteral("https"), false},
                         {QStringLiteral("admins"), admins},
                         {QStringLiteral("moderators"), moderators},
                         {QStringLiteral("stats"), QJsonObject{{QStringLiteral("topic_count"), qint64(community.topics.size())},
                                                               {QStringLiteral("post_count"), qint64(community.posts.size())},
                                                               {QStringLiteral("user_count"), qint64(community.users.size())}}}}}};
}

} // namespace steward::sandbox::json
