// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/bulkqueries.h"

#include "models/net/parse/jsonread.h"

#include <QJsonDocument>

namespace steward::bulk {

namespace {

const char* const kCountsSql = R"(SELECT
  (SELECT COUNT(*) FROM users) AS users,
  (SELECT COUNT(*) FROM topics t WHERE t.archetype <> 'private_message' AND t.deleted_at IS NULL) AS topics,
  (SELECT COUNT(*) FROM posts p JOIN topics t ON t.id = p.topic_id
    WHERE t.archetype <> 'private_message' AND t.deleted_at IS NULL) AS posts,
  (SELECT COUNT(*) FROM reviewables WHERE status <> 0) AS reviewables,
  (SELECT COUNT(*) FROM reviewable_scores) AS scores,
  (SELECT MAX(id) FROM posts) AS top_post,
  (SELECT MAX(id) FROM topics) AS top_topic)";

// The reason of a user's latest suspension: UserHistory action suspend_user (10).
const char* const kUsersSelect =
    R"(SELECT u.id, u.username, u.name, u.trust_level, u.admin, u.moderator, u.staged,
  u.active, u.approved, u.created_at, u.last_seen_at, u.suspended_till, u.silenced_till,
  (SELECT h.details FROM user_histories h WHERE h.target_user_id = u.id AND h.action = 10
    ORDER BY h.id DESC LIMIT 1) AS suspend_reason,
  s.post_count, s.topic_count, s.likes_received
FROM users u LEFT JOIN user_stats s ON s.user_id = u.id
)";

const char* const kTopicsSelect =
    R"(SELECT t.id, t.title, t.slug, t.category_id AS category, t.user_id AS author,
  t.archetype, t.created_at, t.last_posted_at, t.bumped_at, t.deleted_at, t.posts_count, t.highest_post_number,
  t.reply_count, t.views, t.like_count, t.closed, t.archived, t.visible, t.pinned_at IS NOT NULL AS pinned,
  t.pinned_globally,
  (SELECT COUNT(*) FROM topic_tags tt WHERE tt.topic_id = t.id) AS tag_count,
  (SELECT g.name FROM topic_tags tt JOIN tags g ON g.id = tt.tag_id WHERE tt.topic_id = t.id ORDER BY tt.id LIMIT 1 OFFSET 0) AS tag1,
  (SELECT g.name FROM topic_tags tt JOIN tags g ON g.id = tt.tag_id WHERE tt.topic_id = t.id ORDER BY tt.id LIMIT 1 OFFSET 1) AS tag2,
  (SELECT g.name FROM topic_tags tt JOIN tags g ON g.id = tt.tag_id WHERE tt.topic_id = t.id ORDER BY tt.id LIMIT 1 OFFSET 2) AS tag3,
  (SELECT g.name FROM topic_tags tt JOIN tags g ON g.id = tt.tag_id WHERE tt.topic_id = t.id ORDER BY tt.id LIMIT 1 OFFSET 3) AS tag4,
  (SELECT g.name FROM topic_tags tt JOIN tags g ON g.id = tt.tag_id WHERE tt.topic_id = t.id ORDER BY tt.id LIMIT 1 OFFSET 4) AS tag5
FROM topics t
)";

const char* const kPostsSelect =
    R"(SELECT p.id, p.topic_id AS topic, p.post_number, p.post_type, p.user_id AS author,
  u.username, p.created_at, p.updated_at, p.deleted_at, p.reply_to_post_number, p.reply_count, p.like_count,
  p.version, p.hidden, p.raw, p.cooked
FROM posts p JOIN topics t ON t.id = p.topic_id LEFT JOIN users u ON u.id = p.user_id
)";

const char* const kAfter = "-- [params]\n-- bigint :after = -9007199254740991\n";
const char* const kBefore = "-- [params]\n-- bigint :before = 9007199254740991\n";
const char* const kIds = "-- [params]\n-- int_list :ids = 0\n";

// For the rare topic with more tags than the topics query carries (kTagColumns).
const char* const kTagsSql = R"(-- [params]
-- int_list :ids = 0
SELECT tt.id, tt.topic_id AS topic, tg.name
FROM topic_tags tt JOIN tags tg ON tg.id = tt.tag_id
WHERE tt.topic_id IN (:ids)
ORDER BY tt.id)";

