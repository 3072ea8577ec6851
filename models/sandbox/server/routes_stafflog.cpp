// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// GET /admin/logs/staff_action_logs (Admin::StaffActionLogsController#index,
// app/controllers/admin/staff_action_logs_controller.rb): the staff action log newest first, a
// page at a time, with the filters of UserHistory.staff_action_records
// (app/models/user_history.rb) and each row as UserHistorySerializer writes it.
#include "models/sandbox/server/json.h"
#include "models/sandbox/server/routes.h"
#include "models/sandbox/stafflog.h"

#include <QUrl>

#include <algorithm>
#include <optional>

namespace steward::sandbox::routes {

namespace {

/// UserHistory.actions in number order, 1 to 119.
const QStringList& actionNames()
{
    static const QStringList names =
        QStringLiteral(
            "delete_user change_trust_level change_site_setting change_theme delete_theme "
            "checked_for_custom_avatar notified_about_avatar notified_about_sequential_replies "
            "notified_about_dominating_topic suspend_user unsuspend_user facebook_no_email "
            "grant_badge revoke_badge auto_trust_level_change check_email delete_post "
            "delete_topic impersonate roll_up change_username custom custom_staff anonymize_user "
            "reviewed_post change_category_settings delete_category create_category "
            "change_site_text silence_user unsilence_user grant_admin revoke_admin "
            "grant_moderation revoke_moderation backup_create rate_limited_like revoke_email "
            "deactivate_user wizard_step lock_trust_level unlock_trust_level activate_user "
            "change_readonly_mode backup_download backup_destroy notified_about_get_a_room "
            "change_name post_locked post_unlocked check_personal_message disabled_second_factor "
            "post_edit topic_published recover_topic post_approved create_badge change_badge "
            "delete_badge removed_silence_user removed_suspend_user removed_unsilence_user "
            "removed_unsuspend_user post_rejected merge_user entity_export change_password "
            "topic_timestamps_changed approve_user web_hook_create web_hook_update "
            "web_hook_destroy embeddable_host_create embeddable_host_update "
            "embeddable_host_destroy web_hook_deactivate change_theme_setting "
            "disable_theme_component enable_theme_component api_key_create api_key_update "
            "api_key_destroy revoke_title change_title override_upload_secure_status "
            "page_published page_unpublished add_email update_email destroy_email topic_closed "
            "topic_opened topic_archived topic_unarchived post_staff_note_create "
            "post_staff_note_destroy watched_word_create watched_word_destroy delete_group "
            "permanently_delete_post_revisions create_public_sidebar_section "
            "update_public_sidebar_section destroy_public_sidebar_section reset_bounce_score "
            "create_watched_word_group update_watched_word_group delete_watched_word_group "
            "redirected_to_required_fields filled_in_required_fields topic_slow_mode_set "
            "topic_slow_mode_removed custom_emoji_create custom_emoji_destroy "
            "delete_post_permanently delete_topic_permanently tag_group_create tag_group_destroy "
            "tag_group_change delete_associated_accounts")
            .split(u' ');
    return names;
}
constexpr int kCustom = 22;
constexpr int kCustomStaff = 23;

/// UserHistory.staff_actions, sorted as the controller sorts them for extras; the names with
/// no number of their own are stored as custom_staff.
const QStringList& staffActionNames()
{
    static const QStringList names =
        QStringLiteral(
            "activate_user add_email anonymize_user api_key_create api_key_destroy "
            "api_key_update approve_user backup_create backup_destroy backup_download "
            "change_badge change_category_settings change_name change_readonly_mode "
            "change_site_setting change_site_text change_theme change_theme_setting change_title "
            "change_trust_level change_username chat_auto_remove_membership "
            "chat_channel_status_change check_email check_personal_message create_badge "
            "create_category create_flag create_public_sidebar_section create_watched_word_group "
            "custom_emoji_create custom_emoji_destroy custom_staff deactivate_user "
            "delete_associated_accounts delete_badge delete_category delete_flag delete_group "
            "delete_post delete_post_permanently delete_theme delete_topic "
            "delete_topic_permanently delete_user delete_watched_word_group deleted_tag "
            "deleted_unused_tags destroy_email destroy_public_sidebar_section "
            "disable_theme_component disabled_second_factor embeddable_host_create "
            "embeddable_host_destroy embeddable_host_update enable_theme_component entity_export "
            "grant_admin grant_badge grant_moderation impersonate lock_trust_level merge_user "
            "override_upload_secure_status page_published page_unpublished "
            "permanently_delete_post_revisions post_approved post_edit post_locked post_rejected "
            "post_staff_note_create post_staff_note_destroy post_unlocked recover_topic "
            "removed_silence_user removed_suspend_user removed_unsilence_user "
            "removed_unsuspend_user renamed_tag reset_bounce_score reviewed_post revoke_admin "
            "revoke_badge revoke_email revoke_moderation revoke_title roll_up silence_user "
            "suspend_user tag_group_change tag_group_create tag_group_destroy toggle_flag "
            "topic_archived topic_closed topic_opened topic_published topic_slow_mode_removed "
            "topic_slow_mode_set topic_timestamps_changed topic_unarchived unlock_trust_level "
            "unsilence_user unsuspend_user update_directory_columns update_email update_flag "
            "update_public_sidebar_section update_watched_word_group watched_word_create "
            "watched_word_destroy web_hook_create web_hook_deactivate web_hook_destroy "
            "web_hook_update")
            .split(u' ');
    return names;
}

/// The number of an action name; nullopt when UserHistory.actions has no such key.
std::optional<int> actionNumber(const QString& name)
{
    const qsizetype index = actionNames().indexOf(name);
    return index < 0 ? std::nullopt : std::optional<int>(int(index) + 1);
}

/// UserHistorySerializer#action_name: the enum's key, the custom type for custom actions.
QJsonValue actionName(const StaffActionRecord& r)
{
    if (r.action == kCustom || r.action == kCustomStaff)
        return json::nullable(r.customType);
    if (r.action < 1 || r.action > actionNames().size())
        return QJsonValue::Null;
    return actionNames()[r.action - 1];
}

/// Ruby's String#to_i: optional sign and leading digits after blanks; 0 without digits.
qint64 rubyToI(const QString& text)
{
    const QString t = text.trimmed();
    qsizetype end = t.startsWith(u'-') || t.startsWith(u'+') ? 1 : 0;
    while (end < t.size() && t[end].isDigit() && t[end].unicode() < 128)
        ++end;
    return t.left(end).toLongLong();
}

/// What staff_action_records filters on; an unset member matches every row.
struct Filter
{
    std::optional<qint64> action;
    std::optional<QString> customType;
    std::optional<Id> actingUser; ///< -1: a username no user has, which matches no row
    std::optional<Id> targetUser;
    std::optional<QString> subject;

