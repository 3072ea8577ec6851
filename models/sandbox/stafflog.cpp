// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/stafflog.h"

#include "models/sandbox/content/postcontent.h"

#include <QStringList>

namespace steward::sandbox {

namespace {

/// "username (name)" as the logger writes a user; a missing user is I18n's "unknown".
QString userLine(const SandboxUser* member)
{
    if (!member)
        return QStringLiteral("unknown (unknown)");
    return QStringLiteral("%1 (%2)").arg(member->user.username, member->user.name);
}

QString rawOf(const SandboxCommunity& community, const PostRecord* post)
{
    return post ? postContent(community, *post).raw : QString();
}

/// log_post_deletion's details.
QString postDeletionDetails(const SandboxCommunity& community, const PostRecord& post)
{
    const TopicRecord* topic = community.topic(post.topicId);
    return QStringList{
        QStringLiteral("id: %1").arg(post.id),
        QStringLiteral("created_at: %1").arg(rubyTime(post.createdAt)),
        QStringLiteral("user: %1").arg(userLine(community.user(post.userId))),
        QStringLiteral("topic: %1").arg(topic ? topic->topic.title : QStringLiteral("not found")),
        QStringLiteral("post_number: %1").arg(post.postNumber),
        QStringLiteral("raw: %1").arg(rawOf(community, &post))}
        .join(u'\n');
}

/// log_topic_delete_recover's details.
QString topicDetails(const SandboxCommunity& community, const TopicRecord& topic)
{
    const SandboxUser* author = community.user(topic.topic.userId);
    QStringList lines{
        QStringLiteral("id: %1").arg(topic.topic.id),
        QStringLiteral("created_at: %1").arg(rubyTime(toSeconds(topic.topic.createdAt))),
        QStringLiteral("user: %1")
            .arg(author ? userLine(author) : QStringLiteral("(deleted user)")),
        QStringLiteral("title: %1").arg(topic.topic.title)};
    if (!topic.posts.empty())
        lines.append(QStringLiteral("raw: %1").arg(
            rawOf(community, &community.posts[std::size_t(topic.posts.front())])));
    return lines.join(u'\n');
}

} // namespace

void appendStaffAction(SandboxCommunity& community, StaffActionRecord record)
{
    record.id = Id(community.staffActions.size()) + 1;
    community.staffActions.push_back(std::move(record));
}

QString rubyTime(qint64 secondsSinceEpoch)
{
    return toDateTime(secondsSinceEpoch).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString staffMessage(const QString& reason, const QString& message)
{
    QString result = reason.trimmed().isEmpty() ? QString() : reason;
    if (!message.trimmed().isEmpty())
        result += QStringLiteral("\n\n") + message;
    return result;
}

QString silenceContext(const QString& reason)
{
    return QStringLiteral("silenced_by_staff: %1").arg(reason);
}

QString postRejectedDetails(const SandboxCommunity& community, const ReviewRecord& record,
                            qint64 rejectedAt)
{
    const TopicRecord* topic = community.topic(record.item.topicId);
    // rejected_at is a DateTime (DateTime.now), which Ruby prints as ISO 8601 with an offset.
    const QString rejected =
        toDateTime(rejectedAt).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'+00:00'"));
    return QStringList{
        QStringLiteral("created_at: %1").arg(rubyTime(toSeconds(record.item.createdAt))),
        QStringLiteral("rejected_at: %1").arg(rejected),
        QStringLiteral("user: %1").arg(userLine(community.user(record.item.targetCreatedById))),
        QStringLiteral("topic: %1").arg(topic ? topic->topic.title : QStringLiteral("not found")),
        QStringLiteral("raw: %1").arg(record.item.payloadRaw)}
        .join(u'\n');
}

QString userDeletionDetails(const SandboxUser& member)
{
    const User& u = member.user;
    const auto time = [](const QDateTime& t) {
        return t.isValid() ? rubyTime(toSeconds(t)) : QString();
    };
    return QStringList{QStringLiteral("id: %1").arg(u.id),
                       QStringLiteral("username: %1").arg(u.username),
                       QStringLiteral("name: %1").arg(u.name),
                       QStringLiteral("created_at: %1").arg(time(u.createdAt)),
                       QStringLiteral("trust_level: %1").arg(int(u.trustLevel)),
                       QStringLiteral("last_seen_at: %1").arg(time(u.lastSeenAt)),
                       QStringLiteral("last_emailed_at: ")}
        .join(u'\n');
}

QString staffActionDetails(const SandboxCommunity& community, const StaffActionRecord& record)
{
    switch (record.action) {
    case UserHistoryAction::DeletePost:
        if (const PostRecord* post = community.post(record.postId))
            return postDeletionDetails(community, *post);
        break;
    case UserHistoryAction::DeleteTopic:
    case UserHistoryAction::RecoverTopic:
        if (const TopicRecord* topic = community.topic(record.topicId))
            return topicDetails(community, *topic);
        break;
    default:
        break;
    }
    return record.details;
}

} // namespace steward::sandbox