// Pending items come from /review.json, which adds what the database does not hold (the
// actions a moderator may take, claims); these are the decided ones. Reviewed at and by:
// the latest "transitioned" entry of the item's history (reviewable_history_type 1).
const char* const kReviewablesSql = R"(-- [params]
-- bigint :after = 0
SELECT r.id, r.type, r.status, r.score, r.version, r.created_at, r.topic_id AS topic, r.category_id AS category,
  r.target_id AS target, r.created_by_id AS creator, r.target_created_by_id AS target_creator, r.payload,
  (SELECT h.created_at FROM reviewable_histories h WHERE h.reviewable_id = r.id AND h.reviewable_history_type = 1
    ORDER BY h.id DESC LIMIT 1) AS reviewed_at,
  (SELECT h.created_by_id FROM reviewable_histories h WHERE h.reviewable_id = r.id AND h.reviewable_history_type = 1
    ORDER BY h.id DESC LIMIT 1) AS reviewer
FROM reviewables r
WHERE r.id > :after AND r.status <> 0
ORDER BY r.id)";

const char* const kScoresSql = R"(-- [params]
-- bigint :after = 0
SELECT s.id, s.reviewable_id AS item, s.user_id AS flagger, s.reviewable_score_type AS score_type, s.status,
  s.score, s.reason, s.created_at, s.reviewed_at, s.reviewed_by_id AS reviewer
FROM reviewable_scores s JOIN reviewables r ON r.id = s.reviewable_id
WHERE s.id > :after AND r.status <> 0
ORDER BY s.id)";

// Accepted answers in the three storages of discourse-solved (docs/data-explorer.md §5), each
// paged by its own key: since 2026-04 a topic may have several answers.
const char* const kSolvedAnswersSql = R"(-- [params]
-- bigint :after = 0
SELECT ta.id AS key, st.topic_id AS topic, ta.answer_post_id AS answer
FROM discourse_solved_topic_answers ta JOIN discourse_solved_solved_topics st ON st.id = ta.solved_topic_id
WHERE ta.id > :after
ORDER BY ta.id)";

const char* const kSolvedSql = R"(-- [params]
-- bigint :after = 0
SELECT st.topic_id AS key, st.topic_id AS topic, st.answer_post_id AS answer
FROM discourse_solved_solved_topics st
WHERE st.topic_id > :after
ORDER BY st.topic_id)";

const char* const kSolvedLegacySql = R"(-- [params]
-- bigint :after = 0
SELECT f.id AS key, f.topic_id AS topic, f.value AS answer
FROM topic_custom_fields f
WHERE f.name = 'accepted_answer_post_id' AND f.id > :after
ORDER BY f.id)";

/// The posts walk, kPostSlots posts to a row: the plugin caps rows, not posts. Posts are
/// bucketed by id / kPostSlots; each bucket's row is anchored at its highest stored post (the
/// walk goes down), and slot j holds post bucket * kPostSlots + j when it exists and its topic
/// is one the REST walk copies (s<j>_listed). Plain joins on primary keys: no DISTINCT, no
/// derived tables, so both databases stream it from the primary key's index.
QByteArray packedPostsSql()
{
    static const char* const kColumns[][2] = {{"P.id", "id"},
                                              {"P.topic_id", "topic"},
                                              {"P.post_number", "post_number"},
                                              {"P.post_type", "post_type"},
                                              {"P.user_id", "author"},
                                              {"U.username", "username"},
                                              {"P.created_at", "created_at"},
                                              {"P.updated_at", "updated_at"},
                                              {"P.deleted_at", "deleted_at"},
                                              {"P.reply_to_post_number", "reply_to_post_number"},
                                              {"P.reply_count", "reply_count"},
                                              {"P.like_count", "like_count"},
                                              {"P.version", "version"},
                                              {"P.hidden", "hidden"},
                                              {"P.raw", "raw"},
                                              {"P.cooked", "cooked"},
                                              {"T.id", "listed"}};
    const QByteArray n = QByteArray::number(kPostSlots);
    QByteArray select = "SELECT a.id AS anchor";
    QByteArray joins;
    for (int j = 0; j < kPostSlots; ++j) {
        const QByteArray s = QByteArray::number(j);
        for (const auto& column : kColumns) {
            QByteArray expression(column[0]);
            expression.replace("P.", "p" + s + '.')
                .replace("U.", "u" + s + '.')
                .replace("T.", "t" + s + '.');
            select += ",\n  " + expression + " AS s" + s + '_' + column[1];
        }
        joins += "\nLEFT JOIN posts p" + s + " ON p" + s + ".id = (a.id / " + n + ") * " + n +
                 " + " + s + "\nLEFT JOIN topics t" + s + " ON t" + s + ".id = p" + s +
                 ".topic_id AND t" + s + ".archetype <> 'private_message' AND t" + s +
                 ".deleted_at IS NULL" + "\nLEFT JOIN users u" + s + " ON u" + s + ".id = p" + s +
                 ".user_id";
    }
    // The anchor: a post with no stored post above it in its bucket.
    QByteArray higher;
    for (int k = 1; k < kPostSlots; ++k)
        higher += (k > 1 ? " OR " : "") + QByteArray("x.id = a.id + ") + QByteArray::number(k);
    return "-- [params]\n-- bigint :before = 9007199254740991\n" + select + "\nFROM posts a" +
           joins + "\nWHERE a.id < :before AND NOT EXISTS (SELECT 1 FROM posts x WHERE x.id / " +
           n + " = a.id / " + n + " AND (" + higher + "))\nORDER BY a.id DESC";
}

