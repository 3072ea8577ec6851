// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Upserts of the synced entities: INSERT ... ON CONFLICT DO UPDATE, valid in SQLite and PostgreSQL.
#include "models/store/database.h"
#include "models/store/pgarrays.h"
#include "models/store/sqlvalue.h"
#include "models/store/statement.h"
#include "models/store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace steward {

namespace {

QString actionsJson(const QList<ReviewableAction>& actions)
{
    QJsonArray array;
    for (const ReviewableAction& a : actions)
        array.append(QJsonObject{{QStringLiteral("id"), a.id},
                                 {QStringLiteral("server_action"), a.serverAction},
                                 {QStringLiteral("action_name"), a.actionName},
                                 {QStringLiteral("bundle"), a.bundleId},
                                 {QStringLiteral("label"), a.label},
                                 {QStringLiteral("icon"), a.icon},
                                 {QStringLiteral("description"), a.description},
                                 {QStringLiteral("confirm_message"), a.confirmMessage},
                                 {QStringLiteral("require_reject_reason"), a.requireRejectReason}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

/// One score type id per score, in score order: the queue counts them
/// (0004_reviewable_reasons.sql). Never null: an item without scores (a queued post, say) has no
/// reasons, not an unknown one.
QString reasonsOf(const Reviewable& r)
{
    QString ids = QStringLiteral("");
    for (const ReviewableScore& s : r.scores)
        ids += (ids.isEmpty() ? QString() : QStringLiteral(",")) + QString::number(s.scoreTypeId);
    return ids;
}

} // namespace

bool Store::upsertCategories(const QList<Category>& categories)
{
    QSqlQuery& q = prepared(
        0, QStringLiteral("INSERT INTO categories (id, parent_id, name, slug, color, text_color, "
                          "description, position, topic_count, "
                          "post_count, read_restricted, accepted_answers, definition_topic_id) "
                          "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) "
                          "ON CONFLICT (id) DO UPDATE SET "
                          "parent_id = excluded.parent_id, name = excluded.name, slug = "
                          "excluded.slug, color = excluded.color, "
                          "text_color = excluded.text_color, description = excluded.description, "
                          "position = excluded.position, "
                          "topic_count = excluded.topic_count, post_count = excluded.post_count, "
                          "read_restricted = excluded.read_restricted, "
                          "accepted_answers = excluded.accepted_answers, definition_topic_id = "
                          "excluded.definition_topic_id"));
    for (const Category& c : categories) {
        const QVariantList values{c.id,
                                  sql::optionalId(c.parentId),
                                  c.name,
                                  c.slug,
                                  c.color,
                                  c.textColor,
                                  c.description,
                                  c.position,
                                  c.topicCount,
                                  c.postCount,
                                  int(c.readRestricted),
                                  int(c.acceptedAnswersEnabled),
                                  sql::optionalId(c.definitionTopicId)};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        if (!run(q))
            return false;
        m_pending.categories.insert(c.id);
    }
    return true;
}

bool Store::upsertStaffActions(const QList<StaffAction>& actions)
{
    QSqlQuery& q = prepared(
        14, QStringLiteral("INSERT INTO staff_actions (id, action, action_name, acting_user_id, "
                           "acting_username, target_user_id, target_username, post_id, topic_id, "
                           "category_id, created_at, details, context, subject) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET "
                           "action = excluded.action, action_name = excluded.action_name, "
                           "details = excluded.details, context = excluded.context"));
    for (const StaffAction& a : actions) {
        const QVariantList values{a.id,
                                  a.action,
                                  a.actionName,
                                  a.actingUserId == 0 ? QVariant() : QVariant(a.actingUserId),
                                  a.actingUsername,
                                  sql::optionalId(a.targetUserId),
                                  a.targetUsername.isEmpty() ? QVariant() : a.targetUsername,
                                  sql::optionalId(a.postId),
                                  sql::optionalId(a.topicId),
                                  sql::optionalId(a.categoryId),
                                  sql::time(a.createdAt),
                                  a.details,
                                  a.context,
                                  a.subject};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        if (!run(q))
            return false;
    }
    return true;
}

bool Store::upsertUsers(const QList<User>& users, UserDetail detail)
{
    // topic_count and likes_received hold -1 while the server has not said (its admin user
    // list carries neither); a later answer without them keeps what an earlier one said.
    QSqlQuery& full = prepared(
        1, QStringLiteral(
               "INSERT INTO users (id, username, name, avatar_template, trust_level, admin, "
               "moderator, staged, active, approved, "
               "created_at, last_seen_at, suspended_until, suspend_reason, silenced_until, "
               "post_count, topic_count, "
               "likes_received, detailed) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1) ON "
               "CONFLICT (id) DO UPDATE SET "
               "username = excluded.username, name = excluded.name, avatar_template = "
               "excluded.avatar_template, "
               "trust_level = excluded.trust_level, admin = excluded.admin, moderator = "
               "excluded.moderator, staged = excluded.staged, "
               "active = excluded.active, approved = excluded.approved, created_at = "
               "excluded.created_at, "
               "last_seen_at = excluded.last_seen_at, suspended_until = excluded.suspended_until, "
               "suspend_reason = CASE WHEN excluded.suspended_until IS NULL THEN NULL "
               "ELSE COALESCE(excluded.suspend_reason, users.suspend_reason) END, silenced_until = "
               "excluded.silenced_until, "
               "post_count = excluded.post_count, "
               "topic_count = CASE WHEN excluded.topic_count < 0 THEN users.topic_count ELSE "
               "excluded.topic_count END, "
               "likes_received = CASE WHEN excluded.likes_received < 0 THEN users.likes_received "
               "ELSE excluded.likes_received END, "
               "detailed = 1"));
    QSqlQuery& basic = prepared(
        2, QStringLiteral(
               "INSERT INTO users (id, username, name, avatar_template, topic_count, "
               "likes_received) VALUES (?,?,?,?,-1,-1) "
               "ON CONFLICT (id) DO UPDATE SET "
               "username = excluded.username, name = COALESCE(excluded.name, users.name), "
               "avatar_template = COALESCE(excluded.avatar_template, users.avatar_template)"));
    for (const User& u : users) {
        if (u.id == 0)
            continue;
        if (detail == UserDetail::Basic) {
            basic.bindValue(0, u.id);
            basic.bindValue(1, u.username);
            basic.bindValue(2, u.name.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(u.name));
            basic.bindValue(3, u.avatarTemplate.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                          : QVariant(u.avatarTemplate));
            if (!run(basic))
                return false;
        } else {
            const QVariantList values{u.id,
                                      u.username,
                                      u.name,
                                      u.avatarTemplate,
                                      int(u.trustLevel),
                                      int(u.admin),
                                      int(u.moderator),
                                      int(u.staged),
                                      int(u.active),
                                      int(u.approved),
                                      sql::time(u.createdAt),
                                      sql::time(u.lastSeenAt),
                                      sql::time(u.suspendedUntil),
                                      u.suspendReason.isEmpty()
                                          ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(u.suspendReason),
                                      sql::time(u.silencedUntil),
                                      u.postCount,
                                      std::max(-1, u.topicCount),
                                      std::max(-1, u.likesReceived)};
            for (int i = 0; i < values.size(); ++i)
                full.bindValue(i, values[i]);
            if (!run(full))
                return false;
        }
        m_pending.users.insert(u.id);
    }
    return true;
}

bool Store::upsertTopics(const QList<Topic>& topics)
{
    // A list entry says "solved" (0) without naming the answer: keep the one already known.
    QSqlQuery& q = prepared(
        3, QStringLiteral(
               "INSERT INTO topics (id, title, slug, category_id, user_id, archetype, tags, "
               "created_at, last_posted_at, bumped_at, "
               "deleted_at, posts_count, highest_post_number, reply_count, views, like_count, "
               "closed, archived, visible, pinned, "
               "pinned_globally, accepted_answer_post_id) VALUES "
               "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
               "ON CONFLICT (id) DO UPDATE SET title = excluded.title, slug = excluded.slug, "
               "category_id = excluded.category_id, "
               "user_id = COALESCE(excluded.user_id, topics.user_id), archetype = "
               "excluded.archetype, tags = excluded.tags, "
               "created_at = excluded.created_at, last_posted_at = excluded.last_posted_at, "
               "bumped_at = COALESCE(excluded.bumped_at, topics.bumped_at), "
               "deleted_at = excluded.deleted_at, posts_count = excluded.posts_count, "
               "highest_post_number = excluded.highest_post_number, reply_count = "
               "excluded.reply_count, views = excluded.views, "
               "like_count = excluded.like_count, closed = excluded.closed, archived = "
               "excluded.archived, "
               "visible = excluded.visible, pinned = excluded.pinned, pinned_globally = "
               "excluded.pinned_globally, "
               "accepted_answer_post_id = CASE WHEN excluded.accepted_answer_post_id IS NULL THEN "
               "NULL "
               "WHEN excluded.accepted_answer_post_id = 0 THEN "
               "COALESCE(topics.accepted_answer_post_id, 0) "
               "ELSE excluded.accepted_answer_post_id END"));
    for (const Topic& t : topics) {
        const QVariant accepted = t.acceptedAnswerPostId ? QVariant(*t.acceptedAnswerPostId)
                                                         : QVariant(QMetaType::fromType<qint64>());
        const QVariantList values{
            t.id,
            t.title,
            t.slug,
            sql::optionalId(t.categoryId),
            sql::optionalId(t.userId),
            archetypeToString(t.archetype),
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(t.tags)).toJson(QJsonDocument::Compact)),
            sql::time(t.createdAt),
            sql::time(t.lastPostedAt),
            sql::time(t.bumpedAt),
            sql::time(t.deletedAt),
            t.postsCount,
            t.highestPostNumber,
            t.replyCount,
            t.views,
            t.likeCount,
            int(t.closed),
            int(t.archived),
            int(t.visible),
            int(t.pinned),
            int(t.pinnedGlobally),
            accepted};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        if (!run(q))
            return false;
        m_pending.topics.insert(t.id);
    }
    return true;
}

namespace {

/// What a stored post takes from a newer copy of it. Answers without raw (topic chunks fetched
/// without include_raw) keep the raw already stored.
constexpr const char* kPostColumns =
    "id, topic_id, post_number, post_type, user_id, username, created_at, updated_at, deleted_at, "
    "reply_to_post_number, reply_count, like_count, version, hidden, accepted_answer, raw, cooked";
constexpr const char* kPostUpdate =
    " ON CONFLICT (id) DO UPDATE SET topic_id = excluded.topic_id, "
    "post_number = excluded.post_number, post_type = excluded.post_type, "
    "user_id = excluded.user_id, username = excluded.username, "
    "created_at = excluded.created_at, updated_at = excluded.updated_at, "
    "deleted_at = excluded.deleted_at, reply_to_post_number = excluded.reply_to_post_number, "
    "reply_count = excluded.reply_count, like_count = excluded.like_count, "
    "version = excluded.version, hidden = excluded.hidden, "
    "accepted_answer = excluded.accepted_answer, "
    "raw = CASE WHEN excluded.raw = '' THEN posts.raw ELSE excluded.raw END, "
    "cooked = CASE WHEN excluded.cooked = '' THEN posts.cooked ELSE excluded.cooked END";

} // namespace

bool Store::upsertPosts(const QList<Post>& posts)
{
    // The hottest write of a sync: the database's C API on the same connection (Statement).
    if (m_database.backend() == Database::Backend::PostgreSQL)
        return upsertPostsAsArrays(posts);
    if (!m_postUpsert) {
        auto statement = std::make_unique<Statement>();
        const QByteArray sql = QByteArrayLiteral("INSERT INTO posts (") + kPostColumns +
                               ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)" + kPostUpdate;
        if (!statement->prepare(m_database.connection(), sql.constData(), &m_lastError))
            return false;
        m_postUpsert = std::move(statement);
    }
    Statement& q = *m_postUpsert;
    for (const Post& p : posts) {
        q.bind(1, p.id);
        q.bind(2, p.topicId);
        q.bind(3, p.postNumber);
        q.bind(4, int(p.type));
        q.bindOptional(5, p.userId);
        q.bind(6, p.username);
        q.bindTime(7, p.createdAt);
        q.bindTime(8, p.updatedAt);
        q.bindTime(9, p.deletedAt);
        q.bindOptional(10, p.replyToPostNumber);
        q.bind(11, p.replyCount);
        q.bind(12, p.likeCount);
        q.bind(13, p.version);
        q.bind(14, p.hidden);
        q.bind(15, p.acceptedAnswer);
        q.bind(16, p.raw);
        q.bind(17, p.cooked);
        if (!q.step(&m_lastError))
            return false;
        m_pending.posts.insert(p.id);
    }
    return true;
}

