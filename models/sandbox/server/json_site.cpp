// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/server/json.h"

#include <QJsonArray>

namespace steward::sandbox::json {

namespace {

QJsonObject flagType(int id, const char* key, const char* name, const char* description,
                     bool isFlag, int position)
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name_key"), QString::fromLatin1(key)},
        {QStringLiteral("name"), QString::fromLatin1(name)},
        {QStringLiteral("description"), QString::fromLatin1(description)},
        {QStringLiteral("short_description"), QString::fromLatin1(name)},
        {QStringLiteral("is_flag"), isFlag},
        {QStringLiteral("require_message"), id == 7},
        {QStringLiteral("enabled"), true},
        {QStringLiteral("applies_to"), QJsonArray{QStringLiteral("Post"), QStringLiteral("Topic")}},
        {QStringLiteral("is_used"), true},
        {QStringLiteral("position"), position},
        {QStringLiteral("auto_action_type"), id == 8},
        {QStringLiteral("system"), true}};
}

QJsonArray postActionTypes()
{
    return {
        flagType(2, "like", "Like", "Like this post", false, 0),
        flagType(3, "off_topic", "It's Off-Topic", "This post is not relevant to the discussion.",
                 true, 1),
        flagType(4, "inappropriate", "It's Inappropriate",
                 "This post contains content that a reasonable person would consider offensive or "
                 "abusive.",
                 true, 2),
        flagType(8, "spam", "It's Spam", "This post is an advertisement or vandalism.", true, 3),
        flagType(10, "illegal", "It's Illegal",
                 "This post requires staff attention because it may be illegal.", true, 4),
        flagType(7, "notify_moderators", "Something Else",
                 "This post requires staff attention for another reason.", true, 5)};
}

} // namespace

QJsonObject category(const SandboxCommunity& community, const Category& c)
{
    int subcategories = 0;
    QJsonArray subcategoryIds;
    for (const Category& other : community.categories) {
        if (other.parentId == c.id) {
            ++subcategories;
            subcategoryIds.append(other.id);
        }
    }
    const QJsonValue null = QJsonValue::Null;
    QJsonObject o{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("color"), c.color},
        {QStringLiteral("text_color"), c.textColor},
        {QStringLiteral("style_type"), QStringLiteral("square")},
        {QStringLiteral("emoji"), null},
        {QStringLiteral("icon"), null},
        {QStringLiteral("slug"), c.slug},
        {QStringLiteral("topic_count"), c.topicCount},
        {QStringLiteral("post_count"), c.postCount},
        {QStringLiteral("position"), c.position},
        {QStringLiteral("description"), c.description},
        {QStringLiteral("description_text"), c.description},
        {QStringLiteral("description_excerpt"), c.description},
        {QStringLiteral("topic_url"), c.definitionTopicId
                                          ? QJsonValue(QStringLiteral("/t/about-the-%1-category/%2")
                                                           .arg(c.slug)
                                                           .arg(c.definitionTopicId))
                                          : QJsonValue(null)},
        {QStringLiteral("read_restricted"), c.readRestricted},
        {QStringLiteral("permission"), 1},
        {QStringLiteral("notification_level"), 1},
        {QStringLiteral("can_edit"), true},
        {QStringLiteral("topic_template"), null},
        {QStringLiteral("topic_title_placeholder"), null},
        {QStringLiteral("has_children"), subcategories > 0},
        {QStringLiteral("subcategory_count"), subcategories},
        {QStringLiteral("subcategory_ids"), subcategoryIds},
        {QStringLiteral("subcategory_list"), null},
        {QStringLiteral("sort_order"), null},
        {QStringLiteral("sort_ascending"), null},
        {QStringLiteral("show_subcategory_list"), false},
        {QStringLiteral("num_featured_topics"), 3},
        {QStringLiteral("default_view"), null},
        {QStringLiteral("subcategory_list_style"), QStringLiteral("rows_with_featured_topics")},
        {QStringLiteral("default_top_period"), QStringLiteral("all")},
        {QStringLiteral("default_list_filter"), QStringLiteral("all")},
        {QStringLiteral("minimum_required_tags"), 0},
        {QStringLiteral("navigate_to_first_post_after_read"), false},
        {QStringLiteral("allow_global_tags"), false},
        {QStringLiteral("required_tag_groups"), QJsonArray()},
        {QStringLiteral("read_only_banner"), null},
        {QStringLiteral("uploaded_logo"), null},
        {QStringLiteral("uploaded_logo_dark"), null},
        {QStringLiteral("uploaded_background"), null},
        {QStringLiteral("uploaded_background_dark"), null},
        {QStringLiteral("topics_day"), 0},
        {QStringLiteral("topics_week"), 0},
        {QStringLiteral("topics_month"), 0},
        {QStringLiteral("topics_year"), 0},
        {QStringLiteral("topics_all_time"), c.topicCount},
        {QStringLiteral("custom_fields"),
         QJsonObject{{QStringLiteral("enable_accepted_answers"), c.acceptedAnswersEnabled
                                                                     ? QStringLiteral("true")
                                                                     : QStringLiteral("false")}}}};
    if (c.parentId)
        o.insert(QStringLiteral("parent_category_id"), c.parentId);
    return o;
}

