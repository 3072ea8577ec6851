// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/server/reviewactions.h"

#include <QHash>

namespace steward::sandbox {

namespace {

/// The labels Discourse translates into the site's language (reviewables.actions.*.title in
/// its server locales); Steward must decide by id, never by label.
QString germanLabel(QStringView id)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("agree_and_restore"),
         QStringLiteral("Zustimmen und Beitrag wiederherstellen")},
        {QStringLiteral("agree_and_keep_hidden"),
         QStringLiteral("Zustimmen und Beitrag verborgen lassen")},
        {QStringLiteral("agree_and_keep"), QStringLiteral("Zustimmen und Beitrag behalten")},
        {QStringLiteral("agree_and_hide"), QStringLiteral("Zustimmen und Beitrag verbergen")},
        {QStringLiteral("agree_and_edit"), QStringLiteral("Zustimmen und Beitrag bearbeiten")},
        {QStringLiteral("agree_and_suspend"), QStringLiteral("Zustimmen und Benutzer sperren")},
        {QStringLiteral("agree_and_silence"),
         QStringLiteral("Zustimmen und Benutzer stummschalten")},
        {QStringLiteral("delete_and_agree"), QStringLiteral("Beitrag löschen und zustimmen")},
        {QStringLiteral("delete_and_agree_replies"),
         QStringLiteral("Beitrag und Antworten löschen und zustimmen")},
        {QStringLiteral("delete_user"), QStringLiteral("Benutzer löschen")},
        {QStringLiteral("delete_user_block"), QStringLiteral("Benutzer löschen und blockieren")},
        {QStringLiteral("disagree_and_restore"),
         QStringLiteral("Ablehnen und Beitrag wiederherstellen")},
        {QStringLiteral("disagree"), QStringLiteral("Ablehnen")},
        {QStringLiteral("ignore_and_do_nothing"), QStringLiteral("Ignorieren und nichts tun")},
        {QStringLiteral("delete_and_ignore"), QStringLiteral("Ignorieren und Beitrag löschen")},
        {QStringLiteral("approve_post_closed"),
         QStringLiteral("Beitrag genehmigen (Thema ist geschlossen)")},
        {QStringLiteral("approve_post"), QStringLiteral("Beitrag genehmigen")},
        {QStringLiteral("reject_post"), QStringLiteral("Beitrag ablehnen")},
        {QStringLiteral("revise_and_reject_post"),
         QStringLiteral("Überarbeiten und Beitrag ablehnen")},
        {QStringLiteral("delete"), QStringLiteral("Löschen")},
        {QStringLiteral("approve_user"), QStringLiteral("Benutzer genehmigen")},
    };
    return labels.value(id.toString());
}

ReviewableAction make(Id reviewableId, const char* bundle, const char* id, const char* label,
                      const char* icon, const char* server = nullptr, bool german = false)
{
    ReviewableAction a;
    const QString bare = QString::fromLatin1(id);
    a.id = QStringLiteral("%1-%2").arg(reviewableId).arg(bare);
    a.bundleId = QStringLiteral("%1-%2").arg(reviewableId).arg(QString::fromLatin1(bundle));
    a.serverAction = server ? QString::fromLatin1(server) : bare;
    a.actionName = bare;
    a.label = german ? germanLabel(bare) : QString::fromUtf8(label);
    a.icon = QString::fromLatin1(icon);
    return a;
}

bool hasReplies(const SandboxCommunity& community, const PostRecord& post)
{
    const TopicRecord* topic = community.topic(post.topicId);
    if (!topic)
        return false;
    for (int index : topic->posts) {
        if (community.posts[std::size_t(index)].replyToPostNumber == post.postNumber)
            return true;
    }
    return false;
}

} // namespace

