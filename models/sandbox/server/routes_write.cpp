// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Moderation writes: each validates its parameters and hands a journaled action to the server.
#include "models/sandbox/server/routes.h"

#include <QJsonArray>

namespace steward::sandbox::routes {

namespace {

Reply missing(const char* name)
{
    return Reply::error(400, QStringLiteral("param is missing or the value is empty: %1")
                                 .arg(QString::fromLatin1(name)));
}

Reply withId(S& server, C& context, const char* op, Id id)
{
    QJsonObject action = context.action(QString::fromLatin1(op));
    action.insert(QStringLiteral("id"), id);
    return server.write(action);
}

/// Suspend and silence take the same fields; only the name of the end date differs.
Reply penalty(S& server, C& context, const char* op, const char* untilParam)
{
    QJsonObject action = context.action(QString::fromLatin1(op));
    action.insert(QStringLiteral("id"), context.pathId(1));
    action.insert(QStringLiteral("until"), context.param(QString::fromLatin1(untilParam)));
    action.insert(QStringLiteral("reason"), context.param(QStringLiteral("reason")));
    action.insert(QStringLiteral("message"), context.param(QStringLiteral("message")));
    return server.write(action);
}

} // namespace

Reply topicStatus(S& server, C& context)
{
    if (!context.has(QStringLiteral("status")))
        return missing("status");
    if (!context.has(QStringLiteral("enabled")))
        return missing("enabled");
    QJsonObject action = context.action(QStringLiteral("topic.status"));
    action.insert(QStringLiteral("id"), context.pathId(1));
    action.insert(QStringLiteral("status"), context.param(QStringLiteral("status")));
    action.insert(QStringLiteral("enabled"), context.param(QStringLiteral("enabled")) == u"true");
    return server.write(action);
}

Reply topicUpdate(S& server, C& context)
{
    QJsonObject action = context.action(QStringLiteral("topic.update"));
    action.insert(QStringLiteral("id"), context.pathId(1));
    if (context.has(QStringLiteral("title")))
        action.insert(QStringLiteral("title"), context.param(QStringLiteral("title")));
    if (context.has(QStringLiteral("category_id")))
        action.insert(QStringLiteral("category_id"),
                      context.param(QStringLiteral("category_id")).toLongLong());
    QStringList tags = context.list(QStringLiteral("tags"));
    tags.removeAll(QString()); // "tags[]=" alone clears them
    if (!tags.isEmpty() || context.has(QStringLiteral("tags[]")))
        action.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    // Optimistic checks: the change was made against this title and these tags.
    if (context.has(QStringLiteral("original_title")))
        action.insert(QStringLiteral("original_title"),
                      context.param(QStringLiteral("original_title")));
    // As TopicsController#update: any original_tags present is compared as given, so
    // "original_tags[]=" alone ([""]) does not match an untagged topic.
    if (context.has(QStringLiteral("original_tags[]")))
        action.insert(QStringLiteral("original_tags"),
                      QJsonArray::fromStringList(context.list(QStringLiteral("original_tags"))));
    return server.write(action);
}

Reply movePosts(S& server, C& context)
{
    const QStringList ids = context.list(QStringLiteral("post_ids"));
    if (ids.isEmpty())
        return missing("post_ids");
    QJsonObject action = context.action(QStringLiteral("posts.move"));
    action.insert(QStringLiteral("id"), context.pathId(1));
    QJsonArray postIds;
    for (const QString& id : ids)
        postIds.append(id.toLongLong());
    action.insert(QStringLiteral("post_ids"), postIds);
    if (context.has(QStringLiteral("destination_topic_id"))) {
        action.insert(QStringLiteral("destination_topic_id"),
                      context.param(QStringLiteral("destination_topic_id")).toLongLong());
    } else {
        if (!context.has(QStringLiteral("title")))
            return missing("title");
        action.insert(QStringLiteral("title"), context.param(QStringLiteral("title")));
        if (context.has(QStringLiteral("category_id")))
            action.insert(QStringLiteral("category_id"),
                          context.param(QStringLiteral("category_id")).toLongLong());
    }
    return server.write(action);
}

Reply postCreate(S& server, C& context)
{
    if (!context.has(QStringLiteral("raw")))
        return missing("raw");
    if (!context.has(QStringLiteral("topic_id")))
        return Reply::error(
            422, QStringLiteral("Steward's sandbox creates replies only: topic_id is required"));
    QJsonObject action = context.action(QStringLiteral("post.create"));
    action.insert(QStringLiteral("topic_id"),
                  context.param(QStringLiteral("topic_id")).toLongLong());
    action.insert(QStringLiteral("raw"), context.param(QStringLiteral("raw")));
    action.insert(QStringLiteral("reply_to_post_number"),
                  context.intParam(QStringLiteral("reply_to_post_number"), 0));
    action.insert(QStringLiteral("whisper"), context.param(QStringLiteral("whisper")) == u"true");
    return server.write(action);
}

Reply postDelete(S& server, C& context)
{
    return withId(server, context, "post.delete", context.pathId(1));
}
Reply postRecover(S& server, C& context)
{
    return withId(server, context, "post.recover", context.pathId(1));
}

Reply acceptSolution(S& server, C& context)
{
    if (!context.has(QStringLiteral("id")))
        return missing("id");
    return withId(server, context, "solution.accept",
                  context.param(QStringLiteral("id")).toLongLong());
}

Reply unacceptSolution(S& server, C& context)
{
    if (!context.has(QStringLiteral("id")))
        return missing("id");
    return withId(server, context, "solution.unaccept",
                  context.param(QStringLiteral("id")).toLongLong());
}

Reply suspend(S& server, C& context)
{
    return penalty(server, context, "user.suspend", "suspend_until");
}

Reply unsuspend(S& server, C& context)
{
    return withId(server, context, "user.unsuspend", context.pathId(1));
}

Reply silence(S& server, C& context)
{
    return penalty(server, context, "user.silence", "silenced_till");
}

Reply unsilence(S& server, C& context)
{
    return withId(server, context, "user.unsilence", context.pathId(1));
}

} // namespace steward::sandbox::routes