QJsonObject categoryList(const SandboxCommunity& community)
{
    QJsonArray categories;
    for (const Category& c : community.categories) {
        if (c.parentId)
            continue;
        QJsonObject full = category(community, c);
        full.remove(QStringLiteral("custom_fields"));
        full.remove(QStringLiteral("parent_category_id"));
        full.remove(QStringLiteral("allow_global_tags"));
        full.remove(QStringLiteral("required_tag_groups"));
        full.remove(QStringLiteral("read_only_banner"));
        categories.append(full);
    }
    return {
        {QStringLiteral("category_list"), QJsonObject{{QStringLiteral("can_create_category"), true},
                                                      {QStringLiteral("can_create_topic"), true},
                                                      {QStringLiteral("categories"), categories}}}};
}

QJsonObject site(const SandboxCommunity& community)
{
    QJsonArray categories;
    for (const Category& c : community.categories) {
        QJsonObject full = category(community, c);
        for (const char* key : {"subcategory_ids", "subcategory_list", "topics_day", "topics_week",
                                "topics_month", "topics_year", "topics_all_time"})
            full.remove(QString::fromLatin1(key));
        categories.append(full);
    }
    const QStringList notificationNames{QStringLiteral("mentioned"),
                                        QStringLiteral("replied"),
                                        QStringLiteral("quoted"),
                                        QStringLiteral("edited"),
                                        QStringLiteral("liked"),
                                        QStringLiteral("private_message"),
                                        QStringLiteral("invited_to_private_message"),
                                        QStringLiteral("invitee_accepted"),
                                        QStringLiteral("posted"),
                                        QStringLiteral("moved_post"),
                                        QStringLiteral("linked"),
                                        QStringLiteral("granted_badge"),
                                        QStringLiteral("invited_to_topic"),
                                        QStringLiteral("custom"),
                                        QStringLiteral("group_mentioned"),
                                        QStringLiteral("group_message_summary"),
                                        QStringLiteral("watching_first_post"),
                                        QStringLiteral("topic_reminder"),
                                        QStringLiteral("liked_consolidated"),
                                        QStringLiteral("post_approved"),
                                        QStringLiteral("code_review_commit_approved"),
                                        QStringLiteral("membership_request_accepted"),
                                        QStringLiteral("membership_request_consolidated"),
                                        QStringLiteral("bookmark_reminder"),
                                        QStringLiteral("reaction"),
                                        QStringLiteral("votes_released"),
                                        QStringLiteral("event_reminder"),
                                        QStringLiteral("event_invitation"),
                                        QStringLiteral("chat_mention"),
                                        QStringLiteral("chat_message"),
                                        QStringLiteral("chat_invitation"),
                                        QStringLiteral("chat_group_mention"),
                                        QStringLiteral("linked_consolidated"),
                                        QStringLiteral("watching_category_or_tag")};
    QJsonObject notifications;
    for (int i = 0; i < notificationNames.size(); ++i)
        notifications.insert(notificationNames[i], i + 1);
    QJsonArray topicFlags;
    for (const QJsonValue& v : postActionTypes()) {
        if (v.toObject().value(QStringLiteral("is_flag")).toBool())
            topicFlags.append(v);
    }
    return {
        {QStringLiteral("default_archetype"), QStringLiteral("regular")},
        {QStringLiteral("notification_types"), notifications},
        {QStringLiteral("post_types"), QJsonObject{{QStringLiteral("regular"), 1},
                                                   {QStringLiteral("moderator_action"), 2},
                                                   {QStringLiteral("small_action"), 3},
                                                   {QStringLiteral("whisper"), 4}}},
        {QStringLiteral("trust_levels"), QJsonObject{{QStringLiteral("newuser"), 0},
                                                     {QStringLiteral("basic"), 1},
                                                     {QStringLiteral("member"), 2},
                                                     {QStringLiteral("regular"), 3},
                                                     {QStringLiteral("leader"), 4}}},
        {QStringLiteral("groups"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), 3},
                                {QStringLiteral("name"), QStringLiteral("staff")},
                                {QStringLiteral("flair_url"), QJsonValue::Null},
                                {QStringLiteral("flair_bg_color"), QJsonValue::Null},
                                {QStringLiteral("flair_color"), QJsonValue::Null},
                                {QStringLiteral("automatic"), true}}}},
        {QStringLiteral("filters"), QJsonArray{QStringLiteral("latest"), QStringLiteral("unread"),
                                               QStringLiteral("new"), QStringLiteral("top")}},
        {QStringLiteral("homepage_choices"), QJsonArray()},
        {QStringLiteral("periods"),
         QJsonArray{QStringLiteral("all"), QStringLiteral("yearly"), QStringLiteral("quarterly"),
                    QStringLiteral("monthly"), QStringLiteral("weekly"), QStringLiteral("daily")}},
        {QStringLiteral("top_menu_items"),
         QJsonArray{QStringLiteral("latest"), QStringLiteral("top"), QStringLiteral("categories")}},
        {QStringLiteral("anonymous_top_menu_items"),
         QJsonArray{QStringLiteral("latest"), QStringLiteral("top"), QStringLiteral("categories")}},
        {QStringLiteral("uncategorized_category_id"), 1},
        {QStringLiteral("user_field_max_length"), 2048},
        {QStringLiteral("post_action_types"), postActionTypes()},
        {QStringLiteral("topic_flag_types"), topicFlags},
        {QStringLiteral("can_create_tag"), true},
        {QStringLiteral("can_tag_topics"), true},
        {QStringLiteral("can_tag_pms"), false},
        {QStringLiteral("tags_filter_regexp"),
         QStringLiteral("[/\\?#\\[\\]@!\\$&'\\(\\)\\*\\+,;=\\.%\\\\`^\\s|\\{\\}\"<>]+")},
        {QStringLiteral("top_tags"), QJsonArray()},
        {QStringLiteral("email_configured"), true},
        {QStringLiteral("topic_featured_link_allowed_category_ids"), QJsonArray()},
        {QStringLiteral("user_themes"), QJsonArray()},
        {QStringLiteral("user_color_schemes"), QJsonArray()},
        {QStringLiteral("default_light_color_scheme"), QJsonValue::Null},
        {QStringLiteral("default_dark_color_scheme"), QJsonValue::Null},
        {QStringLiteral("censored_regexp"), QJsonArray()},
        {QStringLiteral("custom_emoji_translation"), QJsonObject()},
        {QStringLiteral("watched_words_replace"), QJsonValue::Null},
        {QStringLiteral("watched_words_link"), QJsonValue::Null},
        {QStringLiteral("categories"), categories},
        {QStringLiteral("archetypes"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("regular")},
                                {QStringLiteral("name"), QStringLiteral("Regular Topic")},
                                {QStringLiteral("options"), QJsonArray()}}}},
        {QStringLiteral("user_fields"), QJsonArray()},
        {QStringLiteral("auth_providers"), QJsonArray()},
        {QStringLiteral("full_name_required_for_signup"), false},
        {QStringLiteral("full_name_visible_in_signup"), true}};
}

} // namespace steward::sandbox::json