bool Store::upsertPostsAsArrays(const QList<Post>& posts)
{
    // PostgreSQL: the page in one statement, a round trip per page and not per post. A post
    // given twice is written once, as it was given last (one statement may not update a row
    // twice).
    if (!m_postUpsert) {
        auto statement = std::make_unique<Statement>();
        const QByteArray sql =
            QByteArrayLiteral("INSERT INTO posts (") + kPostColumns +
            ") SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], "
            "?::bigint[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], "
            "?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::text[], "
            "?::text[])" +
            kPostUpdate;
        if (!statement->prepare(m_database.connection(), sql.constData(), &m_lastError))
            return false;
        m_postUpsert = std::move(statement);
    }
    QHash<Id, qsizetype> last;
    for (qsizetype i = 0; i < posts.size(); ++i)
        last.insert(posts[i].id, i);
    std::array<pgarray::Builder, 17> columns;
    const auto optional = [](pgarray::Builder& b, qint64 v) { v != 0 ? b.add(v) : b.addNull(); };
    const auto time = [](pgarray::Builder& b, const QDateTime& t) {
        t.isValid() ? b.add(t.toMSecsSinceEpoch()) : b.addNull();
    };
    for (qsizetype i = 0; i < posts.size(); ++i) {
        const Post& p = posts[i];
        if (last.value(p.id) != i)
            continue;
        columns[0].add(p.id);
        columns[1].add(p.topicId);
        columns[2].add(qint64(p.postNumber));
        columns[3].add(qint64(p.type));
        optional(columns[4], p.userId);
        columns[5].add(p.username);
        time(columns[6], p.createdAt);
        time(columns[7], p.updatedAt);
        time(columns[8], p.deletedAt);
        optional(columns[9], p.replyToPostNumber);
        columns[10].add(qint64(p.replyCount));
        columns[11].add(qint64(p.likeCount));
        columns[12].add(qint64(p.version));
        columns[13].add(qint64(p.hidden ? 1 : 0));
        columns[14].add(qint64(p.acceptedAnswer ? 1 : 0));
        columns[15].add(p.raw);
        columns[16].add(p.cooked);
        m_pending.posts.insert(p.id);
    }
    const QByteArray ids = columns[0].take();
    Statement& q = *m_postUpsert;
    q.bindUtf8(1, ids);
    for (int c = 1; c < 17; ++c)
        q.bindUtf8(c + 1, columns[std::size_t(c)].take());
    return q.step(&m_lastError) && indexQueuePosts(ids);
}