/// true/false from PostgreSQL, 1/0 from SQLite expressions; null is false.
bool flag(const QJsonObject& row, QLatin1StringView key)
{
    const QJsonValue v = row.value(key);
    return v.isBool() ? v.toBool() : v.isDouble() ? v.toDouble() != 0 : parse::boolean(row, key);
}

} // namespace

QList<ExplorerQuery> queries()
{
    auto q = [](QLatin1StringView name, const QByteArray& sql) {
        return ExplorerQuery{QString(name), QString::fromUtf8(sql)};
    };
    const QByteArray users(kUsersSelect), topics(kTopicsSelect), posts(kPostsSelect);
    // What the REST walk copies: topic lists and /posts.json leave out private messages and
    // deleted topics (with their posts); a queue item about one still names it.
    const QByteArray listed("t.archetype <> 'private_message' AND t.deleted_at IS NULL");
    return {
        q(kCounts, kCountsSql),
        q(kUsers, kAfter + users + "WHERE u.id > :after\nORDER BY u.id"),
        q(kUsersByIds, kIds + users + "WHERE u.id IN (:ids)"),
        q(kTopics,
          kBefore + topics + "WHERE t.id < :before AND " + listed + "\nORDER BY t.id DESC"),
        q(kTopicsByIds, kIds + topics + "WHERE t.id IN (:ids) AND " + listed),
        q(kPosts, packedPostsSql()),
        q(kPostsByIds, kIds + posts + "WHERE p.id IN (:ids) AND " + listed),
        q(kTags, kTagsSql),
        q(kReviewables, kReviewablesSql),
        q(kScores, kScoresSql),
        q(kSolvedAnswers, kSolvedAnswersSql),
        q(kSolved, kSolvedSql),
        q(kSolvedLegacy, kSolvedLegacySql),
    };
}

QList<QJsonObject> unpackPosts(const QList<QJsonObject>& rows)
{
    QList<QJsonObject> posts;
    posts.reserve(rows.size() * kPostSlots);
    for (const QJsonObject& row : rows) {
        for (int j = 0; j < kPostSlots; ++j) {
            const QString prefix = QStringLiteral("s%1_").arg(j);
            if (row.value(prefix + QStringLiteral("id")).isNull() ||
                row.value(prefix + QStringLiteral("listed")).isNull())
                continue; // no such post, or not in a topic the copy keeps
            QJsonObject post;
            for (auto it = row.constBegin(); it != row.constEnd(); ++it)
                if (it.key().startsWith(prefix))
                    post.insert(it.key().mid(prefix.size()), *it);
            posts.append(post);
        }
    }
    return posts;
}

QList<QJsonObject> objects(const ExplorerPage& page, int* malformed)
{
    QList<QJsonObject> result;
    result.reserve(page.rows.size());
    for (const QJsonArray& row : page.rows) {
        if (row.size() != page.columns.size()) {
            ++*malformed;
            continue;
        }
        QJsonObject o;
        for (qsizetype i = 0; i < row.size(); ++i)
            o.insert(page.columns.at(i), row.at(i));
        result.append(o);
    }
    return result;
}

