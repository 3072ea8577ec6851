// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/content/postcontent.h"
#include "models/sandbox/server/json.h"
#include "models/sandbox/server/jsonwriter.h"

#include <QJsonDocument>

namespace steward::sandbox::json {

namespace {

constexpr qsizetype kTextCacheLimit = 50'000;

/// Text of the cooked HTML without tags, whitespace folded, cut at 200 characters.
QString excerptOf(const QString& cooked)
{
    QString text;
    text.reserve(cooked.size());
    bool inTag = false;
    bool space = false;
    for (QChar c : cooked) {
        if (c == u'<') {
            inTag = true;
            space = !text.isEmpty();
        } else if (c == u'>') {
            inTag = false;
        } else if (!inTag) {
            if (c.isSpace()) {
                space = !text.isEmpty();
            } else {
                if (space)
                    text += u' ';
                space = false;
                text += c;
            }
        }
    }
    return text.size() > 200 ? text.left(200) + QStringLiteral("&hellip;") : text;
}

const SandboxCommunity::CachedText& textOf(const SandboxCommunity& community, const PostRecord& p)
{
    auto it = community.textCache.constFind(p.id);
    if (it != community.textCache.cend())
        return *it;
    if (community.textCache.size() >= kTextCacheLimit)
        community.textCache.clear();
    const RenderedPost text = postContent(community, p);
    SandboxCommunity::CachedText entry{text.raw, text.cooked, excerptOf(text.cooked)};
    if (community.editedRaw.contains(p.id)) {
        static thread_local SandboxCommunity::CachedText uncached;
        uncached = std::move(entry);
        return uncached;
    }
    return *community.textCache.insert(p.id, std::move(entry));
}

const ReviewRecord* reviewFor(const SandboxCommunity& community, Id postId)
{
    const auto it = community.reviewByPost.constFind(postId);
    return it == community.reviewByPost.cend() ? nullptr : community.review(*it);
}

void timeValue(JsonWriter& w, qint64 seconds)
{
    if (seconds == 0)
        w.null();
    else
        w.value(toDateTime(seconds).toString(Qt::ISODateWithMs));
}

void nullableText(JsonWriter& w, const QString& text)
{
    if (text.isEmpty())
        w.null();
    else
        w.value(text);
}

} // namespace

namespace {

void serializePost(JsonWriter& w, const SandboxCommunity& community, const PostRecord& p,
                   PostView view, bool includeRaw)
{
    const SandboxUser* author = community.user(p.userId);
    const TopicRecord* topic = community.topic(p.topicId);
    const SandboxCommunity::CachedText& text = textOf(community, p);
    const ReviewRecord* review = reviewFor(community, p.id);
    int pendingScores = 0;
    if (review) {
        for (const auto& s : review->item.scores)
            pendingScores += s.status == ScoreStatus::Pending;
    }
    const bool accepted = topic && topic->topic.acceptedAnswerPostId == p.id;
    const QString slug = topic ? topic->topic.slug : QString();
    const QString username = author ? author->user.username : QString();
    const QString name = author ? author->user.name : QString();
    const int views = topic ? topic->topic.views : 0;

    w.beginObject();
    w.key("id").value(p.id);
    w.key("name");
    nullableText(w, name);
    w.key("username").value(username);
    w.key("display_username").value(name);
    w.key("avatar_template").value(author ? author->user.avatarTemplate : QString());
    w.key("created_at");
    timeValue(w, p.createdAt);
    w.key("updated_at");
    timeValue(w, postUpdatedAt(p));
    w.key("cooked").value(text.cooked);
    w.key("post_number").value(p.postNumber);
    w.key("post_type").value(int(p.type));
    if (const char* code = actionCode(p.kind)) // PostSerializer#include_action_code?
        w.key("action_code").value(code);
    w.key("reply_count").value(0);
    w.key("reply_to_post_number");
    if (p.replyToPostNumber)
        w.value(p.replyToPostNumber);
    else
        w.null();
    w.key("quote_count").value(text.raw.contains(QStringLiteral("[quote=")) ? 1 : 0);
    w.key("incoming_link_count").value(0);
    w.key("reads").value(std::max(1, views / 3));
    w.key("readers_count").value(std::max(0, views / 3 - 1));
    w.key("score").value(double(p.likeCount) * 15.0 + 0.2);
    w.key("yours").value(false);
    w.key("topic_id").value(p.topicId);
    w.key("topic_slug").value(slug);
    for (const char* flair :
         {"primary_group_name", "flair_name", "flair_url", "flair_bg_color", "flair_color"})
        w.key(flair).null();
    w.key("version").value(p.version);
    w.key("can_edit").value(true);
    w.key("can_delete").value(p.deletedAt == 0);
    w.key("can_recover").value(p.deletedAt != 0);
    w.key("can_see_hidden_post").value(true);
    w.key("can_wiki").value(true);
    w.key("user_title").null();
    w.key("bookmarked").value(false);
    w.key("actions_summary").beginArray().beginObject();
    w.key("id").value(2).key("count").value(p.likeCount).key("can_act").value(true);
    w.endObject().endArray();
    w.key("moderator").value(author && author->user.moderator);
    w.key("admin").value(author && author->user.admin);
    w.key("staff").value(author && author->user.isStaff());
    w.key("user_id").value(p.userId);
    w.key("hidden").value(p.hidden);
    w.key("trust_level").value(author ? int(author->user.trustLevel) : 0);
    w.key("deleted_at");
    timeValue(w, p.deletedAt);
    w.key("user_deleted").value(p.deletedAt != 0 && p.deletedById == p.userId);
    w.key("edit_reason").null();
    w.key("can_view_edit_history").value(true);
    w.key("wiki").value(false);
    w.key("reviewable_id");
    if (review)
        w.value(review->item.id);
    else
        w.null();
    w.key("reviewable_score_count").value(review ? int(review->item.scores.size()) : 0);
    w.key("reviewable_score_pending_count").value(pendingScores);
    // discourse-solved, bundled with core since 2025
    w.key("accepted_answer").value(accepted);
    w.key("can_accept_answer").value(topic && p.postNumber > 1 && !accepted);
    w.key("can_unaccept_answer").value(accepted);
    w.key("topic_accepted_answer").value(topic && topic->topic.hasAcceptedAnswer());

    if (view == PostView::TopicStream) {
        w.key("link_counts").beginArray().endArray();
        w.key("read").value(true);
    } else {
        w.key("posts_count").value(author ? author->user.postCount : 0);
        w.key("flair_group_id").null();
        w.key("post_url")
            .value(QStringLiteral("/t/%1/%2/%3").arg(slug).arg(p.topicId).arg(p.postNumber));
    }
    if (view == PostView::Latest) {
        const QString title = topic ? topic->topic.title : QString();
        w.key("topic_title").value(title);
        w.key("topic_html_title").value(title.toHtmlEscaped());
        w.key("category_id").value(topic ? topic->topic.categoryId : 0);
        w.key("badges_granted").beginArray().endArray();
        w.key("excerpt").value(text.excerpt);
        w.key("truncated").value(text.cooked.size() > 200);
    }
    if (view == PostView::Single)
        w.key("mentioned_users").beginArray().endArray();
    if (view != PostView::TopicStream || includeRaw)
        w.key("raw").value(text.raw);
    w.endObject();
}

} // namespace

qint64 postUpdatedAt(const PostRecord& p)
{
    return p.deletedAt ? p.deletedAt : p.createdAt;
}

void writePost(JsonWriter& w, const SandboxCommunity& community, const PostRecord& p, PostView view,
               bool includeRaw)
{
    // A post's JSON changes only through a write, and every write bumps the revision.
    if (community.jsonCacheRevision != community.revision) {
        community.postJsonCache.clear();
        community.jsonCacheRevision = community.revision;
    }
    const quint64 key = (quint64(p.id) << 3) | (quint64(view) << 1) | (includeRaw ? 1 : 0);
    auto it = community.postJsonCache.constFind(key);
    if (it == community.postJsonCache.cend()) {
        if (community.postJsonCache.size() >= 2 * kTextCacheLimit)
            community.postJsonCache.clear();
        JsonWriter single;
        serializePost(single, community, p, view, includeRaw);
        it = community.postJsonCache.insert(key, single.take());
    }
    w.rawValue(*it);
}

QJsonObject post(const SandboxCommunity& community, const PostRecord& p, PostView view,
                 bool includeRaw)
{
    JsonWriter w;
    writePost(w, community, p, view, includeRaw);
    return QJsonDocument::fromJson(w.buffer()).object();
}

} // namespace steward::sandbox::json
