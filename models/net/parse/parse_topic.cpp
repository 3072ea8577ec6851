// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/net/parse/jsonread.h"
#include "models/net/parse/parse.h"
#include "models/net/parse/unreadable.h"

namespace steward::parse {

Topic topic(const QJsonObject& o)
{
    Topic t;
    t.id = id(o, QLatin1StringView("id"));
    t.title = string(o, QLatin1StringView("title"));
    t.slug = string(o, QLatin1StringView("slug"));
    t.categoryId = id(o, QLatin1StringView("category_id"));
    t.userId = id(o, QLatin1StringView("user_id"));
    if (t.userId == 0) // older servers' topic view names the author only in details.created_by
        t.userId = id(o.value(QLatin1StringView("details"))
                          .toObject()
                          .value(QLatin1StringView("created_by"))
                          .toObject(),
                      QLatin1StringView("id"));
    if (t.userId == 0) {
        // Lists carry no user_id. Their posters start with the topic's creator (Discourse's
        // TopicPostersSummary#user_ids puts topic.user_id first, and only a last poster other
        // than the creator is moved to the back); the description naming it is translated
        // into the site's language, so it is not read. When the creator's account is gone
        // the first poster is someone else: Store::resolveTopicAuthors corrects the author
        // from post #1 whenever that post is stored.
        const QJsonArray posters = o.value(QLatin1StringView("posters")).toArray();
        if (!posters.isEmpty())
            t.userId = id(posters.first().toObject(), QLatin1StringView("user_id"));
    }
    t.archetype = archetypeFromString(string(o, QLatin1StringView("archetype")));
    for (const QJsonValue& tag : o.value(QLatin1StringView("tags")).toArray()) {
        // Plain strings on older servers, {id, name, slug} objects on newer ones.
        const QString name = tag.isObject()
                                 ? tag.toObject().value(QLatin1StringView("name")).toString()
                                 : tag.toString();
        if (!name.isEmpty())
            t.tags.append(name);
    }
    t.createdAt = time(o, QLatin1StringView("created_at"));
    t.lastPostedAt = time(o, QLatin1StringView("last_posted_at"));
    t.bumpedAt = time(o, QLatin1StringView("bumped_at"));
    t.deletedAt = time(o, QLatin1StringView("deleted_at"));
    t.postsCount = integer(o, QLatin1StringView("posts_count"));
    t.highestPostNumber = integer(o, QLatin1StringView("highest_post_number"), t.postsCount);
    t.replyCount = integer(o, QLatin1StringView("reply_count"), std::max(0, t.postsCount - 1));
    t.views = integer(o, QLatin1StringView("views"));
    t.likeCount = integer(o, QLatin1StringView("like_count"));
    t.closed = boolean(o, QLatin1StringView("closed"));
    t.archived = boolean(o, QLatin1StringView("archived"));
    t.visible = boolean(o, QLatin1StringView("visible"), true);
    t.pinned = boolean(o, QLatin1StringView("pinned"));
    t.pinnedGlobally = boolean(o, QLatin1StringView("pinned_globally"));
    if (boolean(o, QLatin1StringView("has_accepted_answer")) ||
        o.value(QLatin1StringView("accepted_answer")).isObject())
        t.acceptedAnswerPostId = 0;
    return t;
}

TopicListPage topicList(const QJsonObject& o)
{
    TopicListPage page;
    const QJsonObject list = o.value(QLatin1StringView("topic_list")).toObject();
    for (const QJsonValue& v : list.value(QLatin1StringView("topics")).toArray()) {
        Topic t = topic(v.toObject());
        if (t.id > 0)
            page.topics.append(std::move(t));
        else
            noteUnreadable(u"topics[]", v);
    }
    page.users = userList(o.value(QLatin1StringView("users")).toArray());
    page.moreTopicsUrl = string(list, QLatin1StringView("more_topics_url"));
    page.perPage = integer(list, QLatin1StringView("per_page"), 30);
    return page;
}

Post post(const QJsonObject& o)
{
    Post p;
    p.id = id(o, QLatin1StringView("id"));
    p.topicId = id(o, QLatin1StringView("topic_id"));
    p.postNumber = integer(o, QLatin1StringView("post_number"));
    p.type =
        postTypeFromInt(integer(o, QLatin1StringView("post_type"), 1)).value_or(PostType::Regular);
    p.userId = id(o, QLatin1StringView("user_id"));
    p.username = string(o, QLatin1StringView("username"));
    p.createdAt = time(o, QLatin1StringView("created_at"));
    p.updatedAt = time(o, QLatin1StringView("updated_at"));
    p.deletedAt = time(o, QLatin1StringView("deleted_at"));
    // Older schemas send reply_to_post_number as a string.
    p.replyToPostNumber = integer(o, QLatin1StringView("reply_to_post_number"));
    p.replyCount = integer(o, QLatin1StringView("reply_count"));
    p.version = integer(o, QLatin1StringView("version"), 1);
    p.hidden = boolean(o, QLatin1StringView("hidden"));
    p.acceptedAnswer = boolean(o, QLatin1StringView("accepted_answer"));
    p.raw = string(o, QLatin1StringView("raw"));
    p.cooked = string(o, QLatin1StringView("cooked"));
    p.likeCount = integer(o, QLatin1StringView("like_count"), -1);
    if (p.likeCount < 0) {
        p.likeCount = 0;
        for (const QJsonValue& v : o.value(QLatin1StringView("actions_summary")).toArray()) {
            const QJsonObject a = v.toObject();
            if (integer(a, QLatin1StringView("id")) == 2) // like
                p.likeCount = integer(a, QLatin1StringView("count"));
        }
    }
    return p;
}

namespace {

QList<Post> posts(const QJsonArray& array, QStringView field)
{
    QList<Post> out;
    out.reserve(array.size());
    for (const QJsonValue& v : array) {
        Post p = post(v.toObject());
        if (p.id > 0)
            out.append(std::move(p));
        else
            noteUnreadable(field, v);
    }
    return out;
}

} // namespace

TopicView topicView(const QJsonObject& o)
{
    TopicView view;
    view.topic = topic(o);
    const QJsonObject stream = o.value(QLatin1StringView("post_stream")).toObject();
    view.posts = posts(stream.value(QLatin1StringView("posts")).toArray(), u"posts[]");
    view.megaTopic = boolean(stream, QLatin1StringView("isMegaTopic"));
    for (const QJsonValue& v : stream.value(QLatin1StringView("stream")).toArray())
        if (const Id postId = Id(v.toInteger()); postId > 0)
            view.stream.append(postId);
    for (Post& p : view.posts)
        if (p.topicId == 0)
            p.topicId = view.topic.id;
    for (const Post& p : view.posts)
        if (p.acceptedAnswer)
            view.topic.acceptedAnswerPostId = p.id;
    return view;
}

QList<Post> postStream(const QJsonObject& o)
{
    QList<Post> out = posts(o.value(QLatin1StringView("post_stream"))
                                .toObject()
                                .value(QLatin1StringView("posts"))
                                .toArray(),
                            u"posts[]");
    const Id topicId = id(o, QLatin1StringView("id"));
    for (Post& p : out)
        if (p.topicId == 0)
            p.topicId = topicId;
    return out;
}

QList<Post> latestPosts(const QJsonObject& o)
{
    return posts(o.value(QLatin1StringView("latest_posts")).toArray(), u"latest_posts[]");
}

} // namespace steward::parse
