// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/server/json.h"

namespace steward::sandbox::json {

namespace {

double ageSeconds(const SandboxCommunity& community, const QDateTime& at)
{
    return at.isValid() ? double(at.secsTo(community.now)) : 0.0;
}

void insertAll(QJsonObject& o, std::initializer_list<const char*> keys, const QJsonValue& value)
{
    for (const char* key : keys)
        o.insert(QString::fromLatin1(key), value);
}

QJsonObject userOption(Id id)
{
    QJsonObject o{{QStringLiteral("user_id"), id},
                  {QStringLiteral("mailing_list_mode_frequency"), 1},
                  {QStringLiteral("email_level"), 1},
                  {QStringLiteral("email_messages_level"), 0},
                  {QStringLiteral("digest_after_minutes"), 10080},
                  {QStringLiteral("auto_track_topics_after_msecs"), 240000},
                  {QStringLiteral("notification_level_when_replying"), 2},
                  {QStringLiteral("new_topic_duration_minutes"), 2880},
                  {QStringLiteral("email_previous_replies"), 2},
                  {QStringLiteral("like_notification_frequency"), 1},
                  {QStringLiteral("push_notification_level"), QStringLiteral("always")},
                  {QStringLiteral("theme_ids"), QJsonArray{1}},
                  {QStringLiteral("theme_key_seq"), 0},
                  {QStringLiteral("text_size"), QStringLiteral("normal")},
                  {QStringLiteral("text_size_seq"), 0},
                  {QStringLiteral("title_count_mode"), QStringLiteral("notifications")},
                  {QStringLiteral("interface_color_mode"), 1},
                  {QStringLiteral("understood_languages"), QJsonArray()},
                  {QStringLiteral("send_shortcut"), QStringLiteral("ctrl_enter")}};
    insertAll(o,
              {"mailing_list_mode", "external_links_in_new_tab", "enable_markdown_monospace_font",
               "email_in_reply_to", "enable_allowed_pm_users", "hide_profile_and_presence",
               "hide_profile", "hide_presence", "skip_new_user_tips", "topics_unread_when_closed",
               "automatically_translate", "show_original_content",
               "enable_upcoming_change_available_notifications"},
              false);
    insertAll(o,
              {"email_digests", "dynamic_favicon", "enable_quoting", "enable_smart_lists",
               "automatically_unpin_topics", "notify_on_linked_posts", "include_tl0_in_digests",
               "allow_private_messages"},
              true);
    insertAll(o, {"color_scheme_id", "dark_scheme_id", "homepage_id", "timezone"},
              QJsonValue::Null);
    return o;
}

QJsonObject schedule()
{
    QJsonObject o{{QStringLiteral("enabled"), false}};
    for (int day = 0; day < 7; ++day) {
        o.insert(QStringLiteral("day_%1_start_time").arg(day), 480);
        o.insert(QStringLiteral("day_%1_end_time").arg(day), 1020);
    }
    return o;
}

QDateTime lastPostedAt(const SandboxCommunity& community, Id userId)
{
    for (auto it = community.posts.rbegin(); it != community.posts.rend(); ++it) {
        if (it->userId == userId && it->deletedAt == 0)
            return toDateTime(it->createdAt);
    }
    return {};
}

} // namespace

int likesGiven(const User& u)
{
    return u.postCount * 2;
}

QJsonObject publicUser(const SandboxCommunity& community, const SandboxUser& m)
{
    const User& u = m.user;
    QJsonObject o{{QStringLiteral("id"), u.id},
                  {QStringLiteral("username"), u.username},
                  {QStringLiteral("name"), u.name},
                  {QStringLiteral("avatar_template"), u.avatarTemplate},
                  {QStringLiteral("system_avatar_template"), u.avatarTemplate},
                  {QStringLiteral("last_posted_at"), time(lastPostedAt(community, u.id))},
                  {QStringLiteral("last_seen_at"), time(u.lastSeenAt)},
                  {QStringLiteral("created_at"), time(u.createdAt)},
                  {QStringLiteral("trust_level"), int(u.trustLevel)},
                  {QStringLiteral("moderator"), u.moderator},
                  {QStringLiteral("admin"), u.admin},
                  {QStringLiteral("staged"), u.staged},
                  {QStringLiteral("badge_count"), 0},
                  {QStringLiteral("custom_fields"), QJsonObject()},
                  {QStringLiteral("time_read"), u.postCount * 600},
                  {QStringLiteral("recent_time_read"), 0},
                  {QStringLiteral("featured_topic"), QJsonValue::Null},
                  {QStringLiteral("pending_count"), 0},
                  {QStringLiteral("profile_view_count"), u.postCount * 3},
                  {QStringLiteral("post_count"), u.postCount},
                  {QStringLiteral("topic_count"), u.topicCount},
                  {QStringLiteral("mailing_list_posts_per_day"), 0},
                  {QStringLiteral("user_notification_schedule"), schedule()},
                  {QStringLiteral("user_option"), userOption(u.id)}};
    insertAll(o,
              {"ignored", "muted", "can_ignore_user", "can_mute_user", "second_factor_enabled",
               "has_title_badges", "use_logo_small_as_avatar"},
              false);
    insertAll(o,
              {"can_send_private_messages", "can_send_private_message_to_user", "can_edit",
               "can_edit_username", "can_edit_email", "can_edit_name", "can_upload_profile_header",
               "can_upload_user_card_background", "can_be_deleted", "can_delete_all_posts",
               "can_change_bio", "can_change_location", "can_change_website",
               "can_change_tracking_preferences"},
              true);
    insertAll(o,
              {"title", "primary_group_id", "primary_group_name", "flair_group_id", "flair_name",
               "flair_url", "flair_bg_color", "flair_color", "uploaded_avatar_id", "locale",
               "system_avatar_upload_id", "user_api_keys", "invited_by"},
              QJsonValue::Null);
    insertAll(o,
              {"muted_category_ids", "regular_category_ids", "watched_tags",
               "watching_first_post_tags", "tracked_tags", "muted_tags", "tracked_category_ids",
               "watched_category_ids", "watched_first_post_category_ids", "muted_usernames",
               "ignored_usernames", "allowed_pm_usernames", "user_auth_tokens",
               "featured_user_badge_ids", "groups", "group_users"},
              QJsonArray());
    // Moderation state, as Discourse adds it for staff viewers.
    if (u.suspendedUntil.isValid()) {
        o.insert(QStringLiteral("suspended_till"), time(u.suspendedUntil));
        o.insert(QStringLiteral("suspend_reason"), u.suspendReason);
    }
    if (u.silencedUntil.isValid())
        o.insert(QStringLiteral("silenced_till"), time(u.silencedUntil));
    return {{QStringLiteral("user_badges"), QJsonArray()}, {QStringLiteral("user"), o}};
}

QJsonObject adminUserListItem(const SandboxUser& m)
{
    const User& u = m.user;
    QJsonObject o{{QStringLiteral("id"), u.id},
                  {QStringLiteral("username"), u.username},
                  {QStringLiteral("name"), nullable(u.name)},
                  {QStringLiteral("avatar_template"), u.avatarTemplate},
                  {QStringLiteral("email"), m.email},
                  {QStringLiteral("active"), u.active},
                  {QStringLiteral("admin"), u.admin},
                  {QStringLiteral("moderator"), u.moderator},
                  {QStringLiteral("last_seen_at"), time(u.lastSeenAt)},
                  {QStringLiteral("last_emailed_at"), QJsonValue::Null},
                  {QStringLiteral("created_at"), time(u.createdAt)},
                  {QStringLiteral("last_seen_age"), QJsonValue::Null},
                  {QStringLiteral("last_emailed_age"), QJsonValue::Null},
                  {QStringLiteral("created_at_age"), QJsonValue::Null},
                  {QStringLiteral("trust_level"), int(u.trustLevel)},
                  {QStringLiteral("manual_locked_trust_level"), QJsonValue::Null},
                  {QStringLiteral("title"), QJsonValue::Null},
                  {QStringLiteral("time_read"), u.postCount * 600},
                  {QStringLiteral("staged"), u.staged},
                  {QStringLiteral("days_visited"), std::max(1, u.postCount * 2)},
                  {QStringLiteral("posts_read_count"), u.postCount * 20},
                  {QStringLiteral("topics_entered"), u.postCount * 4},
                  {QStringLiteral("post_count"), u.postCount}};
    // Sent only while the site has must_approve_users on (include_approved?,
    // app/serializers/admin_user_list_serializer.rb), as the sandbox's does: it has users
    // waiting in the review queue for approval.
    o.insert(QStringLiteral("approved"), u.approved);
    if (u.suspendedUntil.isValid()) {
        o.insert(QStringLiteral("suspended_at"), time(m.suspendedAt));
        o.insert(QStringLiteral("suspended_till"), time(u.suspendedUntil));
    }
    if (u.silencedUntil.isValid())
        o.insert(QStringLiteral("silenced_till"), time(u.silencedUntil));
    return o;
}

QJsonObject adminUser(const SandboxCommunity& community, const SandboxUser& m)
{
    const User& u = m.user;
    QJsonObject o = adminUserListItem(m);
    o.remove(QStringLiteral("email"));
    // The official OpenAPI document's adminGetUser schema (additionalProperties: false) has
    // no approved: it was captured from a site without must_approve_users.
    o.remove(QStringLiteral("approved"));
    o.insert(QStringLiteral("last_seen_age"), ageSeconds(community, u.lastSeenAt));
    o.insert(QStringLiteral("created_at_age"), ageSeconds(community, u.createdAt));
    int flagsGiven = 0;
    int flagsReceived = 0;
    for (const ReviewRecord& r : community.reviews) {
        if (r.item.targetCreatedById == u.id && r.item.type == ReviewableType::FlaggedPost)
            flagsReceived += int(r.item.scores.size());
        for (const auto& s : r.item.scores)
            flagsGiven += s.userId == u.id && s.scoreTypeId != ScoreTypeId::NeedsApproval;
    }
    const SandboxUser* suspender = community.user(m.suspendedById);
    const SandboxUser* silencer = community.user(m.silencedById);
    o.insert(QStringLiteral("ip_address"), QStringLiteral("127.0.0.1"));
    o.insert(QStringLiteral("registration_ip_address"), QStringLiteral("127.0.0.1"));
    o.insert(QStringLiteral("like_count"), u.likesReceived);
    o.insert(QStringLiteral("like_given_count"), likesGiven(u));
    o.insert(QStringLiteral("topic_count"), u.topicCount);
    o.insert(QStringLiteral("flags_given_count"), flagsGiven);
    o.insert(QStringLiteral("flags_received_count"), flagsReceived);
    o.insert(QStringLiteral("private_topics_count"), 0);
    o.insert(QStringLiteral("full_suspend_reason"), nullable(u.suspendReason));
    o.insert(QStringLiteral("full_silence_reason"), nullable(m.silenceReason));
    o.insert(QStringLiteral("silence_reason"), nullable(m.silenceReason));
    o.insert(QStringLiteral("suspended_by"),
             suspender ? QJsonValue(basicUser(*suspender)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("silenced_by"),
             silencer ? QJsonValue(basicUser(*silencer)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("penalty_counts"),
             QJsonObject{{QStringLiteral("silenced"), u.silencedUntil.isValid() ? 1 : 0},
                         {QStringLiteral("suspended"), u.suspendedUntil.isValid() ? 1 : 0}});
    o.insert(QStringLiteral("badge_count"), 0);
    o.insert(QStringLiteral("warnings_received_count"), 0);
    o.insert(QStringLiteral("api_key_count"), 0);
    o.insert(QStringLiteral("groups"), QJsonArray());
    o.insert(QStringLiteral("external_ids"), QJsonObject());
    insertAll(o,
              {"can_send_activation_email", "can_activate", "can_grant_admin", "can_revoke_admin",
               "can_grant_moderation", "can_revoke_moderation", "can_disable_second_factor",
               "can_delete_sso_record", "include_ip", "can_be_merged"},
              false);
    insertAll(o,
              {"can_deactivate", "can_impersonate", "can_delete_all_posts", "can_be_anonymized",
               "can_view_action_logs", "can_be_deleted"},
              true);
    insertAll(o,
              {"primary_group_id", "bounce_score", "reset_bounce_score_after",
               "single_sign_on_record", "approved_by"},
              QJsonValue::Null);
    return o;
}

} // namespace steward::sandbox::json
