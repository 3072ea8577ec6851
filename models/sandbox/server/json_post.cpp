// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/content/postcontent.h"
#include "models/sandbox/server/json.h"

#include <QRegularExpression>

namespace steward::sandbox::json {

namespace {

QString excerptOf(const QString& cooked)
{
    QString text = cooked;
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text = text.simplified();
    return text.size() > 200 ? text.left(200) + QStringLiteral("&hellip;") : text;
}

const ReviewRecord* reviewFor(const SandboxCommunity& community, Id postId)
{
    const auto it = community.reviewByPost.constFind(postId);
    return it == community.reviewByPost.cend() ? nullptr : community.review(*it);
}

} // namespace

QJsonObject post(const SandboxCommunity& community, const PostRecord& p, PostView view, bool includeRaw)
{
    const SandboxUser* author = community.user(p.userId);
    const TopicRecord* topic = community.topic(p.topicId);
    const RenderedPost text = postContent(community, p);
    const ReviewRecord* review = reviewFor(community, p.id);
    int pendingScores = 0;
    if (review) {
        for (const auto& s : review->item.scores)
            pendingScores += s.status == ScoreStatus::Pending;
    }
    const bool accepted = topic && topic->topic.acceptedAnswerPostId == p.id;
    const QJsonValue null = QJsonValue::Null;
    const QString slug = topic ? topic->topic.slug : QString();
    QJsonObject o{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), author ? nullable(author->user.name) : null},
        {QStringLiteral("username"), author ? author->user.username : QString()},
        {QStringLiteral("display_username"), author ? author->user.name : QString()},
        {QStringLiteral("avatar_template"), author ? author->user.avatarTemplate : QString()},
        {QStringLiteral("created_at"), time(p.createdAt)},
        {QStringLiteral("updated_at"), time(p.deletedAt ? p.deletedAt : p.createdAt)},
        {QStringLiteral("cooked"), text.cooked},
        {QStringLiteral("post_number"), p.postNumber},
        {QStringLiteral("post_type"), int(p.type)},
        {QStringLiteral("posts_count"), author ? author->user.postCount : 0},
        {QStringLiteral("reply_count"), 0},
        {QStringLiteral("reply_to_post_number"), p.replyToPostNumber ? QJsonValue(p.replyToPostNumber) : null},
        {QStringLiteral("quote_count"), text.raw.contains(QStringLiteral("[quote=")) ? 1 : 0},
        {QStringLiteral("incoming_link_count"), 0},
        {QStringLiteral("reads"), topic ? std::max(1, topic->topic.views / 3) : 1},
        {QStringLiteral("readers_count"), topic ? std::max(0, topic->topic.views / 3 - 1) : 0},
        {QStringLiteral("score"), double(p.likeCount) * 15.0 + 0.2},
        {QStringLiteral("yours"), false},
        {QStringLiteral("topic_id"), p.topicId},
        {QStringLiteral("topic_slug"), slug},
        {QStringLiteral("topic_title"), topic ? topic->topic.title : QString()},
        {QStringLiteral("topic_html_title"), topic ? topic->topic.title.toHtmlEscaped() : QString()},
        {QStringLiteral("category_id"), topic ? topic->topic.categoryId : 0},
        {QStringLiteral("primary_group_name"), null},
        {QStringLiteral("flair_name"), null},
        {QStringLiteral("flair_url"), null},
        {QStringLiteral("flair_bg_color"), null},
        {QStringLiteral("flair_color"), null},
        {QStringLiteral("flair_group_id"), null},
        {QStringLiteral("badges_granted"), QJsonArray()},
        {QStringLiteral("version"), p.version},
        {QStringLiteral("can_edit"), true},
        {QStringLiteral("can_delete"), p.deletedAt == 0},
        {QStringLiteral("can_recover"), p.deletedAt != 0},
        {QStringLiteral("can_see_hidden_post"), true},
        {QStringLiteral("can_wiki"), true},
        {QStringLiteral("link_counts"), QJsonArray()},
        {QStringLiteral("read"), true},
        {QStringLiteral("user_title"), null},
        {QStringLiteral("bookmarked"), false},
        {QStringLiteral("actions_summary"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), 2}, {QStringLiteral("count"), p.likeCount},
                                {QStringLiteral("can_act"), true}}}},
        {QStringLiteral("moderator"), author && author->user.moderator},
        {QStringLiteral("admin"), author && author->user.admin},
        {QStringLiteral("staff"), author && author->user.isStaff()},
        {QStringLiteral("user_id"), p.userId},
        {QStringLiteral("hidden"), p.hidden},
        {QStringLiteral("trust_level"), author ? int(author->user.trustLevel) : 0},
        {QStringLiteral("deleted_at"), time(p.deletedAt)},
        {QStringLiteral("user_deleted"), p.deletedAt != 0 && p.deletedById == p.userId},
        {QStringLiteral("edit_reason"), null},
        {QStringLiteral("can_view_edit_history"), true},
        {QStringLiteral("wiki"), false},
        {QStringLiteral("reviewable_id"), review ? QJsonValue(review->item.id) : null},
        {QStringLiteral("reviewable_score_count"), review ? int(review->item.scores.size()) : 0},
        {QStringLiteral("reviewable_score_pending_count"), pendingScores},
        {QStringLiteral("post_url"), QStringLiteral("/t/%1/%2/%3").arg(slug).arg(p.topicId).arg(p.postNumber)},
        {QStringLiteral("excerpt"), excerptOf(text.cooked)},
        {QStringLiteral("truncated"), text.cooked.size() > 200},
        {QStringLiteral("mentioned_users"), QJsonArray()},
        {QStringLiteral("raw"), text.raw},
        // discourse-solved, bundled with core since 2025
        {QStringLiteral("accepted_answer"), accepted},
        {QStringLiteral("can_accept_answer"), topic && p.postNumber > 1 && !accepted},
        {QStringLiteral("can_unaccept_answer"), accepted},
        {QStringLiteral("topic_accepted_answer"), topic && topic->topic.hasAcceptedAnswer()},
    };
    switch (view) {
    case PostView::TopicStream:
        for (const char* key : {"posts_count", "topic_title", "topic_html_title", "category_id", "flair_group_id",
                                "badges_granted", "post_url", "excerpt", "truncated", "mentioned_users"})
            o.remove(QString::fromLatin1(key));
        if (!includeRaw)
            o.remove(QStringLiteral("raw"));
        break;
    case PostView::Latest:
        for (const char* key : {"link_counts", "read", "mentioned_users"})
            o.remove(QString::fromLatin1(key));
        break;
    case PostView::Single:
        for (const char* key : {"topic_title", "topic_html_title", "category_id", "badges_granted", "link_counts",
                                "read", "excerpt", "truncated"})
            o.remove(QString::fromLatin1(key));
        break;
    }
    return o;
}

} // namespace steward::sandbox::json
