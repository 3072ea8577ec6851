// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/server/json.h"
#include "models/sandbox/server/jsonwriter.h"

#include <algorithm>

namespace steward::sandbox::json {

const SandboxUser* lastPoster(const SandboxCommunity& community, const TopicRecord& t)
{
    for (auto it = t.posts.rbegin(); it != t.posts.rend(); ++it) {
        const PostRecord& p = community.posts[std::size_t(*it)];
        if (p.type == PostType::Regular && p.deletedAt == 0)
            return community.user(p.userId);
    }
    return community.user(t.topic.userId);
}

namespace {

QJsonArray tagObjects(const QStringList& tags)
{
    QJsonArray result;
    for (const QString& tag : tags) {
        quint32 hash = 2166136261u; // FNV-1a: stable ids for tag names
        for (QChar c : tag)
            hash = (hash ^ c.unicode()) * 16777619u;
        result.append(QJsonObject{{QStringLiteral("id"), qint64(hash % 100000u) + 1},
                                  {QStringLiteral("name"), tag},
                                  {QStringLiteral("slug"), tag}});
    }
    return result;
}

/// Discourse's TopicPostersSummary: the creator, the last poster and the featured (most
/// frequent) posters, each described in the site's language, at most five; a last poster who
/// is not the creator goes to the end and is marked "latest".
QJsonArray posters(const SandboxCommunity& community, const TopicRecord& t)
{
    const bool german = community.locale == u"de";
    const QString original =
        german ? QStringLiteral("Ursprünglicher Verfasser") : QStringLiteral("Original Poster");
    const QString recent =
        german ? QStringLiteral("Neuester Verfasser") : QStringLiteral("Most Recent Poster");
    const QString frequent =
        german ? QStringLiteral("Häufiger Verfasser") : QStringLiteral("Frequent Poster");
    const SandboxUser* lastUser = lastPoster(community, t);
    const Id last = lastUser ? lastUser->user.id : t.topic.userId;
    QHash<Id, int> postsBy;
    for (int index : t.posts) {
        const PostRecord& p = community.posts[std::size_t(index)];
        if (p.type == PostType::Regular && p.deletedAt == 0 && p.userId != t.topic.userId &&
            p.userId != last)
            ++postsBy[p.userId];
    }
    QList<Id> featured = postsBy.keys();
    std::sort(featured.begin(), featured.end(), [&postsBy](Id a, Id b) {
        return postsBy[a] != postsBy[b] ? postsBy[a] > postsBy[b] : a < b;
    });
    QList<Id> ids{t.topic.userId, last};
    ids.append(featured.mid(0, 4));
    QHash<Id, QStringList> descriptions;
    for (int i = 0; i < ids.size(); ++i)
        descriptions[ids[i]].append(i == 0 ? original : i == 1 ? recent : frequent);
    QList<Id> shown;
    for (Id id : ids)
        if (!shown.contains(id) && community.user(id) && shown.size() < 5)
            shown.append(id);
    if (last != t.topic.userId && shown.removeOne(last))
        shown.append(last);
    QJsonArray result;
    for (Id id : shown) {
        QJsonValue extras = QJsonValue::Null;
        if (id == last)
            extras = shown.size() == 1 ? QStringLiteral("latest single") : QStringLiteral("latest");
        result.append(QJsonObject{
            {QStringLiteral("extras"), extras},
            {QStringLiteral("description"), descriptions.value(id).join(QStringLiteral(", "))},
            {QStringLiteral("user_id"), id},
            {QStringLiteral("primary_group_id"), QJsonValue::Null}});
    }
    return result;
}

/// The post_stream member: the requested page of posts, then the stream of all post ids (a
/// mega topic names only its last).
void writePostStream(JsonWriter& w, const SandboxCommunity& community, const TopicRecord& t,
                     const std::vector<int>& stream, int firstIndex, int count, bool includeRaw)
{
    w.key("post_stream").beginObject().key("posts").beginArray();
    const int end = std::min(int(stream.size()), firstIndex + count);
    for (int i = std::max(0, firstIndex); i < end; ++i)
        writePost(w, community, community.posts[std::size_t(stream[std::size_t(i)])],
                  PostView::TopicStream, includeRaw);
    w.endArray();
    if (t.topic.postsCount >= community.megaTopicPosts && !stream.empty()) {
        // PostStreamSerializerMixin: a mega topic's answer names only its last post.
        w.key("isMegaTopic")
            .value(true)
            .key("lastId")
            .value(community.posts[std::size_t(stream.back())].id);
    } else {
        w.key("stream").beginArray();
        for (int index : stream)
            w.value(community.posts[std::size_t(index)].id);
        w.endArray();
    }
    w.endObject();
}

/// How many regular posts each participant wrote in the topic, by user id.
QHash<Id, int> regularPostCounts(const SandboxCommunity& community, const TopicRecord& t)
{
    QHash<Id, int> postCounts;
    for (int index : t.posts) {
        const PostRecord& p = community.posts[std::size_t(index)];
        if (p.type == PostType::Regular)
            ++postCounts[p.userId];
    }
    return postCounts;
}

/// The details' participants: the 24 most active, most posts first, then by id.
QJsonArray participantsJson(const SandboxCommunity& community, const QHash<Id, int>& postCounts)
{
    QList<Id> participantIds = postCounts.keys();
    std::sort(participantIds.begin(), participantIds.end(), [&](Id a, Id b) {
        return postCounts.value(a) != postCounts.value(b)
                   ? postCounts.value(a) > postCounts.value(b)
                   : a < b;
    });
    QJsonArray participants;
    for (Id id : participantIds.mid(0, 24)) {
        const SandboxUser* m = community.user(id);
        if (!m)
            continue;
        const QJsonValue null = QJsonValue::Null;
        participants.append(QJsonObject{{QStringLiteral("id"), id},
                                        {QStringLiteral("username"), m->user.username},
                                        {QStringLiteral("name"), m->user.name},
                                        {QStringLiteral("avatar_template"), m->user.avatarTemplate},
                                        {QStringLiteral("post_count"), postCounts.value(id)},
                                        {QStringLiteral("primary_group_name"), null},
                                        {QStringLiteral("flair_name"), null},
                                        {QStringLiteral("flair_url"), null},
                                        {QStringLiteral("flair_color"), null},
                                        {QStringLiteral("flair_bg_color"), null},
                                        {QStringLiteral("admin"), m->user.admin},
                                        {QStringLiteral("moderator"), m->user.moderator},
                                        {QStringLiteral("trust_level"), int(m->user.trustLevel)}});
    }
    return participants;
}

/// TopicViewDetailsSerializer: what the acting (staff) user may do, who took part, and for a
/// message whom it is between.
QJsonObject topicDetailsJson(const SandboxCommunity& community, const TopicRecord& t,
                             const QJsonArray& participants)
{
    const SandboxUser* author = community.user(t.topic.userId);
    const SandboxUser* last = lastPoster(community, t);
    const QJsonObject details{
        {QStringLiteral("can_edit"), true},
        {QStringLiteral("notification_level"), 1},
        {QStringLiteral("can_move_posts"), true},
        {QStringLiteral("can_delete"), true},
        {QStringLiteral("can_remove_allowed_users"), true},
        {QStringLiteral("can_create_post"), true},
        {QStringLiteral("can_reply_as_new_topic"), true},
        {QStringLiteral("can_flag_topic"), true},
        {QStringLiteral("can_convert_topic"), true},
        {QStringLiteral("can_review_topic"), true},
        {QStringLiteral("can_close_topic"), true},
        {QStringLiteral("can_archive_topic"), true},
        {QStringLiteral("can_split_merge_topic"), true},
        {QStringLiteral("can_edit_staff_notes"), true},
        {QStringLiteral("can_toggle_topic_visibility"), true},
        {QStringLiteral("can_pin_unpin_topic"), true},
        {QStringLiteral("can_moderate_category"), true},
        {QStringLiteral("can_remove_self_id"), -1},
        {QStringLiteral("participants"), participants},
        {QStringLiteral("created_by"), author ? basicUser(*author) : QJsonObject()},
        {QStringLiteral("last_poster"), last ? basicUser(*last) : QJsonObject()}};
    QJsonObject topicDetails = details;
    if (t.topic.isPrivateMessage()) {
        // TopicViewDetailsSerializer: a message names the members and groups it is between.
        QJsonArray allowed;
        for (Id id : t.allowedUserIds) {
            if (const SandboxUser* m = community.user(id))
                allowed.append(basicUser(*m));
        }
        topicDetails.insert(QStringLiteral("allowed_users"), allowed);
        topicDetails.insert(QStringLiteral("allowed_groups"), QJsonArray());
    }
    return topicDetails;
}

// timeline_lookup: [post index (1-based), days ago] at each day boundary.
QJsonArray timelineLookup(const SandboxCommunity& community, const TopicRecord& t)
{
    QJsonArray timeline;
    qint64 lastDays = -1;
    const qint64 now = toSeconds(community.now);
    for (std::size_t i = 0; i < t.posts.size(); ++i) {
        const qint64 days = (now - community.posts[std::size_t(t.posts[i])].createdAt) / 86400;
        if (days != lastDays) {
            timeline.append(QJsonArray{qint64(i + 1), days});
            lastDays = days;
        }
    }
    return timeline;
}

/// Whether any of the topic's posts is deleted.
bool hasDeletedPosts(const SandboxCommunity& community, const TopicRecord& t)
{
    return std::any_of(t.posts.begin(), t.posts.end(),
                       [&](int i) { return community.posts[std::size_t(i)].deletedAt != 0; });
}

/// TopicViewSerializer's members besides the post stream and the accepted answer.
QJsonObject topicViewJson(const SandboxCommunity& community, const TopicRecord& t, int firstIndex,
                          int participantCount, const QJsonObject& details)
{
    const Topic& topic = t.topic;
    const SandboxUser* deleter = community.user(t.deletedById);
    const QJsonValue null = QJsonValue::Null;
    return {
        {QStringLiteral("timeline_lookup"), timelineLookup(community, t)},
        {QStringLiteral("suggested_topics"), QJsonArray()},
        {QStringLiteral("tags"), tagObjects(topic.tags)},
        {QStringLiteral("tags_descriptions"), QJsonObject()},
        {QStringLiteral("id"), topic.id},
        {QStringLiteral("title"), topic.title},
        {QStringLiteral("fancy_title"), topic.title.toHtmlEscaped()},
        {QStringLiteral("posts_count"), topic.postsCount},
        {QStringLiteral("created_at"), time(topic.createdAt)},
        {QStringLiteral("views"), topic.views},
        {QStringLiteral("reply_count"), topic.replyCount},
        {QStringLiteral("like_count"), topic.likeCount},
        {QStringLiteral("last_posted_at"), time(topic.lastPostedAt)},
        {QStringLiteral("visible"), topic.visible},
        {QStringLiteral("closed"), topic.closed},
        {QStringLiteral("archived"), topic.archived},
        {QStringLiteral("has_summary"), false},
        {QStringLiteral("archetype"), archetypeToString(topic.archetype)},
        {QStringLiteral("slug"), topic.slug},
        {QStringLiteral("category_id"), nullableId(topic.categoryId)}, // null for messages
        {QStringLiteral("word_count"), topic.postsCount * 60},
        {QStringLiteral("deleted_at"), time(topic.deletedAt)},
        {QStringLiteral("user_id"), topic.userId},
        {QStringLiteral("featured_link"), null},
        {QStringLiteral("pinned_globally"), topic.pinnedGlobally},
        {QStringLiteral("pinned_at"), topic.pinned ? time(topic.createdAt) : null},
        {QStringLiteral("pinned_until"), null},
        {QStringLiteral("image_url"), null},
        {QStringLiteral("slow_mode_seconds"), 0},
        {QStringLiteral("draft"), null},
        {QStringLiteral("draft_key"), QStringLiteral("topic_%1").arg(topic.id)},
        {QStringLiteral("draft_sequence"), 0},
        {QStringLiteral("unpinned"), null},
        {QStringLiteral("pinned"), topic.pinned},
        {QStringLiteral("current_post_number"), std::max(1, firstIndex + 1)},
        {QStringLiteral("highest_post_number"), int(t.posts.size())},
        {QStringLiteral("deleted_by"),
         topic.isDeleted() && deleter ? QJsonValue(basicUser(*deleter)) : null},
        {QStringLiteral("has_deleted"), hasDeletedPosts(community, t)},
        {QStringLiteral("actions_summary"), QJsonArray()},
        {QStringLiteral("chunk_size"), 20},
        {QStringLiteral("bookmarked"), false},
        {QStringLiteral("bookmarks"), QJsonArray()},
        {QStringLiteral("topic_timer"), null},
        {QStringLiteral("message_bus_last_id"), 0},
        {QStringLiteral("participant_count"), participantCount},
        {QStringLiteral("show_read_indicator"), false},
        {QStringLiteral("thumbnails"), null},
        {QStringLiteral("slow_mode_enabled_until"), null},
        {QStringLiteral("details"), details},
        // discourse-solved
        {QStringLiteral("has_accepted_answer"), topic.hasAcceptedAnswer()},
    };
}

/// discourse-solved: names the accepted answer and its author, when both still exist.
void insertAcceptedAnswer(QJsonObject& o, const SandboxCommunity& community, const Topic& topic)
{
    if (!topic.acceptedAnswerPostId)
        return;
    const PostRecord* answer = community.post(*topic.acceptedAnswerPostId);
    const SandboxUser* answerer = answer ? community.user(answer->userId) : nullptr;
    if (answer && answerer)
        o.insert(QStringLiteral("accepted_answer"),
                 QJsonObject{{QStringLiteral("post_number"), answer->postNumber},
                             {QStringLiteral("username"), answerer->user.username},
                             {QStringLiteral("name"), answerer->user.name}});
}

} // namespace

QJsonObject topicListItem(const SandboxCommunity& community, const TopicRecord& t)
{
    const Topic& topic = t.topic;
    const SandboxUser* last = lastPoster(community, t);
    const PostRecord& first = community.posts[std::size_t(t.posts.front())];
    return {
        {QStringLiteral("id"), topic.id},
        {QStringLiteral("title"), topic.title},
        {QStringLiteral("fancy_title"), topic.title.toHtmlEscaped()},
        {QStringLiteral("slug"), topic.slug},
        {QStringLiteral("posts_count"), topic.postsCount},
        {QStringLiteral("reply_count"), topic.replyCount},
        {QStringLiteral("highest_post_number"), int(t.posts.size())},
        {QStringLiteral("image_url"), QJsonValue::Null},
        {QStringLiteral("created_at"), time(topic.createdAt)},
        {QStringLiteral("last_posted_at"), time(topic.lastPostedAt)},
        {QStringLiteral("bumped"), true},
        {QStringLiteral("bumped_at"), time(topic.bumpedAt)},
        {QStringLiteral("archetype"), archetypeToString(topic.archetype)},
        {QStringLiteral("unseen"), false},
        {QStringLiteral("pinned"), topic.pinned},
        {QStringLiteral("unpinned"), QJsonValue::Null},
        {QStringLiteral("visible"), topic.visible},
        {QStringLiteral("closed"), topic.closed},
        {QStringLiteral("archived"), topic.archived},
        {QStringLiteral("bookmarked"), QJsonValue::Null}, // null: the acting user never opened it
        {QStringLiteral("liked"), QJsonValue::Null},
        {QStringLiteral("tags"), QJsonArray::fromStringList(topic.tags)},
        {QStringLiteral("tags_descriptions"), QJsonObject()},
        {QStringLiteral("views"), topic.views},
        {QStringLiteral("like_count"), topic.likeCount},
        {QStringLiteral("has_summary"), false},
        {QStringLiteral("last_poster_username"), last ? last->user.username : QString()},
        {QStringLiteral("category_id"), nullableId(topic.categoryId)},
        {QStringLiteral("op_like_count"), first.likeCount},
        {QStringLiteral("pinned_globally"), topic.pinnedGlobally},
        {QStringLiteral("featured_link"), QJsonValue::Null},
        {QStringLiteral("has_accepted_answer"), topic.hasAcceptedAnswer()},
        {QStringLiteral("posters"), posters(community, t)}};
}

QByteArray topic(const SandboxCommunity& community, const TopicRecord& t,
                 const std::vector<int>& stream, int firstIndex, int count, bool includeRaw)
{
    JsonWriter w;
    w.beginObject();
    writePostStream(w, community, t, stream, firstIndex, count, includeRaw);
    const QHash<Id, int> postCounts = regularPostCounts(community, t);
    const QJsonObject details =
        topicDetailsJson(community, t, participantsJson(community, postCounts));
    QJsonObject o = topicViewJson(community, t, firstIndex, int(postCounts.size()), details);
    insertAcceptedAnswer(o, community, t.topic);
    w.members(o).endObject();
    return w.take();
}

} // namespace steward::sandbox::json