bool Store::upsertReviewables(const QList<Reviewable>& reviewables)
{
    QSqlQuery& q = prepared(
        5, QStringLiteral(
               "INSERT INTO reviewables (id, type, type_name, status, score, version, created_at, "
               "topic_id, category_id, target_id, "
               "created_by_id, target_created_by_id, claimed_by_id, reviewed_at, reviewed_by_id, "
               "payload_raw, payload_title, actions, "
               "reasons) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE "
               "SET type = excluded.type, "
               "type_name = excluded.type_name, status = excluded.status, score = excluded.score, "
               "version = excluded.version, "
               "created_at = excluded.created_at, topic_id = excluded.topic_id, category_id = "
               "excluded.category_id, "
               "target_id = excluded.target_id, created_by_id = excluded.created_by_id, "
               "target_created_by_id = excluded.target_created_by_id, claimed_by_id = "
               "excluded.claimed_by_id, "
               "reviewed_at = excluded.reviewed_at, reviewed_by_id = excluded.reviewed_by_id, "
               "payload_raw = excluded.payload_raw, payload_title = excluded.payload_title, "
               "actions = excluded.actions, "
               "reasons = excluded.reasons"));
    QSqlQuery& clear =
        prepared(6, QStringLiteral("DELETE FROM reviewable_scores WHERE reviewable_id = ?"));
    QSqlQuery& score =
        prepared(7, QStringLiteral("INSERT INTO reviewable_scores (id, reviewable_id, user_id, "
                                   "score_type_id, score_type_key, score, status, reason, "
                                   "created_at, reviewed_at, reviewed_by_id) VALUES "
                                   "(?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET "
                                   "reviewable_id = excluded.reviewable_id, user_id = "
                                   "excluded.user_id, score_type_id = excluded.score_type_id, "
                                   "score_type_key = excluded.score_type_key, score = "
                                   "excluded.score, status = excluded.status, "
                                   "reason = excluded.reason, created_at = excluded.created_at, "
                                   "reviewed_at = excluded.reviewed_at, "
                                   "reviewed_by_id = excluded.reviewed_by_id"));
    for (const Reviewable& r : reviewables) {
        const QVariantList values{r.id,
                                  int(r.type),
                                  r.typeName,
                                  int(r.status),
                                  r.score,
                                  r.version,
                                  sql::time(r.createdAt),
                                  sql::optionalId(r.topicId),
                                  sql::optionalId(r.categoryId),
                                  sql::optionalId(r.targetId),
                                  sql::optionalId(r.createdById),
                                  sql::optionalId(r.targetCreatedById),
                                  sql::optionalId(r.claimedById),
                                  sql::time(r.reviewedAt),
                                  sql::optionalId(r.reviewedById),
                                  r.payloadRaw,
                                  r.payloadTitle,
                                  actionsJson(r.actions),
                                  reasonsOf(r)};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        clear.bindValue(0, r.id);
        if (!run(q) || !run(clear))
            return false;
        for (const ReviewableScore& s : r.scores) {
            const QVariantList sv{s.id,
                                  r.id,
                                  sql::optionalId(s.userId),
                                  s.scoreTypeId,
                                  s.scoreTypeKey,
                                  s.score,
                                  int(s.status),
                                  s.reason,
                                  sql::time(s.createdAt),
                                  sql::time(s.reviewedAt),
                                  sql::optionalId(s.reviewedById)};
            for (int i = 0; i < sv.size(); ++i)
                score.bindValue(i, sv[i]);
            if (!run(score))
                return false;
        }
        m_pending.reviewables.insert(r.id);
    }
    if (m_database.backend() != Database::Backend::PostgreSQL)
        return true;
    pgarray::Builder targets;
    for (const Reviewable& r : reviewables)
        if (const Id post = r.postId())
            targets.add(post);
    return indexQueuePosts(targets.take());
}