    bool matches(const StaffActionRecord& r) const
    {
        return (!action || r.action == *action) && (!customType || r.customType == *customType) &&
               (!actingUser || r.actingUserId == *actingUser) &&
               (!targetUser || r.targetUserId == *targetUser) &&
               (!subject || r.subject == *subject);
    }
};

/// The filters as UserHistory.staff_action_records and .with_filters read them: action_name
/// replaces action_id (an unknown name drops the action filter), and with action_id
/// custom_staff it is the custom type instead; a present but blank action_id or custom_type
/// filters nothing, a present username or subject always does.
Filter filterOf(const SandboxCommunity& community, const RequestContext& context)
{
    Filter f;
    const auto present = [&](const char* name) {
        return !context.param(QString::fromLatin1(name)).trimmed().isEmpty();
    };
    if (present("action_id"))
        f.action = rubyToI(context.param(QStringLiteral("action_id")));
    std::optional<QString> customType;
    if (context.has(QStringLiteral("custom_type")))
        customType = context.param(QStringLiteral("custom_type"));
    const bool customStaff = rubyToI(context.param(QStringLiteral("action_id"))) == kCustomStaff;
    const bool named = context.has(QStringLiteral("action_name"));
    const QString name = context.param(QStringLiteral("action_name"));
    if (customStaff) {
        customType = named ? std::optional<QString>(name) : std::nullopt;
    } else if (named) {
        const std::optional<int> number = actionNumber(name);
        f.action = number ? std::optional<qint64>(*number) : std::nullopt;
    }
    if (customType && !customType->trimmed().isEmpty())
        f.customType = customType;
    const auto userId = [&](const char* key) -> std::optional<Id> {
        if (!context.has(QString::fromLatin1(key)))
            return std::nullopt;
        const SandboxUser* m = community.userByName(context.param(QString::fromLatin1(key)));
        return m && !m->deleted ? m->user.id : Id(-1);
    };
    f.actingUser = userId("acting_user");
    f.targetUser = userId("target_user");
    if (context.has(QStringLiteral("subject")))
        f.subject = context.param(QStringLiteral("subject"));
    return f;
}

/// load_more_staff_action_logs: admin_staff_action_logs_path with the filters sent, page + 1
/// and page_size (which the controller does not read), as Hash#to_query sorts and escapes
/// them.
QString loadMore(const RequestContext& context, qint64 page, int pageSize)
{
    const auto pair = [](const QString& key, const QString& value) {
        return key + u'=' +
               QString::fromLatin1(QUrl::toPercentEncoding(value, " ")).replace(u' ', u'+');
    };
    QStringList pairs{pair(QStringLiteral("page"), QString::number(page + 1)),
                      pair(QStringLiteral("page_size"), QString::number(pageSize))};
    for (const char* key :
         {"action_id", "custom_type", "acting_user", "target_user", "subject", "action_name"}) {
        const QString name = QString::fromLatin1(key);
        if (context.has(name))
            pairs.append(pair(name, context.param(name)));
    }
    std::sort(pairs.begin(), pairs.end());
    return QStringLiteral("/admin/logs/staff_action_logs?") + pairs.join(u'&');
}

QJsonValue basicUserOrNull(const SandboxCommunity& community, Id id)
{
    const SandboxUser* m = community.liveUser(id);
    return m ? QJsonValue(json::basicUser(*m)) : QJsonValue(QJsonValue::Null);
}

/// One row as UserHistorySerializer writes it for a staff viewer. The sandbox keeps no
/// previous or new values nor emails; delete_user's ip_address is the member's, which the
/// sandbox serves as 127.0.0.1 for everyone (json_user.cpp).
QJsonObject row(const SandboxCommunity& community, const StaffActionRecord& r)
{
    const bool deletedUser = r.action == UserHistoryAction::DeleteUser;
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("action"), r.action},
            {QStringLiteral("action_name"), actionName(r)},
            {QStringLiteral("custom_type"), json::nullable(r.customType)},
            {QStringLiteral("details"), json::nullable(staffActionDetails(community, r))},
            {QStringLiteral("context"), json::nullable(r.context)},
            {QStringLiteral("subject"), json::nullable(r.subject)},
            {QStringLiteral("previous_value"), QJsonValue::Null},
            {QStringLiteral("new_value"), QJsonValue::Null},
            {QStringLiteral("ip_address"),
             deletedUser ? QJsonValue(QStringLiteral("127.0.0.1")) : QJsonValue::Null},
            {QStringLiteral("email"), QJsonValue::Null},
            {QStringLiteral("created_at"), json::time(r.createdAt)},
            {QStringLiteral("topic_id"), json::nullableId(r.topicId)},
            {QStringLiteral("post_id"), json::nullableId(r.postId)},
            {QStringLiteral("category_id"), json::nullableId(r.categoryId)},
            {QStringLiteral("acting_user"), basicUserOrNull(community, r.actingUserId)},
            {QStringLiteral("target_user"), basicUserOrNull(community, r.targetUserId)}};
}

