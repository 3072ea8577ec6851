// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The review queue's side-loaded ("rest serializer") shape: items hold ids, and the users,
// topics, scores, bundles and actions they refer to sit in top-level arrays.
#include "models/sandbox/content/postcontent.h"
#include "models/sandbox/server/json.h"
#include "models/sandbox/server/reviewactions.h"

#include <QSet>

namespace steward::sandbox::json {

namespace {

QString scoreTitle(int type)
{
    switch (type) {
    case ScoreTypeId::OffTopic:
        return QStringLiteral("Off-Topic");
    case ScoreTypeId::Inappropriate:
        return QStringLiteral("Inappropriate");
    case ScoreTypeId::NotifyModerators:
        return QStringLiteral("Something Else");
    case ScoreTypeId::Spam:
        return QStringLiteral("Spam");
    case ScoreTypeId::NeedsApproval:
        return QStringLiteral("Needs Approval");
    case ScoreTypeId::Illegal:
        return QStringLiteral("Illegal");
    default:
        return QStringLiteral("Flag");
    }
}

struct Stats
{
    int agreed = 0, disagreed = 0, ignored = 0;
};

QHash<Id, Stats> flaggerStats(const SandboxCommunity& community)
{
    QHash<Id, Stats> stats;
    for (const ReviewRecord& r : community.reviews) {
        for (const auto& s : r.item.scores) {
            Stats& st = stats[s.userId];
            st.agreed += s.status == ScoreStatus::Agreed;
            st.disagreed += s.status == ScoreStatus::Disagreed;
            st.ignored += s.status == ScoreStatus::Ignored;
        }
    }
    return stats;
}

struct SideLoad
{
    QSet<Id> users;
    QSet<Id> topics;
    QJsonArray scores;
    QJsonArray bundles;
    QJsonArray actions;
};

/// Side-loads the item's scores and their users; returns the scores' ids.
QJsonArray sideLoadScores(const Reviewable& r, SideLoad& side, const QHash<Id, Stats>& stats)
{
    QJsonArray scoreIds;
    for (qsizetype i = 0; i < r.scores.size(); ++i) {
        const ReviewableScore& s = r.scores[i];
        const Stats st = stats.value(s.userId);
        side.users.insert(s.userId);
        if (s.reviewedById)
            side.users.insert(s.reviewedById);
        scoreIds.append(reviewableScoreId(r, i));
        side.scores.append(QJsonObject{
            {QStringLiteral("id"), reviewableScoreId(r, i)},
            {QStringLiteral("score"), s.score},
            {QStringLiteral("status"), int(s.status)},
            {QStringLiteral("reason"), nullable(s.reason)},
            {QStringLiteral("created_at"), time(s.createdAt)},
            {QStringLiteral("reviewed_at"), time(s.reviewedAt)},
            {QStringLiteral("agree_stats"), QJsonObject{{QStringLiteral("agreed"), st.agreed},
                                                        {QStringLiteral("disagreed"), st.disagreed},
                                                        {QStringLiteral("ignored"), st.ignored}}},
            {QStringLiteral("user_id"), s.userId},
            {QStringLiteral("reviewed_by_id"), nullableId(s.reviewedById)},
            {QStringLiteral("score_type"),
             QJsonObject{{QStringLiteral("id"), s.scoreTypeId},
                         {QStringLiteral("title"), scoreTitle(s.scoreTypeId)},
                         {QStringLiteral("type"), s.scoreTypeKey},
                         {QStringLiteral("icon"), QStringLiteral("flag")}}}});
    }
    return scoreIds;
}

/// Side-loads the actions available on the item and their bundles; returns the bundles' ids,
/// each once, in the order of their first action.
QJsonArray sideLoadActions(const SandboxCommunity& community, const ReviewRecord& record,
                           SideLoad& side)
{
    QJsonArray bundleIds;
    QStringList seenBundles;
    const QList<ReviewableAction> actions = availableActions(community, record);
    for (const ReviewableAction& a : actions) {
        if (!seenBundles.contains(a.bundleId)) {
            seenBundles << a.bundleId;
            bundleIds.append(a.bundleId);
            QJsonArray ids;
            for (const ReviewableAction& other : actions) {
                if (other.bundleId == a.bundleId)
                    ids.append(other.id);
            }
            side.bundles.append(QJsonObject{{QStringLiteral("id"), a.bundleId},
                                            {QStringLiteral("icon"), a.icon},
                                            {QStringLiteral("label"), a.label},
                                            {QStringLiteral("action_ids"), ids}});
        }
        side.actions.append(QJsonObject{{QStringLiteral("id"), a.id},
                                        {QStringLiteral("server_action"), a.serverAction},
                                        {QStringLiteral("action_name"), a.actionName},
                                        {QStringLiteral("label"), a.label},
                                        {QStringLiteral("icon"), a.icon},
                                        {QStringLiteral("button_class"), QJsonValue::Null},
                                        {QStringLiteral("require_reject_reason"), false}});
    }
    return bundleIds;
}

/// A flagged post's members: the post, its text and where it is.
void insertFlaggedPostFields(QJsonObject& o, const SandboxCommunity& community,
                             const ReviewRecord& record, const TopicRecord* topic)
{
    const Reviewable& r = record.item;
    if (const PostRecord* post = community.post(r.targetId)) {
        const RenderedPost text = postContent(community, *post);
        o.insert(QStringLiteral("target_id"), reviewableTargetId(community, record));
        o.insert(QStringLiteral("post_id"), r.targetId);
        o.insert(QStringLiteral("post_number"), post->postNumber);
        o.insert(QStringLiteral("post_version"), post->version);
        o.insert(QStringLiteral("cooked"), text.cooked);
        o.insert(QStringLiteral("raw"), text.raw);
        o.insert(QStringLiteral("blank_post"), false);
        o.insert(QStringLiteral("target_url"), QStringLiteral("/t/%1/%2/%3")
                                                   .arg(topic ? topic->topic.slug : QString())
                                                   .arg(r.topicId)
                                                   .arg(post->postNumber));
    }
}

/// A queued post's members: its payload, editable, and the post it became once approved.
void insertQueuedPostFields(QJsonObject& o, const SandboxCommunity& community,
                            const ReviewRecord& record)
{
    o.insert(QStringLiteral("payload"), reviewablePayload(community, record));
    o.insert(QStringLiteral("editable_fields"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("payload.raw")},
                                    {QStringLiteral("type"), QStringLiteral("textarea")}}});
    if (record.createdPostId) {
        o.insert(QStringLiteral("target_id"), reviewableTargetId(community, record));
        o.insert(QStringLiteral("post_id"), record.createdPostId);
    }
}

