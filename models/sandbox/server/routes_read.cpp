// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Read endpoints for site, topics and posts, with Discourse's paging (discourse-api.md §5-8).
#include "models/sandbox/server/json.h"
#include "models/sandbox/server/jsonwriter.h"
#include "models/sandbox/server/routes.h"

#include <QSet>

#include <algorithm>

namespace steward::sandbox::routes {

namespace {

constexpr int kTopicsPerPage = 30;
constexpr int kPostsPerChunk = 20;
constexpr int kLatestPostsPerPage = 50;

/// Whether a topic list shows the topic, as TopicQuery does: never private messages (they
/// have their own lists); definition topics only in their own category's list, which takes
/// subcategories' topics but not their definitions (show_category_definitions_in_topic_lists
/// off, ListController's no_definitions for /latest).
bool listed(const SandboxCommunity& community, const TopicRecord& t, Id categoryId)
{
    if (t.topic.isPrivateMessage())
        return false;
    if (categoryId) {
        const Category* c = community.category(t.topic.categoryId);
        if (t.topic.categoryId != categoryId && (!c || c->parentId != categoryId))
            return false;
    }
    const Category* defined =
        t.kind == TopicKind::CategoryAbout ? community.definedCategory(t.topic.id) : nullptr;
    return !defined || (categoryId != 0 && defined->id == categoryId);
}

/// The topics a list shows, pinned first, then by activity; cached per (category, staff) until
/// the next write, because sorting and filtering 44k topics per request dominated the answer.
const QList<const TopicRecord*>& listOrder(const SandboxCommunity& community,
                                           const RequestContext& context, Id categoryId,
                                           bool byCreation)
{
    if (community.listCacheRevision != community.revision) {
        community.listCache.clear();
        community.listCacheRevision = community.revision;
    }
    const bool staff = context.actor && context.actor->user.isStaff();
    const quint64 key = (quint64(categoryId) << 2) | (byCreation ? 2 : 0) | (staff ? 1 : 0);
    if (const auto it = community.listCache.constFind(key); it != community.listCache.cend())
        return *it;
    std::vector<const TopicRecord*> byActivity;
    byActivity.reserve(community.topics.size());
    for (const TopicRecord& t : community.topics)
        byActivity.push_back(&t);
    std::stable_sort(byActivity.begin(), byActivity.end(),
                     [byCreation](const TopicRecord* a, const TopicRecord* b) {
                         if (byCreation)
                             return a->topic.createdAt != b->topic.createdAt
                                        ? a->topic.createdAt > b->topic.createdAt
                                        : a->topic.id > b->topic.id;
                         return a->topic.bumpedAt != b->topic.bumpedAt
                                    ? a->topic.bumpedAt > b->topic.bumpedAt
                                    : a->topic.id > b->topic.id;
                     });
    QList<const TopicRecord*> pinned;
    QList<const TopicRecord*> rest;
    for (const TopicRecord* t : byActivity) {
        if (t->topic.isDeleted() || !canSee(community, context, *t) ||
            !listed(community, *t, categoryId))
            continue;
        // Only the default (activity) order puts pinned topics first.
        const bool isPinned =
            !byCreation && (categoryId ? t->topic.pinned : t->topic.pinnedGlobally);
        (isPinned ? pinned : rest).append(t);
    }
    return *community.listCache.insert(key, pinned + rest);
}

bool isTrue(const QString& value)
{
    return value == u"true" || value == u"1";
}

Reply topicList(const SandboxCommunity& community, const RequestContext& context, Id categoryId,
                const QString& morePath)
{
    const int page = std::max(0, context.intParam(QStringLiteral("page"), 0));
    // Core's TopicQuery takes no per_page from a request (it is not among its public
    // options): lists come 30 a page whatever the client asks.
    const int perPage = kTopicsPerPage;
    const QString order = context.param(QStringLiteral("order"), QStringLiteral("default"));
    if (order != u"default" && order != u"activity" && order != u"created")
        return Reply::error(400, QStringLiteral("Invalid order '%1'").arg(order),
                            QStringLiteral("invalid_parameters"));
    const bool ascending = isTrue(context.param(QStringLiteral("ascending")));
    const QList<const TopicRecord*>& all =
        listOrder(community, context, categoryId, order == u"created");
    const QList<const TopicRecord*> ordered =
        ascending ? QList<const TopicRecord*>(all.rbegin(), all.rend()) : all;
    const qsizetype from = qsizetype(page) * perPage;
    const QList<const TopicRecord*> slice = ordered.mid(from, perPage);

    QJsonArray topics;
    QList<Id> userIds;
    for (const TopicRecord* t : slice) {
        QJsonObject item = json::topicListItem(community, *t);
        if (categoryId) {
            // Category lists carry the first post's excerpt instead of its like count.
            item.remove(QStringLiteral("op_like_count"));
            const PostRecord& first = community.posts[std::size_t(t->posts.front())];
            item.insert(QStringLiteral("excerpt"),
                        json::post(community, first, json::PostView::Latest, false)
                            .value(QStringLiteral("excerpt")));
        }
        for (const QJsonValue& poster : item.value(QStringLiteral("posters")).toArray()) {
            const Id id = poster.toObject().value(QStringLiteral("user_id")).toInteger();
            if (!userIds.contains(id))
                userIds.append(id);
        }
        topics.append(item);
    }
    std::sort(userIds.begin(), userIds.end());
    QJsonArray users;
    for (Id id : userIds) {
        if (const SandboxUser* m = community.user(id))
            users.append(json::basicUser(*m));
    }
    QJsonObject list{{QStringLiteral("can_create_topic"), true},
                     {QStringLiteral("per_page"), perPage},
                     {QStringLiteral("topics"), topics}};
    if (slice.size() == perPage && from + perPage < ordered.size()) {
        QUrlQuery more = context.query;
        more.removeAllQueryItems(QStringLiteral("page"));
        more.addQueryItem(QStringLiteral("page"), QString::number(page + 1));
        list.insert(QStringLiteral("more_topics_url"),
                    morePath + u'?' + more.toString(QUrl::FullyEncoded));
    }
    return Reply::json(QJsonObject{{QStringLiteral("users"), users},
                                   {QStringLiteral("primary_groups"), QJsonArray()},
                                   {QStringLiteral("topic_list"), list}});
}

/// The posts of a topic the acting user is shown, as TopicView does: whispers only to staff;
/// deleted replies never to others, and to staff only with show_deleted=true (lib/topic_view.rb,
/// setup_filtered_posts). Asked for by id, staff get deleted posts whatever show_deleted says.
bool shown(const PostRecord& p, const RequestContext& context, bool byId)
{
    const bool staff = context.actor && context.actor->user.isStaff();
    if (p.type == PostType::Whisper && !staff)
        return false;
    if (!p.deletedAt || p.postNumber == 1)
        return true;
    return staff && (byId || isTrue(context.param(QStringLiteral("show_deleted"))));
}

} // namespace

bool canSee(const SandboxCommunity& community, const RequestContext& context,
            const TopicRecord& topic)
{
    const SandboxUser* actor = context.actor;
    if (topic.topic.isPrivateMessage()) {
        // Guardian#can_see_private_message?, kept simple: admins see every message, anyone
        // else (moderators too) only those they are in; deleted ones only staff.
        if (!actor)
            return false;
        if (actor->user.admin)
            return true;
        const auto& between = topic.allowedUserIds;
        const bool participant =
            std::find(between.begin(), between.end(), actor->user.id) != between.end();
        return participant && (!topic.topic.isDeleted() || actor->user.isStaff());
    }
    if (actor && actor->user.isStaff())
        return true;
    const Category* c = community.category(topic.topic.categoryId);
    return topic.topic.visible && !topic.topic.isDeleted() && c && !c->readRestricted;
}

Reply site(S& server, C&)
{
    return Reply::json(json::site(server.community()));
}
Reply basicInfo(S& server, C&)
{
    return Reply::json(json::basicInfo(server.community()));
}
Reply about(S& server, C&)
{
    return Reply::json(json::about(server.community()));
}
Reply categories(S& server, C&)
{
    return Reply::json(json::categoryList(server.community()));
}

Reply latest(S& server, C& context)
{
    return topicList(server.community(), context, 0, QStringLiteral("/latest"));
}

Reply categoryTopics(S& server, C& context)
{
    const Category* c = server.community().category(context.pathId(1));
    if (!c || (c->readRestricted && !(context.actor && context.actor->user.isStaff())))
        return Reply::notFound();
    return topicList(server.community(), context, c->id,
                     QStringLiteral("/c/%1/%2").arg(c->slug).arg(c->id));
}

Reply topic(S& server, C& context)
{
    const SandboxCommunity& community = server.community();
    const TopicRecord* t = community.topic(context.pathId(1));
    if (!t || !canSee(community, context, *t))
        return Reply::notFound();
    int first = 0;
    const int postNumber = context.match.captured(2).isEmpty()
                               ? context.intParam(QStringLiteral("post_number"), 0)
                               : context.match.captured(2).toInt();
    if (context.has(QStringLiteral("page")))
        first = (std::max(1, context.intParam(QStringLiteral("page"), 1)) - 1) * kPostsPerChunk;
    else if (postNumber > 1)
        first = std::max(0, postNumber - 1 - kPostsPerChunk / 2);
    std::vector<int> stream;
    for (int index : t->posts)
        if (shown(community.posts[std::size_t(index)], context, false))
            stream.push_back(index);
    if (postNumber > 1 && !context.has(QStringLiteral("page"))) {
        // The chunk around post_number, counted in the stream the user is shown.
        const auto at = std::find_if(stream.begin(), stream.end(), [&](int index) {
            return community.posts[std::size_t(index)].postNumber >= postNumber;
        });
        first = std::max(0, int(at - stream.begin()) - kPostsPerChunk / 2);
    }
    if (first >= int(stream.size()) && first > 0)
        first = int((stream.size() - 1) / kPostsPerChunk) * kPostsPerChunk;
    return {200,
            json::topic(community, *t, stream, first, kPostsPerChunk,
                        isTrue(context.param(QStringLiteral("include_raw")))),
            {}};
}

Reply topicPosts(S& server, C& context)
{
    const SandboxCommunity& community = server.community();
    const TopicRecord* t = community.topic(context.pathId(1));
    if (!t || !canSee(community, context, *t))
        return Reply::notFound();
    QSet<Id> wanted;
    for (const QString& id : context.list(QStringLiteral("post_ids")))
        wanted.insert(id.toLongLong());
    const int after = context.intParam(QStringLiteral("post_number"), 0);
    const bool includeRaw = isTrue(context.param(QStringLiteral("include_raw")));
    JsonWriter w;
    w.beginObject().key("post_stream").beginObject().key("posts").beginArray();
    int written = 0;
    for (int index : t->posts) {
        const PostRecord& p = community.posts[std::size_t(index)];
        const bool selected = (wanted.isEmpty() ? p.postNumber > after : wanted.contains(p.id)) &&
                              shown(p, context, !wanted.isEmpty());
        if (selected && written < (wanted.isEmpty() ? kPostsPerChunk : 1000)) {
            json::writePost(w, community, p, json::PostView::TopicStream, includeRaw);
            ++written;
        }
    }
    w.endArray().endObject().key("id").value(t->topic.id).endObject();
    return {200, w.take(), {}};
}

Reply topicPostIds(S& server, C& context)
{
    // TopicsController#post_ids: every id after post_number that the user is shown, no limit.
    const SandboxCommunity& community = server.community();
    const TopicRecord* t = community.topic(context.pathId(1));
    if (!t || !canSee(community, context, *t))
        return Reply::notFound();
    const int after = context.intParam(QStringLiteral("post_number"), 0);
    JsonWriter w;
    w.beginObject().key("post_ids").beginArray();
    for (int index : t->posts) {
        const PostRecord& p = community.posts[std::size_t(index)];
        // TopicsController#post_ids hands TopicView no show_deleted: deleted replies stay out.
        const bool staffView = p.deletedAt == 0 || p.postNumber == 1;
        if (p.postNumber > after && shown(p, context, false) && staffView)
            w.value(p.id);
    }
    w.endArray().endObject();
    return {200, w.take(), {}};
}

Reply latestPosts(S& server, C& context)
{
    const SandboxCommunity& community = server.community();
    Id before = Id(community.posts.size()) + 1;
    if (context.has(QStringLiteral("before")))
        before = std::min<Id>(before, context.param(QStringLiteral("before")).toLongLong());
    JsonWriter w;
    w.beginObject().key("latest_posts").beginArray();
    int written = 0;
    for (Id id = before - 1; id >= 1 && written < kLatestPostsPerPage; --id) {
        const PostRecord& p = community.posts[std::size_t(id - 1)];
        if (p.type != PostType::Regular || p.deletedAt)
            continue;
        const TopicRecord& t = community.topics[std::size_t(p.topicId - 1)];
        // PostsController#latest lists public posts only: never those of private messages.
        if (t.topic.isDeleted() || t.topic.isPrivateMessage() || !canSee(community, context, t))
            continue;
        json::writePost(w, community, p, json::PostView::Latest, true);
        ++written;
    }
    w.endArray().endObject();
    return {200, w.take(), {}};
}

Reply post(S& server, C& context)
{
    const SandboxCommunity& community = server.community();
    const PostRecord* p = community.post(context.pathId(1));
    if (!p || !canSee(community, context, community.topics[std::size_t(p->topicId - 1)]))
        return Reply::notFound();
    if (p->deletedAt && !(context.actor && context.actor->user.isStaff()))
        return Reply::notFound();
    return Reply::json(json::post(community, *p, json::PostView::Single, true));
}

} // namespace steward::sandbox::routes