Counts counts(const QJsonObject& row)
{
    auto count = [&row](QLatin1StringView key) {
        return row.value(key).isDouble() ? qint64(row.value(key).toDouble()) : -1;
    };
    Counts c;
    c.users = count(QLatin1StringView("users"));
    c.topics = count(QLatin1StringView("topics"));
    c.posts = count(QLatin1StringView("posts"));
    c.reviewables = count(QLatin1StringView("reviewables"));
    c.scores = count(QLatin1StringView("scores"));
    c.topPost = parse::id(row, QLatin1StringView("top_post"));
    c.topTopic = parse::id(row, QLatin1StringView("top_topic"));
    return c;
}

User user(const QJsonObject& row)
{
    using parse::id, parse::integer, parse::string, parse::time;
    User u;
    u.id = id(row, QLatin1StringView("id"));
    u.username = string(row, QLatin1StringView("username"));
    u.name = string(row, QLatin1StringView("name"));
    u.trustLevel = trustLevelFromInt(integer(row, QLatin1StringView("trust_level")))
                       .value_or(TrustLevel::NewUser);
    u.admin = flag(row, QLatin1StringView("admin"));
    u.moderator = flag(row, QLatin1StringView("moderator"));
    u.staged = flag(row, QLatin1StringView("staged"));
    u.active = flag(row, QLatin1StringView("active"));
    u.approved = flag(row, QLatin1StringView("approved"));
    u.createdAt = time(row, QLatin1StringView("created_at"));
    u.lastSeenAt = time(row, QLatin1StringView("last_seen_at"));
    u.suspendedUntil = time(row, QLatin1StringView("suspended_till"));
    if (u.suspendedUntil.isValid())
        u.suspendReason = string(row, QLatin1StringView("suspend_reason"));
    u.silencedUntil = time(row, QLatin1StringView("silenced_till"));
    u.postCount = integer(row, QLatin1StringView("post_count"));
    u.topicCount = integer(row, QLatin1StringView("topic_count"));
    u.likesReceived = integer(row, QLatin1StringView("likes_received"));
    return u;
}

Topic topic(const QJsonObject& row, Id acceptedAnswer)
{
    using parse::id, parse::integer, parse::string, parse::time;
    Topic t;
    t.id = id(row, QLatin1StringView("id"));
    t.title = string(row, QLatin1StringView("title"));
    t.slug = string(row, QLatin1StringView("slug"));
    t.categoryId = id(row, QLatin1StringView("category"));
    t.userId = id(row, QLatin1StringView("author"));
    t.archetype = archetypeFromString(string(row, QLatin1StringView("archetype")));
    t.createdAt = time(row, QLatin1StringView("created_at"));
    t.lastPostedAt = time(row, QLatin1StringView("last_posted_at"));
    t.bumpedAt = time(row, QLatin1StringView("bumped_at"));
    t.deletedAt = time(row, QLatin1StringView("deleted_at"));
    t.postsCount = integer(row, QLatin1StringView("posts_count"));
    t.highestPostNumber = integer(row, QLatin1StringView("highest_post_number"));
    t.replyCount = integer(row, QLatin1StringView("reply_count"));
    t.views = integer(row, QLatin1StringView("views"));
    t.likeCount = integer(row, QLatin1StringView("like_count"));
    t.closed = flag(row, QLatin1StringView("closed"));
    t.archived = flag(row, QLatin1StringView("archived"));
    t.visible = flag(row, QLatin1StringView("visible"));
    t.pinned = flag(row, QLatin1StringView("pinned"));
    t.pinnedGlobally = flag(row, QLatin1StringView("pinned_globally"));
    if (acceptedAnswer > 0)
        t.acceptedAnswerPostId = acceptedAnswer;
    static constexpr QLatin1StringView kTagKeys[kTagColumns]{
        QLatin1StringView("tag1"), QLatin1StringView("tag2"), QLatin1StringView("tag3"),
        QLatin1StringView("tag4"), QLatin1StringView("tag5")};
    for (QLatin1StringView key : kTagKeys)
        if (const QString name = string(row, key); !name.isEmpty())
            t.tags.append(name);
    return t;
}

bool hasMoreTags(const QJsonObject& row)
{
    return parse::integer(row, QLatin1StringView("tag_count")) > kTagColumns;
}

