// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/server/explorertables.h"

#include "models/sandbox/content/postcontent.h"
#include "models/sandbox/server/json.h"

#include <QHashFunctions>
#include <QTimeZone>

#include <algorithm>
#include <cstring>

namespace steward::sandbox::explorer {

namespace {

/// Columns from the "Schema Information" blocks of Discourse's app/models/*.rb
/// (docs/data-explorer.md §5).
constexpr TableDef kTables[] = {
    {"posts", "id INTEGER PRIMARY KEY, user_id INTEGER, topic_id INTEGER NOT NULL, post_number "
              "INTEGER NOT NULL, "
              "raw TEXT NOT NULL, cooked TEXT NOT NULL, created_at TIMESTAMP NOT NULL, updated_at "
              "TIMESTAMP NOT NULL, "
              "reply_to_post_number INTEGER, reply_count INTEGER NOT NULL, deleted_at TIMESTAMP, "
              "deleted_by_id INTEGER, "
              "hidden BOOLEAN NOT NULL, post_type INTEGER NOT NULL, like_count INTEGER NOT NULL, "
              "version INTEGER NOT NULL, "
              "action_code TEXT, wiki BOOLEAN NOT NULL"},
    {"topics",
     "id INTEGER PRIMARY KEY, title TEXT NOT NULL, fancy_title TEXT, slug TEXT, category_id "
     "INTEGER, "
     "user_id INTEGER, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, "
     "bumped_at TIMESTAMP NOT NULL, last_posted_at TIMESTAMP, deleted_at TIMESTAMP, deleted_by_id "
     "INTEGER, "
     "archetype TEXT NOT NULL, visible BOOLEAN NOT NULL, closed BOOLEAN NOT NULL, archived BOOLEAN "
     "NOT NULL, "
     "pinned_at TIMESTAMP, pinned_globally BOOLEAN NOT NULL, posts_count INTEGER NOT NULL, "
     "reply_count INTEGER NOT NULL, views INTEGER NOT NULL, like_count INTEGER NOT NULL, "
     "highest_post_number INTEGER NOT NULL, last_post_user_id INTEGER NOT NULL"},
    {"users",
     "id INTEGER PRIMARY KEY, username TEXT NOT NULL, username_lower TEXT NOT NULL, name TEXT, "
     "created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, active BOOLEAN NOT NULL, "
     "approved BOOLEAN NOT NULL, admin BOOLEAN NOT NULL, moderator BOOLEAN, trust_level INTEGER "
     "NOT NULL, "
     "last_seen_at TIMESTAMP, suspended_at TIMESTAMP, suspended_till TIMESTAMP, silenced_till "
     "TIMESTAMP, "
     "staged BOOLEAN NOT NULL"},
    {"user_stats",
     "user_id INTEGER PRIMARY KEY, topic_count INTEGER NOT NULL, post_count INTEGER NOT NULL, "
     "likes_received INTEGER NOT NULL, likes_given INTEGER NOT NULL"},
    {"categories",
     "id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_lower TEXT NOT NULL, slug TEXT NOT NULL, "
     "parent_category_id INTEGER, description TEXT, color TEXT, text_color TEXT, position INTEGER, "
     "read_restricted BOOLEAN NOT NULL, topic_count INTEGER NOT NULL, post_count INTEGER NOT NULL, "
     "topic_id INTEGER, user_id INTEGER NOT NULL, created_at TIMESTAMP NOT NULL, "
     "updated_at TIMESTAMP NOT NULL"},
    {"reviewables",
     "id INTEGER PRIMARY KEY, type TEXT NOT NULL, status INTEGER NOT NULL, created_by_id INTEGER "
     "NOT NULL, "
     "reviewable_by_moderator BOOLEAN, category_id INTEGER, topic_id INTEGER, score FLOAT NOT "
     "NULL, "
     "target_id INTEGER, target_type TEXT, target_created_by_id INTEGER, payload JSON, "
     "version INTEGER NOT NULL, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, "
     "reject_reason TEXT"},
    {"reviewable_scores",
     "id INTEGER PRIMARY KEY, reviewable_id INTEGER NOT NULL, user_id INTEGER NOT NULL, "
     "reviewable_score_type INTEGER NOT NULL, status INTEGER NOT NULL, score FLOAT, reason TEXT, "
     "reviewed_by_id INTEGER, reviewed_at TIMESTAMP, created_at TIMESTAMP, updated_at TIMESTAMP"},
    {"reviewable_histories", "id INTEGER PRIMARY KEY, reviewable_id INTEGER NOT NULL, "
                             "reviewable_history_type INTEGER NOT NULL, status INTEGER NOT NULL, "
                             "created_by_id INTEGER NOT NULL, created_at TIMESTAMP NOT NULL, "
                             "updated_at TIMESTAMP NOT NULL"},
    {"discourse_solved_solved_topics",
     "id INTEGER PRIMARY KEY, topic_id INTEGER NOT NULL UNIQUE, "
     "answer_post_id INTEGER NOT NULL UNIQUE, accepter_user_id INTEGER, "
     "topic_timer_id INTEGER, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL"},
    {"tags", "id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at TIMESTAMP NOT NULL, "
             "updated_at TIMESTAMP NOT NULL, pm_topic_count INTEGER NOT NULL, target_tag_id "
             "INTEGER, description TEXT, "
             "public_topic_count INTEGER NOT NULL, staff_topic_count INTEGER NOT NULL"},
    {"topic_tags", "id INTEGER PRIMARY KEY, topic_id INTEGER NOT NULL, tag_id INTEGER NOT NULL, "
                   "created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL"},
    {"user_histories",
     "id INTEGER PRIMARY KEY, action INTEGER NOT NULL, acting_user_id INTEGER, target_user_id "
     "INTEGER, "
     "details TEXT, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, context TEXT, "
     "ip_address TEXT, email TEXT, subject TEXT, previous_value TEXT, new_value TEXT, topic_id "
     "INTEGER, "
     "admin_only BOOLEAN, post_id INTEGER, custom_type TEXT, category_id INTEGER"},
};
static_assert(std::size(kTables) == std::size_t(kTableCount));

constexpr int columnCount(const char* columns)
{
    int n = 1;
    for (; *columns; ++columns)
        n += *columns == ',';
    return n;
}

/// Row::fingerprint() hashes up to this many values.
constexpr int kMaxColumns = 32;
constexpr bool fitsFingerprint()
{
    for (const TableDef& t : kTables)
        if (columnCount(t.columns) > kMaxColumns)
            return false;
    return true;
}
static_assert(fitsFingerprint(), "a table has more columns than Row::fingerprint() hashes");

// A new PostRecord field must join postInputs() below if the posts row shows it.
static_assert(sizeof(PostRecord) == 72, "PostRecord changed: update postInputs()");

/// What a posts row is made of, hashed without making its text: the record, an edit's
/// Markdown, and the author of a quoted post (a FollowUp may quote whoever wrote the post it
/// replies to, which moving posts can change).
quint64 postInputs(const SandboxCommunity& c, const PostRecord& p)
{
    qint64 inputs[] = {p.id,
                       p.topicId,
                       p.userId,
                       p.createdAt,
                       p.deletedAt,
                       p.deletedById,
                       qint64(p.postNumber),
                       qint64(p.replyToPostNumber),
                       qint64(p.likeCount),
                       qint64(p.version),
                       qint64(p.type),
                       qint64(p.kind),
                       qint64(p.hidden),
                       0,
                       0};
    if (const auto it = c.editedRaw.constFind(p.id); it != c.editedRaw.cend())
        inputs[13] = qint64(qHash(*it, 0x5eed)) | 1;
    if (p.kind == PostKind::FollowUp && p.replyToPostNumber > 0) {
        const TopicRecord* topic = c.topic(p.topicId);
        if (topic && p.replyToPostNumber <= int(topic->posts.size()))
            inputs[14] =
                c.posts[std::size_t(topic->posts[std::size_t(p.replyToPostNumber - 1)])].userId;
    }
    const size_t h = qHashBits(inputs, sizeof inputs, 0x706f7374);
    return h ? h : 1;
}

} // namespace

std::span<const TableDef> tables()
{
    return kTables;
}

const TableDef& tableDef(Table table)
{
    return kTables[int(table)];
}

Row& Row::time(const QDateTime& v)
{
    if (!v.isValid())
        return null();
    m_values.push_back({Value::Time, v.toMSecsSinceEpoch(), 0, {}});
    return *this;
}

quint64 Row::fingerprint() const
{
    // Each value as two words (kind, payload; text by its hash), hashed at once.
    qint64 words[2 * kMaxColumns];
    const std::size_t n = std::min<std::size_t>(m_values.size(), kMaxColumns);
    for (std::size_t i = 0; i < n; ++i) {
        const Value& v = m_values[i];
        words[2 * i] = v.kind;
        switch (v.kind) {
        case Value::Null:
            words[2 * i + 1] = 0;
            break;
        case Value::Integer:
        case Value::Time:
            words[2 * i + 1] = v.integer;
            break;
        case Value::Real:
            std::memcpy(&words[2 * i + 1], &v.real, sizeof v.real);
            break;
        case Value::Text:
            words[2 * i + 1] = qint64(qHash(v.text, 0x7e47));
            break;
        }
    }
    static_assert(sizeof(double) == sizeof(qint64));
    Q_ASSERT(m_values.size() <= std::size_t(kMaxColumns)); // fitsFingerprint()
    const size_t h = qHashBits(words, 2 * n * sizeof(qint64), m_values.size());
    return h ? h : 1;
}

qint64 tagHashId(const QString& name)
{
    quint32 hash = 2166136261u; // json_topic.cpp's tagObjects(): FNV-1a of the name's UTF-16 units
    for (QChar c : name)
        hash = (hash ^ c.unicode()) * 16777619u;
    return qint64(hash % 100000u) + 1;
}

bool produceRows(const SandboxCommunity& community, RowSink& sink)
{
    using namespace detail;
    for (auto produce : {producePosts, produceTopics, produceUsers, produceCategories,
                         produceReviews, produceSolved, produceTags, produceUserHistories}) {
        if (!produce(community, sink))
            return false;
    }
    return !sink.stopped();
}

qint64 indexWork(const SandboxCommunity& c)
{
    return qint64(c.posts.size());
}

qint64 expectedWork(const SandboxCommunity& c)
{
    return indexWork(c) + kPostWork * qint64(c.posts.size()) + 3 * qint64(c.topics.size()) +
           3 * qint64(c.users.size()) + c.categories.size() + 3 * qint64(c.reviews.size());
}

namespace detail {

bool offer(RowSink& sink, Table table, const Row& row)
{
    const qint64 key = row.values().front().integer;
    return !sink.wants(table, key, row.fingerprint()) || sink.write(table, row);
}

bool producePosts(const SandboxCommunity& c, RowSink& sink)
{
    Row row;
    for (const PostRecord& p : c.posts) {
        if (sink.stopped())
            return false;
        if (!sink.wants(Table::Posts, p.id, postInputs(c, p)))
            continue;
        const RenderedPost text = postContent(c, p); // what json_post.cpp's textOf() serves
        const char* code = actionCode(p.kind);
        row.clear();
        row.integer(p.id)
            .id(p.userId)
            .integer(p.topicId)
            .integer(p.postNumber)
            .text(text.raw)
            .text(text.cooked)
            .time(p.createdAt)
            .time(json::postUpdatedAt(p))
            .id(p.replyToPostNumber)
            .integer(0) // reply_count: json_post.cpp serves 0 for every post
            .time(p.deletedAt)
            .id(p.deletedById)
            .boolean(p.hidden)
            .integer(int(p.type))
            .integer(p.likeCount)
            .integer(p.version);
        (code ? row.text(QString::fromLatin1(code)) : row.null()).boolean(false);
        if (!sink.write(Table::Posts, row))
            return false;
    }
    return true;
}

bool produceTopics(const SandboxCommunity& c, RowSink& sink)
{
    Row row;
    for (const TopicRecord& t : c.topics) {
        if (sink.stopped())
            return false;
        const Topic& topic = t.topic;
        const SandboxUser* last = json::lastPoster(c, t);
        row.clear();
        row.integer(topic.id)
            .text(topic.title)
            .text(topic.title.toHtmlEscaped())
            .text(topic.slug)
            .id(topic.categoryId)
            .id(topic.userId)
            .time(topic.createdAt)
            .time(topic.bumpedAt)
            .time(topic.bumpedAt)
            .time(topic.lastPostedAt)
            .time(topic.deletedAt)
            .id(t.deletedById)
            .text(archetypeToString(topic.archetype))
            .boolean(topic.visible)
            .boolean(topic.closed)
            .boolean(topic.archived)
            .time(topic.pinned ? topic.createdAt : QDateTime())
            .boolean(topic.pinnedGlobally)
            .integer(topic.postsCount)
            .integer(topic.replyCount)
            .integer(topic.views)
            .integer(topic.likeCount)
            .integer(qint64(t.posts.size()))
            .integer(last ? last->user.id : topic.userId);
        if (!offer(sink, Table::Topics, row))
            return false;
    }
    return true;
}

bool produceUsers(const SandboxCommunity& c, RowSink& sink)
{
    Row row;
    for (const SandboxUser& m : c.users) {
        if (sink.stopped())
            return false;
        if (m.deleted) // gone from every endpoint, as a deleted Discourse user is gone from users
            continue;
        const User& u = m.user;
        const bool suspended = u.suspendedUntil.isValid();
        row.clear();
        row.integer(u.id)
            .text(u.username)
            .text(u.username.toLower())
            .nullableText(u.name)
            .time(u.createdAt)
            .time(u.lastSeenAt.isValid() ? u.lastSeenAt : u.createdAt)
            .boolean(u.active)
            .boolean(u.approved)
            .boolean(u.admin)
            .boolean(u.moderator)
            .integer(int(u.trustLevel))
            .time(u.lastSeenAt)
            .time(suspended ? m.suspendedAt : QDateTime())
            .time(u.suspendedUntil)
            .time(u.silencedUntil)
            .boolean(u.staged);
        if (!offer(sink, Table::Users, row))
            return false;
        row.clear();
        row.integer(u.id)
            .integer(std::max(0, u.topicCount))
            .integer(u.postCount)
            .integer(std::max(0, u.likesReceived))
            .integer(json::likesGiven(u));
        if (!offer(sink, Table::UserStats, row))
            return false;
    }
    return true;
}

bool produceCategories(const SandboxCommunity& c, RowSink& sink)
{
    // Discourse records who created a category; the sandbox's were made by its first admin.
    Id creator = 0;
    for (const SandboxUser& m : c.users) {
        if (m.user.admin) {
            creator = m.user.id;
            break;
        }
    }
    Row row;
    for (const Category& cat : c.categories) {
        row.clear();
        row.integer(cat.id)
            .text(cat.name)
            .text(cat.name.toLower())
            .text(cat.slug)
            .id(cat.parentId)
            .text(cat.description)
            .text(cat.color)
            .text(cat.textColor)
            .integer(cat.position)
            .boolean(cat.readRestricted)
            .integer(cat.topicCount)
            .integer(cat.postCount)
            .id(cat.definitionTopicId)
            .integer(creator)
            .time(c.start)
            .time(c.start);
        if (!offer(sink, Table::Categories, row))
            return false;
    }
    return true;
}

} // namespace detail

} // namespace steward::sandbox::explorer
