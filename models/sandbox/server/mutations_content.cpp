// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Topic status and metadata, post deletion, accepted answers (discourse-api.md §8, §10).
#include "models/sandbox/content/postcontent.h"
#include "models/sandbox/server/json.h"
#include "models/sandbox/server/mutations.h"

#include <QJsonArray>
#include <QSet>

namespace steward::sandbox::detail {

Reply setTopicStatus(SandboxCommunity& community, const QJsonObject& action)
{
    TopicRecord* record = community.topic(action.value(QStringLiteral("id")).toInteger());
    if (!record || record->topic.isDeleted())
        return Reply::notFound();
    const QString status = action.value(QStringLiteral("status")).toString();
    const bool enabled = action.value(QStringLiteral("enabled")).toBool();
    Topic& t = record->topic;
    // Like Discourse, every status change leaves a small-action post in the topic.
    bool* flag = status == u"closed"                                     ? &t.closed
                 : status == u"archived"                                 ? &t.archived
                 : status == u"visible"                                  ? &t.visible
                 : (status == u"pinned" || status == u"pinned_globally") ? &t.pinned
                                                                         : nullptr;
    if (flag) {
        const bool changes =
            *flag != enabled || (status == u"pinned_globally" && t.pinnedGlobally != enabled);
        if (changes) {
            // The action_code Discourse records for the change (closed.enabled, pinned.disabled,
            // ...).
            const PostKind kind =
                status == u"closed"     ? (enabled ? PostKind::Closed : PostKind::Reopened)
                : status == u"archived" ? (enabled ? PostKind::Archived : PostKind::ClosedNotice)
                : status == u"visible"  ? (enabled ? PostKind::Listed : PostKind::Unlisted)
                : status == u"pinned_globally"
                    ? (enabled ? PostKind::PinnedGlobally : PostKind::Unpinned)
                    : (enabled ? PostKind::Pinned : PostKind::Unpinned);
            const Id posted = appendPost(
                community, t.id, action.value(QStringLiteral("actor")).toInteger(),
                action.value(QStringLiteral("at")).toInteger(), QString(), PostType::SmallAction);
            community.posts[std::size_t(posted - 1)].kind = kind;
        }
        *flag = enabled;
        if (status == u"pinned_globally" || (status == u"pinned" && !enabled))
            t.pinnedGlobally = enabled && status == u"pinned_globally";
    } else {
        return Reply::error(400, QStringLiteral("Invalid status '%1'").arg(status),
                            QStringLiteral("invalid_parameters"));
    }
    return Reply::json(QJsonObject{{QStringLiteral("success"), QStringLiteral("OK")},
                                   {QStringLiteral("topic_status_update"), QJsonValue::Null}});
}

Reply updateTopic(SandboxCommunity& community, const QJsonObject& action)
{
    TopicRecord* record = community.topic(action.value(QStringLiteral("id")).toInteger());
    if (!record || record->topic.isDeleted())
        return Reply::notFound();
    Topic& t = record->topic;
    const auto changedMeanwhile = [] {
        return Reply::error(
            409, QStringLiteral("The topic was changed by someone else. Reload it and try again."),
            QStringLiteral("topic_changed"));
    };
    // TopicsController#update: a present original_title must equal the title as it is.
    const QString originalTitle = action.value(QStringLiteral("original_title")).toString();
    if (!originalTitle.isEmpty() && originalTitle != t.title)
        return changedMeanwhile();
    if (action.contains(QStringLiteral("original_tags"))) {
        QStringList original;
        for (const QJsonValue& tag : action.value(QStringLiteral("original_tags")).toArray())
            original.append(tag.toString());
        QStringList current = t.tags;
        original.sort();
        current.sort();
        if (!original.isEmpty() && original != current)
            return changedMeanwhile();
    }
    if (action.contains(QStringLiteral("title"))) {
        const QString title = action.value(QStringLiteral("title")).toString().simplified();
        if (title.size() < 15)
            return Reply::error(422,
                                QStringLiteral("Title is too short (minimum is 15 characters)"),
                                QStringLiteral("record_invalid"));
        if (title.size() > 255)
            return Reply::error(422,
                                QStringLiteral("Title is too long (maximum is 255 characters)"),
                                QStringLiteral("record_invalid"));
    }
    if (action.contains(QStringLiteral("category_id")) &&
        !community.category(action.value(QStringLiteral("category_id")).toInteger()))
        return Reply::forbidden();
    if (action.contains(QStringLiteral("title"))) {
        t.title = action.value(QStringLiteral("title")).toString().simplified();
        t.slug = slugify(t.title);
    }
    if (action.contains(QStringLiteral("category_id"))) {
        t.categoryId = action.value(QStringLiteral("category_id")).toInteger();
        for (ReviewRecord& r : community.reviews) {
            if (r.item.topicId == t.id)
                r.item.categoryId = t.categoryId;
        }
        community.countCategories();
    }
    QJsonObject basic{{QStringLiteral("id"), t.id},
                      {QStringLiteral("title"), t.title},
                      {QStringLiteral("fancy_title"), t.title.toHtmlEscaped()},
                      {QStringLiteral("slug"), t.slug},
                      {QStringLiteral("posts_count"), t.postsCount}};
    QJsonObject body{{QStringLiteral("basic_topic"), basic}};
    if (action.contains(QStringLiteral("tags"))) {
        t.tags.clear();
        for (const QJsonValue& tag : action.value(QStringLiteral("tags")).toArray())
            t.tags.append(tag.toString());
        body.insert(QStringLiteral("tags"), QJsonArray::fromStringList(t.tags));
    }
    return Reply::json(body);
}

Reply setPostDeleted(SandboxCommunity& community, const QJsonObject& action, bool deleted)
{
    PostRecord* post = community.post(action.value(QStringLiteral("id")).toInteger());
    if (!post)
        return Reply::notFound();
    if (!deleted && post->deletedAt == 0)
        return Reply::error(403, QStringLiteral("This post is not deleted."),
                            QStringLiteral("invalid_access"));
    markPostDeleted(community, *post, action.value(QStringLiteral("at")).toInteger(),
                    action.value(QStringLiteral("actor")).toInteger(), deleted);
    if (deleted)
        return Reply{200, QByteArray(), {}};
    return Reply::json(json::post(community, *post, json::PostView::Single, true));
}

Reply setAcceptedAnswer(SandboxCommunity& community, const QJsonObject& action, bool accepted)
{
    PostRecord* post = community.post(action.value(QStringLiteral("id")).toInteger());
    if (!post || post->deletedAt)
        return Reply::notFound();
    TopicRecord& record = community.topics[std::size_t(post->topicId - 1)];
    const Category* category = community.category(record.topic.categoryId);
    if (!category || !category->acceptedAnswersEnabled || post->postNumber == 1)
        return Reply::forbidden();
    if (accepted) {
        record.topic.acceptedAnswerPostId = post->id;
        record.solvedAt = action.value(QStringLiteral("at")).toInteger();
        record.solvedById = action.value(QStringLiteral("actor")).toInteger();
    } else {
        if (record.topic.acceptedAnswerPostId != post->id)
            return Reply::forbidden();
        record.topic.acceptedAnswerPostId.reset();
        record.solvedAt = 0;
        record.solvedById = 0;
    }
    const SandboxUser* author = community.user(post->userId);
    QJsonObject body{{QStringLiteral("success"), QStringLiteral("OK")}};
    if (accepted && author)
        body.insert(QStringLiteral("accepted_answer"),
                    QJsonObject{{QStringLiteral("post_number"), post->postNumber},
                                {QStringLiteral("username"), author->user.username},
                                {QStringLiteral("name"), author->user.name}});
    return Reply::json(body);
}

Reply createPost(SandboxCommunity& community, const QJsonObject& action)
{
    const QString raw = action.value(QStringLiteral("raw")).toString();
    if (raw.trimmed().size() < 20)
        return Reply::error(422, QStringLiteral("Body is too short (minimum is 20 characters)"),
                            QStringLiteral("record_invalid"));
    TopicRecord* record = community.topic(action.value(QStringLiteral("topic_id")).toInteger());
    if (!record || record->topic.isDeleted())
        return Reply::notFound();
    const Id actor = action.value(QStringLiteral("actor")).toInteger();
    const SandboxUser* author = community.user(actor);
    const bool staff = author && author->user.isStaff();
    // Staff may reply to closed topics and whisper (a post only staff see), like Discourse.
    if (record->topic.closed && !staff)
        return Reply::error(403,
                            QStringLiteral("You are not permitted to reply to a closed topic."),
                            QStringLiteral("invalid_access"));
    const PostType type = staff && action.value(QStringLiteral("whisper")).toBool()
                              ? PostType::Whisper
                              : PostType::Regular;
    const Id postId = appendPost(community, record->topic.id, actor,
                                 action.value(QStringLiteral("at")).toInteger(), raw, type);
    PostRecord& created = *community.post(postId);
    const int replyTo = action.value(QStringLiteral("reply_to_post_number")).toInt();
    if (replyTo > 0 && replyTo < created.postNumber)
        created.replyToPostNumber = replyTo;
    return Reply::json(json::post(community, created, json::PostView::Single, true));
}

} // namespace steward::sandbox::detail