/// A user awaiting approval: who they are, as the sign-up gave it.
void insertUserFields(QJsonObject& o, const SandboxCommunity& community, const ReviewRecord& record,
                      const SandboxUser* target)
{
    if (!target)
        return;
    o.insert(QStringLiteral("target_id"), reviewableTargetId(community, record));
    o.insert(QStringLiteral("user_id"), record.item.targetId);
    o.insert(QStringLiteral("username"), target->user.username);
    o.insert(QStringLiteral("name"), target->user.name);
    o.insert(QStringLiteral("email"), target->email);
    o.insert(QStringLiteral("bio"), QString());
    o.insert(QStringLiteral("website"), QString());
    o.insert(QStringLiteral("reject_reason"), nullable(record.rejectReason));
    o.insert(QStringLiteral("user_fields"), QJsonObject());
    o.insert(QStringLiteral("payload"), reviewablePayload(community, record));
}

/// The members that depend on the item's type.
void insertTargetFields(QJsonObject& o, const SandboxCommunity& community,
                        const ReviewRecord& record, const TopicRecord* topic,
                        const SandboxUser* target)
{
    switch (record.item.type) {
    case ReviewableType::FlaggedPost:
        insertFlaggedPostFields(o, community, record, topic);
        break;
    case ReviewableType::QueuedPost:
        insertQueuedPostFields(o, community, record);
        break;
    case ReviewableType::User:
        insertUserFields(o, community, record, target);
        break;
    case ReviewableType::Post:
    case ReviewableType::Other:
        break;
    }
}

QJsonObject item(const SandboxCommunity& community, const ReviewRecord& record, SideLoad& side,
                 const QHash<Id, Stats>& stats)
{
    const Reviewable& r = record.item;
    const TopicRecord* topic = community.topic(r.topicId);
    const SandboxUser* target = community.user(r.targetCreatedById);
    const QJsonArray scoreIds = sideLoadScores(r, side, stats);
    const QJsonArray bundleIds = sideLoadActions(community, record, side);
    side.users.insert(r.createdById);
    side.users.insert(r.targetCreatedById);
    if (r.claimedById)
        side.users.insert(r.claimedById);
    if (r.topicId)
        side.topics.insert(r.topicId);

    QJsonObject o{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("type"), r.typeName},
        {QStringLiteral("status"), int(r.status)},
        {QStringLiteral("score"), r.score},
        {QStringLiteral("version"), r.version},
        {QStringLiteral("created_at"), time(r.createdAt)},
        {QStringLiteral("can_edit"), r.type == ReviewableType::QueuedPost && r.isPending()},
        {QStringLiteral("editable_fields"), QJsonArray()},
        {QStringLiteral("created_by_id"), r.createdById},
        {QStringLiteral("target_created_by_id"), r.targetCreatedById},
        {QStringLiteral("target_created_by_trust_level"),
         target ? int(target->user.trustLevel) : 0},
        {QStringLiteral("claimed_by_id"), nullableId(r.claimedById)},
        {QStringLiteral("reviewable_score_ids"), scoreIds},
        {QStringLiteral("bundled_action_ids"), bundleIds}};
    if (record.reviewedById) {
        o.insert(QStringLiteral("reviewed_by_id"), record.reviewedById);
        o.insert(QStringLiteral("reviewed_at"), time(record.reviewedAt));
        side.users.insert(record.reviewedById);
    }
    if (topic) {
        o.insert(QStringLiteral("topic_id"), r.topicId);
        o.insert(QStringLiteral("category_id"), r.categoryId);
        o.insert(QStringLiteral("topic_url"),
                 QStringLiteral("/t/%1/%2").arg(topic->topic.slug).arg(r.topicId));
        o.insert(QStringLiteral("topic_tags"), QJsonArray::fromStringList(topic->topic.tags));
    }
    insertTargetFields(o, community, record, topic, target);
    return o;
}

