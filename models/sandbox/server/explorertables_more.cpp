// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The mirror's rows derived from more than one record: the review tables, accepted answers,
// tags and the user_histories of suspensions and silences. Surrogate ids are functions of the
// row's owner, so that a refreshed mirror and a fresh build of the same state agree.
#include "models/sandbox/server/explorertables.h"
#include "models/sandbox/server/json.h"

#include <QJsonDocument>

#include <algorithm>
#include <map>
#include <set>

namespace steward::sandbox::explorer::detail {

bool produceReviews(const SandboxCommunity& c, RowSink& sink)
{
    Row row;
    for (const ReviewRecord& record : c.reviews) {
        if (sink.stopped())
            return false;
        const Reviewable& r = record.item;
        const Id target = json::reviewableTargetId(c, record);
        const QJsonObject payload = json::reviewablePayload(c, record);
        const QString targetType = !target                          ? QString()
                                   : r.type == ReviewableType::User ? QStringLiteral("User")
                                                                    : QStringLiteral("Post");
        row.clear();
        row.integer(r.id)
            .text(r.typeName)
            .integer(int(r.status))
            .integer(r.createdById)
            .boolean(true)
            .id(r.categoryId)
            .id(r.topicId)
            .real(r.score)
            .id(target)
            .nullableText(targetType)
            .id(r.targetCreatedById)
            .nullableText(payload.isEmpty() ? QString()
                                            : QString::fromUtf8(QJsonDocument(payload).toJson(
                                                  QJsonDocument::Compact)))
            .integer(r.version)
            .time(r.createdAt)
            .time(record.reviewedAt.isValid() ? record.reviewedAt : r.createdAt)
            .nullableText(record.rejectReason);
        if (!offer(sink, Table::Reviewables, row))
            return false;
        for (qsizetype i = 0; i < r.scores.size(); ++i) {
            const ReviewableScore& s = r.scores[i];
            row.clear();
            row.integer(json::reviewableScoreId(r, i))
                .integer(r.id)
                .integer(s.userId)
                .integer(s.scoreTypeId)
                .integer(int(s.status))
                .real(s.score)
                .nullableText(s.reason)
                .id(s.reviewedById)
                .time(s.reviewedAt)
                .time(s.createdAt)
                .time(s.reviewedAt.isValid() ? s.reviewedAt : s.createdAt);
            if (!offer(sink, Table::ReviewableScores, row))
                return false;
        }
        // Derived: a "created" entry (id 2n-1), and a "transitioned" one (2n) once the item left
        // pending.
        row.clear();
        row.integer(2 * r.id - 1)
            .integer(r.id)
            .integer(0)
            .integer(0)
            .integer(r.createdById)
            .time(r.createdAt)
            .time(r.createdAt);
        if (!offer(sink, Table::ReviewableHistories, row))
            return false;
        if (!r.isPending() && record.reviewedAt.isValid()) {
            row.clear();
            row.integer(2 * r.id)
                .integer(r.id)
                .integer(1)
                .integer(int(r.status))
                .integer(record.reviewedById ? record.reviewedById : r.createdById)
                .time(record.reviewedAt)
                .time(record.reviewedAt);
            if (!offer(sink, Table::ReviewableHistories, row))
                return false;
        }
    }
    return true;
}

bool produceSolved(const SandboxCommunity& c, RowSink& sink)
{
    Row row;
    for (const TopicRecord& t : c.topics) {
        if (!t.topic.acceptedAnswerPostId || *t.topic.acceptedAnswerPostId == 0)
            continue;
        const qint64 at = t.solvedAt ? t.solvedAt : toSeconds(t.topic.createdAt);
        row.clear();
        row.integer(t.topic.id) // id: the topic's, one solved row per topic
            .integer(t.topic.id)
            .integer(*t.topic.acceptedAnswerPostId)
            .id(t.solvedById ? t.solvedById : t.topic.userId)
            .null()
            .time(at)
            .time(at);
        if (!offer(sink, Table::SolvedTopics, row))
            return false;
    }
    return true;
}

namespace {

constexpr int kMaxTagsPerTopic = 100; ///< topic_tags.id is topic id × 100 + position

struct TagInfo
{
    qint64 id = 0;
    QDateTime createdAt; ///< of the first topic that carries it
    int pmTopics = 0, publicTopics = 0, staffTopics = 0;
};

} // namespace

bool produceTags(const SandboxCommunity& c, RowSink& sink)
{
    std::map<QString, TagInfo> tags; // by name, so that collisions resolve the same way every time
    // Each topic's tags as Discourse keeps them: each name once, in order (map nodes stay put).
    std::vector<std::vector<const TagInfo*>> byTopic(c.topics.size());
    for (std::size_t i = 0; i < c.topics.size(); ++i) {
        const TopicRecord& t = c.topics[i];
        std::vector<const TagInfo*>& own = byTopic[i];
        for (const QString& name : t.topic.tags) {
            if (name.isEmpty() || own.size() >= std::size_t(kMaxTagsPerTopic))
                continue;
            TagInfo& info = tags[name];
            if (std::find(own.begin(), own.end(), &info) != own.end())
                continue;
            own.push_back(&info);
            if (!info.createdAt.isValid())
                info.createdAt = t.topic.createdAt;
            if (t.topic.isDeleted())
                continue; // Tag.update_topic_counts counts live topics only
            if (t.topic.isPrivateMessage()) {
                ++info.pmTopics;
                continue;
            }
            ++info.staffTopics;
            const Category* category = c.category(t.topic.categoryId);
            info.publicTopics += category && !category->readRestricted;
        }
    }
    std::set<qint64> used;
    Row row;
    for (auto& [name, info] : tags) {
        info.id = tagHashId(name);
        while (used.contains(info.id))
            ++info.id;
        used.insert(info.id);
        row.clear();
        row.integer(info.id)
            .text(name)
            .time(info.createdAt)
            .time(info.createdAt)
            .integer(info.pmTopics)
            .null()
            .null()
            .integer(info.publicTopics)
            .integer(info.staffTopics);
        if (!offer(sink, Table::Tags, row))
            return false;
    }
    for (std::size_t i = 0; i < c.topics.size(); ++i) {
        if (sink.stopped())
            return false;
        const Topic& topic = c.topics[i].topic;
        const std::vector<const TagInfo*>& own = byTopic[i];
        for (std::size_t position = 0; position < own.size(); ++position) {
            row.clear();
            row.integer(topic.id * kMaxTagsPerTopic + qint64(position))
                .integer(topic.id)
                .integer(own[position]->id)
                .time(topic.createdAt)
                .time(topic.createdAt);
            if (!offer(sink, Table::TopicTags, row))
                return false;
        }
    }
    return true;
}

bool produceUserHistories(const SandboxCommunity& c, RowSink& sink)
{
    // One staff-log row per recorded suspension (id 2n-1) and silence (2n) of user n, as
    // StaffActionLogger#log_user_suspend / log_silence_user write them: details is the reason,
    // which User#full_suspend_reason and #silence_reason read back.
    Row row;
    auto penalty = [&](const SandboxUser& m, qint64 id, int action, Id by, const QString& reason,
                       const QDateTime& at) {
        const QDateTime created = at.isValid() ? at : m.user.createdAt;
        row.clear();
        row.integer(id)
            .integer(action)
            .id(by)
            .integer(m.user.id)
            .nullableText(reason)
            .time(created)
            .time(created)
            .null()
            .null()
            .null()
            .null()
            .null()
            .null()
            .null()
            .boolean(false)
            .null()
            .null()
            .null();
        return offer(sink, Table::UserHistories, row);
    };
    for (const SandboxUser& m : c.users) {
        if (sink.stopped())
            return false;
        if (m.deleted)
            continue;
        const User& u = m.user;
        if (u.suspendedUntil.isValid() && !penalty(m, 2 * u.id - 1, kSuspendUserAction,
                                                   m.suspendedById, u.suspendReason, m.suspendedAt))
            return false;
        if (u.silencedUntil.isValid() && !penalty(m, 2 * u.id, kSilenceUserAction, m.silencedById,
                                                  m.silenceReason, m.silencedAt))
            return false;
    }
    return true;
}

} // namespace steward::sandbox::explorer::detail