bool Store::resolveAcceptedAnswers()
{
    QSqlQuery& q =
        prepared(8, QStringLiteral("UPDATE topics SET accepted_answer_post_id = (SELECT MIN(p.id) "
                                   "FROM posts p WHERE p.topic_id = topics.id "
                                   "AND p.accepted_answer = 1) WHERE accepted_answer_post_id = 0 "
                                   "AND EXISTS (SELECT 1 FROM posts p "
                                   "WHERE p.topic_id = topics.id AND p.accepted_answer = 1)"));
    return run(q);
}

bool Store::markAcceptedAnswers(const QHash<Id, Id>& topics, const QSet<Id>& answerPosts)
{
    QSqlQuery& topic =
        prepared(12, QStringLiteral("UPDATE topics SET accepted_answer_post_id = ? WHERE id = ?"));
    QSqlQuery& post = prepared(
        13, QStringLiteral(
                "UPDATE posts SET accepted_answer = 1 WHERE id = ? AND accepted_answer = 0"));
    for (auto it = topics.cbegin(); it != topics.cend(); ++it) {
        topic.bindValue(0, it.value());
        topic.bindValue(1, it.key());
        if (!run(topic))
            return false;
        if (topic.numRowsAffected() > 0)
            m_pending.topics.insert(it.key());
    }
    for (Id id : answerPosts) {
        post.bindValue(0, id);
        if (!run(post))
            return false;
        if (post.numRowsAffected() > 0)
            m_pending.posts.insert(id);
    }
    return true;
}

bool Store::resolveTopicAuthors()
{
    QSqlQuery& q = prepared(
        11,
        QStringLiteral("UPDATE topics SET user_id = (SELECT p.user_id FROM posts p WHERE "
                       "p.topic_id = topics.id AND p.post_number = 1) "
                       "WHERE EXISTS (SELECT 1 FROM posts p WHERE p.topic_id = topics.id AND "
                       "p.post_number = 1 "
                       "AND p.user_id IS NOT NULL AND p.user_id IS DISTINCT FROM topics.user_id)"));
    return run(q);
}

} // namespace steward