Post post(const QJsonObject& row, bool acceptedAnswer)
{
    using parse::id, parse::integer, parse::string, parse::time;
    Post p;
    p.id = id(row, QLatin1StringView("id"));
    p.topicId = id(row, QLatin1StringView("topic"));
    p.postNumber = integer(row, QLatin1StringView("post_number"));
    p.type = postTypeFromInt(integer(row, QLatin1StringView("post_type"), 1))
                 .value_or(PostType::Regular);
    p.userId = id(row, QLatin1StringView("author"));
    p.username = string(row, QLatin1StringView("username"));
    p.createdAt = time(row, QLatin1StringView("created_at"));
    p.updatedAt = time(row, QLatin1StringView("updated_at"));
    p.deletedAt = time(row, QLatin1StringView("deleted_at"));
    p.replyToPostNumber = integer(row, QLatin1StringView("reply_to_post_number"));
    p.replyCount = integer(row, QLatin1StringView("reply_count"));
    p.likeCount = integer(row, QLatin1StringView("like_count"));
    p.version = integer(row, QLatin1StringView("version"), 1);
    p.hidden = flag(row, QLatin1StringView("hidden"));
    p.acceptedAnswer = acceptedAnswer;
    p.raw = string(row, QLatin1StringView("raw"));
    p.cooked = string(row, QLatin1StringView("cooked"));
    return p;
}

Reviewable reviewable(const QJsonObject& row)
{
    using parse::id, parse::integer, parse::number, parse::string, parse::time;
    Reviewable r;
    r.id = id(row, QLatin1StringView("id"));
    r.typeName = string(row, QLatin1StringView("type"));
    r.type = reviewableTypeFromName(r.typeName);
    r.status = reviewableStatusFromInt(integer(row, QLatin1StringView("status")))
                   .value_or(ReviewableStatus::Pending);
    r.score = number(row, QLatin1StringView("score"));
    r.version = integer(row, QLatin1StringView("version"));
    r.createdAt = time(row, QLatin1StringView("created_at"));
    r.topicId = id(row, QLatin1StringView("topic"));
    r.categoryId = id(row, QLatin1StringView("category"));
    r.targetId = id(row, QLatin1StringView("target"));
    r.createdById = id(row, QLatin1StringView("creator"));
    r.targetCreatedById = id(row, QLatin1StringView("target_creator"));
    r.reviewedAt = time(row, QLatin1StringView("reviewed_at"));
    r.reviewedById = id(row, QLatin1StringView("reviewer"));
    // json columns come as text; jsonb as text too, but be lenient with an object.
    const QJsonValue payload = row.value(QLatin1StringView("payload"));
    const QJsonObject o = payload.isObject()
                              ? payload.toObject()
                              : QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    r.payloadRaw = parse::string(o, QLatin1StringView("raw"));
    r.payloadTitle = parse::string(o, QLatin1StringView("title"));
    return r;
}

std::pair<Id, ReviewableScore> score(const QJsonObject& row)
{
    using parse::id, parse::integer, parse::number, parse::string, parse::time;
    ReviewableScore s;
    s.id = id(row, QLatin1StringView("id"));
    s.userId = id(row, QLatin1StringView("flagger"));
    s.scoreTypeId = integer(row, QLatin1StringView("score_type"));
    s.scoreTypeKey = scoreTypeKey(s.scoreTypeId);
    s.score = number(row, QLatin1StringView("score"));
    s.status = scoreStatusFromInt(integer(row, QLatin1StringView("status")))
                   .value_or(ScoreStatus::Pending);
    s.reason = string(row, QLatin1StringView("reason"));
    s.createdAt = time(row, QLatin1StringView("created_at"));
    s.reviewedAt = time(row, QLatin1StringView("reviewed_at"));
    s.reviewedById = id(row, QLatin1StringView("reviewer"));
    return {id(row, QLatin1StringView("item")), s};
}

std::pair<Id, QString> tag(const QJsonObject& row)
{
    return {parse::id(row, QLatin1StringView("topic")),
            parse::string(row, QLatin1StringView("name"))};
}

std::pair<Id, Id> solved(const QJsonObject& row)
{
    return {parse::id(row, QLatin1StringView("topic")),
            parse::id(row, QLatin1StringView("answer"))};
}

} // namespace steward::bulk