QList<ReviewableAction> availableActions(const SandboxCommunity& community,
                                         const ReviewRecord& record)
{
    const Reviewable& item = record.item;
    if (!item.isPending())
        return {};
    const Id id = item.id;
    const bool german = community.locale == u"de";
    const auto make = [german](Id reviewableId, const char* bundle, const char* action,
                               const char* label, const char* icon, const char* server = nullptr) {
        return steward::sandbox::make(reviewableId, bundle, action, label, icon, server, german);
    };
    QList<ReviewableAction> actions;
    switch (item.type) {
    case ReviewableType::FlaggedPost: {
        const PostRecord* post = community.post(item.targetId);
        if (!post)
            return {};
        const bool spamLike =
            std::any_of(item.scores.begin(), item.scores.end(), [](const ReviewableScore& s) {
                return s.scoreTypeId == ScoreTypeId::Spam || s.scoreTypeId == ScoreTypeId::Illegal;
            });
        if (post->deletedAt && post->deletedById == post->userId)
            actions << make(id, "agree", "agree_and_restore", "Agree and restore post",
                            "thumbs-up");
        else if (post->hidden)
            actions << make(id, "agree", "agree_and_keep_hidden", "Agree and keep post hidden",
                            "thumbs-up", "agree_and_keep");
        else {
            actions << make(id, "agree", "agree_and_keep", "Agree and keep post", "thumbs-up");
            actions << make(id, "agree", "agree_and_hide", "Agree and hide post", "far-eye-slash");
        }
        actions << make(id, "agree", "agree_and_edit", "Agree and edit post", "pencil",
                        "agree_and_keep");
        actions << make(id, "agree", "agree_and_suspend", "Agree and suspend user", "ban",
                        "agree_and_keep");
        actions << make(id, "agree", "agree_and_silence", "Agree and silence user",
                        "microphone-slash", "agree_and_keep");
        if (!post->deletedAt) {
            actions << make(id, "agree", "delete_and_agree", "Delete post and agree", "trash-can");
            if (hasReplies(community, *post))
                actions << make(id, "agree", "delete_and_agree_replies",
                                "Delete post and replies, and agree", "trash-can");
        }
        if (spamLike) {
            actions << make(id, "delete_user", "delete_user", "Delete user", "user-xmark");
            actions << make(id, "delete_user", "delete_user_block", "Delete and block user", "ban");
        }
        if (post->hidden)
            actions << make(id, "disagree", "disagree_and_restore", "Disagree and restore post",
                            "thumbs-down", "disagree");
        else
            actions << make(id, "disagree", "disagree", "Disagree", "thumbs-down");
        actions << make(id, "ignore", "ignore_and_do_nothing", "Ignore and do nothing",
                        "up-right-from-square", "ignore");
        if (!post->deletedAt)
            actions << make(id, "ignore", "delete_and_ignore", "Ignore and delete post",
                            "trash-can");
        break;
    }
    case ReviewableType::QueuedPost: {
        const TopicRecord* topic = community.topic(item.topicId);
        if (topic && topic->topic.closed)
            actions << make(id, "approve_post", "approve_post_closed",
                            "Approve post (topic is closed)", "check");
        else
            actions << make(id, "approve_post", "approve_post", "Approve post", "check");
        actions << make(id, "reject_post", "reject_post", "Reject post", "xmark");
        actions << make(id, "reject_post", "revise_and_reject_post", "Revise and reject post",
                        "pencil");
        actions << make(id, "delete", "delete", "Delete", "trash-can");
        actions << make(id, "delete_user", "delete_user", "Delete user", "user-xmark");
        actions << make(id, "delete_user", "delete_user_block", "Delete and block user", "ban");
        break;
    }
    case ReviewableType::User:
        actions << make(id, "approve_user", "approve_user", "Approve user", "user-plus");
        actions << make(id, "reject_user", "delete_user", "Delete user", "user-xmark");
        actions << make(id, "reject_user", "delete_user_block", "Delete and block user", "ban");
        break;
    case ReviewableType::Post:
    case ReviewableType::Other:
        break;
    }
    return actions;
}

} // namespace steward::sandbox