QJsonObject sideLoaded(const SandboxCommunity& community, SideLoad& side)
{
    QList<Id> userIds(side.users.begin(), side.users.end());
    std::sort(userIds.begin(), userIds.end());
    QJsonArray users;
    for (Id id : userIds) {
        if (const SandboxUser* m = community.user(id)) {
            QJsonObject u = basicUser(*m);
            u.insert(QStringLiteral("trust_level"), int(m->user.trustLevel));
            u.insert(QStringLiteral("moderator"), m->user.moderator);
            u.insert(QStringLiteral("admin"), m->user.admin);
            users.append(u);
        }
    }
    QList<Id> topicIds(side.topics.begin(), side.topics.end());
    std::sort(topicIds.begin(), topicIds.end());
    QJsonArray topics;
    for (Id id : topicIds) {
        if (const TopicRecord* t = community.topic(id))
            topics.append(pick(topicListItem(community, *t),
                               {"id", "title", "fancy_title", "slug", "posts_count", "reply_count",
                                "category_id", "closed", "archived", "visible", "tags",
                                "created_at", "last_posted_at"}));
    }
    return {{QStringLiteral("users"), users},
            {QStringLiteral("topics"), topics},
            {QStringLiteral("reviewable_scores"), side.scores},
            {QStringLiteral("bundled_actions"), side.bundles},
            {QStringLiteral("actions"), side.actions},
            {QStringLiteral("__rest_serializer"), QStringLiteral("1")}};
}

QJsonObject types()
{
    return {{QStringLiteral("created_by"), QStringLiteral("user")},
            {QStringLiteral("target_created_by"), QStringLiteral("user")},
            {QStringLiteral("claimed_by"), QStringLiteral("user")},
            {QStringLiteral("reviewed_by"), QStringLiteral("user")},
            {QStringLiteral("topic"), QStringLiteral("topic")},
            {QStringLiteral("reviewable_scores"), QStringLiteral("reviewable_score")},
            {QStringLiteral("bundled_actions"), QStringLiteral("bundled_action")}};
}

} // namespace

Id reviewableScoreId(const Reviewable& item, qsizetype index)
{
    return item.id * 100 + index + 1;
}

Id reviewableTargetId(const SandboxCommunity& community, const ReviewRecord& record)
{
    const Reviewable& r = record.item;
    switch (r.type) {
    case ReviewableType::FlaggedPost:
        return community.post(r.targetId) ? r.targetId : 0;
    case ReviewableType::QueuedPost:
        return record.createdPostId;
    case ReviewableType::User:
        return community.user(r.targetCreatedById) ? r.targetId : 0;
    case ReviewableType::Post:
    case ReviewableType::Other:
        break;
    }
    return 0;
}

QJsonObject reviewablePayload(const SandboxCommunity& community, const ReviewRecord& record)
{
    const Reviewable& r = record.item;
    if (r.type == ReviewableType::QueuedPost) {
        QJsonObject payload{{QStringLiteral("raw"), r.payloadRaw}};
        if (!r.payloadTitle.isEmpty())
            payload.insert(QStringLiteral("title"), r.payloadTitle);
        return payload;
    }
    const SandboxUser* target = community.user(r.targetCreatedById);
    if (r.type == ReviewableType::User && target)
        return {{QStringLiteral("username"), target->user.username},
                {QStringLiteral("name"), target->user.name},
                {QStringLiteral("email"), target->email}};
    return {};
}

QJsonObject reviewList(const SandboxCommunity& community, const QList<const ReviewRecord*>& records,
                       int totalRows, const QString& loadMore, int pendingCount)
{
    const QHash<Id, Stats> stats = flaggerStats(community);
    SideLoad side;
    QJsonArray items;
    for (const ReviewRecord* record : records)
        items.append(item(community, *record, side, stats));
    QJsonObject result = sideLoaded(community, side);
    result.insert(QStringLiteral("reviewables"), items);
    QJsonObject meta{{QStringLiteral("total_rows_reviewables"), totalRows},
                     {QStringLiteral("types"), types()},
                     {QStringLiteral("reviewable_count"), pendingCount},
                     {QStringLiteral("unseen_reviewable_count"), 0}};
    if (!loadMore.isEmpty())
        meta.insert(QStringLiteral("load_more_reviewables"), loadMore);
    result.insert(QStringLiteral("meta"), meta);
    return result;
}

QJsonObject reviewDetail(const SandboxCommunity& community, const ReviewRecord& record)
{
    SideLoad side;
    const QJsonObject reviewable = item(community, record, side, flaggerStats(community));
    QJsonObject result = sideLoaded(community, side);
    result.insert(QStringLiteral("reviewable"), reviewable);
    result.insert(QStringLiteral("meta"), QJsonObject{{QStringLiteral("types"), types()}});
    return result;
}

} // namespace steward::sandbox::json