/// extras.user_history_actions (the controller's staff_available_actions).
const QJsonArray& availableActions()
{
    static const QJsonArray actions = [] {
        QJsonArray list;
        for (const QString& name : staffActionNames()) {
            const std::optional<int> number = actionNumber(name);
            list.append(QJsonObject{{QStringLiteral("id"), name},
                                    {QStringLiteral("action_id"), number.value_or(kCustomStaff)}});
        }
        return list;
    }();
    return actions;
}

} // namespace

Reply staffActionLogs(S& server, C& context)
{
    const SandboxCommunity& community = server.community();
    // A negative page would be a negative OFFSET, which PostgreSQL refuses (a 500); the
    // sandbox reads it as the first page (and caps huge ones, which are past the end anyway).
    const qint64 page =
        std::clamp<qint64>(rubyToI(context.param(QStringLiteral("page"))), 0, qint64(1) << 40);
    const int pageSize =
        context.has(QStringLiteral("limit"))
            ? int(std::clamp<qint64>(rubyToI(context.param(QStringLiteral("limit"))), 1, 200))
            : 200;
    const Filter filter = filterOf(community, context);
    const qint64 first = page * pageSize;
    qint64 count = 0;
    QJsonArray rows;
    for (auto it = community.staffActions.rbegin(); it != community.staffActions.rend(); ++it) {
        if (!filter.matches(*it))
            continue;
        if (count >= first && rows.size() < pageSize)
            rows.append(row(community, *it));
        ++count;
    }
    return Reply::json(QJsonObject{
        {QStringLiteral("staff_action_logs"), rows},
        {QStringLiteral("total_rows_staff_action_logs"), count},
        {QStringLiteral("load_more_staff_action_logs"), loadMore(context, page, pageSize)},
        {QStringLiteral("extras"),
         QJsonObject{{QStringLiteral("user_history_actions"), availableActions()}}}});
}

} // namespace steward::sandbox::routes
