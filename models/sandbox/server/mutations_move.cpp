// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Moving posts to a new topic (split) or an existing one (merge) (discourse-api.md §10).
// The sandbox keeps each topic's posts numbered without gaps: the posts left behind are
// numbered again, and the moved ones take the next numbers of their new topic.
#include "models/sandbox/content/postcontent.h"
#include "models/sandbox/generator/communitygenerator.h"
#include "models/sandbox/server/mutations.h"

#include <QJsonArray>
#include <QSet>

namespace steward::sandbox::detail {

namespace {

/// Numbers a topic's posts 1..n in their order again; replies to a post no longer in the
/// topic lose their target.
void renumber(SandboxCommunity& community, TopicRecord& topic)
{
    QHash<int, int> numbers; // old number -> new number
    for (std::size_t i = 0; i < topic.posts.size(); ++i)
        numbers.insert(community.posts[std::size_t(topic.posts[i])].postNumber, int(i) + 1);
    for (std::size_t i = 0; i < topic.posts.size(); ++i) {
        PostRecord& p = community.posts[std::size_t(topic.posts[i])];
        p.postNumber = int(i) + 1;
        p.topicId = topic.topic.id;
        p.replyToPostNumber = p.replyToPostNumber > 0 ? numbers.value(p.replyToPostNumber, 0) : 0;
        if (p.replyToPostNumber >= p.postNumber)
            p.replyToPostNumber = 0;
    }
}

} // namespace

Reply movePosts(SandboxCommunity& community, const QJsonObject& action)
{
    TopicRecord* source = community.topic(action.value(QStringLiteral("id")).toInteger());
    if (!source || source->topic.isDeleted())
        return Reply::notFound();
    QSet<Id> ids;
    for (const QJsonValue& v : action.value(QStringLiteral("post_ids")).toArray())
        ids.insert(v.toInteger());
    std::vector<int> moving; // indexes into community.posts, in the source's order
    std::vector<int> staying;
    for (int index : source->posts)
        (ids.contains(community.posts[std::size_t(index)].id) ? moving : staying).push_back(index);
    if (moving.empty() || int(moving.size()) != ids.size())
        return Reply::error(422, QStringLiteral("The posts to move must all be in this topic."),
                            QStringLiteral("invalid_parameters"));
    if (community.posts[std::size_t(moving.front())].postNumber == 1)
        return Reply::error(422, QStringLiteral("The first post of a topic cannot be moved."),
                            QStringLiteral("invalid_parameters"));
    const qint64 at = action.value(QStringLiteral("at")).toInteger();
    const Id actor = action.value(QStringLiteral("actor")).toInteger();

    TopicRecord* destination = nullptr;
    if (action.contains(QStringLiteral("destination_topic_id"))) {
        destination =
            community.topic(action.value(QStringLiteral("destination_topic_id")).toInteger());
        if (!destination || destination->topic.isDeleted() || destination == source)
            return Reply::error(422, QStringLiteral("Invalid destination topic."),
                                QStringLiteral("invalid_parameters"));
    } else {
        const QString title = action.value(QStringLiteral("title")).toString().simplified();
        if (title.size() < 15)
            return Reply::error(422,
                                QStringLiteral("Title is too short (minimum is 15 characters)"),
                                QStringLiteral("record_invalid"));
        const PostRecord& first = community.posts[std::size_t(moving.front())];
        if (first.type != PostType::Regular)
            return Reply::error(
                422, QStringLiteral("The first post of the new topic must be a regular post."),
                QStringLiteral("invalid_parameters"));
        const Id category = action.contains(QStringLiteral("category_id"))
                                ? action.value(QStringLiteral("category_id")).toInteger()
                                : source->topic.categoryId;
        if (!community.category(category))
            return Reply::forbidden();
        TopicRecord created;
        created.topic.id = Id(community.topics.size() + 1);
        created.topic.title = title;
        created.topic.slug = slugify(title);
        created.topic.categoryId = category;
        created.topic.userId = first.userId;
        created.topic.createdAt = toDateTime(first.createdAt);
        created.originalCategoryId = source->originalCategoryId;
        created.kind = source->kind;
        community.topics.push_back(created);
        source = community.topic(
            action.value(QStringLiteral("id")).toInteger()); // the vector may have moved
        destination = &community.topics.back();
    }

    // The moved posts' numbers, old -> new, so replies among them keep their targets.
    QHash<int, int> moved;
    const int base = int(destination->posts.size());
    for (std::size_t i = 0; i < moving.size(); ++i)
        moved.insert(community.posts[std::size_t(moving[i])].postNumber, base + int(i) + 1);
    if (source->topic.acceptedAnswerPostId && ids.contains(*source->topic.acceptedAnswerPostId)) {
        source->topic.acceptedAnswerPostId.reset();
        source->solvedAt = 0;
        source->solvedById = 0;
    }
    source->posts = staying;
    renumber(community, *source);
    destination->posts.insert(destination->posts.end(), moving.begin(), moving.end());
    for (std::size_t i = 0; i < moving.size(); ++i) {
        PostRecord& p = community.posts[std::size_t(moving[i])];
        p.replyToPostNumber = moved.value(p.replyToPostNumber, 0);
        p.postNumber = base + int(i) + 1;
        p.topicId = destination->topic.id;
    }
    for (ReviewRecord& r : community.reviews) {
        if (r.item.targetId != 0 && ids.contains(r.item.targetId) &&
            r.item.topicId == source->topic.id) {
            r.item.topicId = destination->topic.id;
            r.item.categoryId = destination->topic.categoryId;
        }
    }
    // Like Discourse, the topic the posts left says so in a small action.
    appendPost(community, source->topic.id, actor, at, QString(), PostType::SmallAction);
    refreshTopicCounts(community, *destination);
    community.countCategories();
    return Reply::json(QJsonObject{
        {QStringLiteral("success"), true},
        {QStringLiteral("url"),
         QStringLiteral("/t/%1/%2").arg(destination->topic.slug).arg(destination->topic.id)}});
}

} // namespace steward::sandbox::detail
