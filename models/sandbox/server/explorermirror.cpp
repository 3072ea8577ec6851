// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/server/explorermirror.h"

#include "models/sandbox/content/postcontent.h"
#include "models/sandbox/server/json.h"

#include <QElapsedTimer>
#include <QJsonDocument>

#include <sqlite3.h>

#include <algorithm>

namespace steward::sandbox {

namespace {

/// The mirrored tables, columns in Discourse's names (docs/data-explorer.md §5). Declared
/// types: BOOLEAN columns come out of runs as JSON true/false, TIMESTAMP columns hold ISO text.
struct TableDef
{
    const char* name;
    const char* columns;
};

constexpr TableDef kTables[] = {
    {"posts", "id INTEGER PRIMARY KEY, user_id INTEGER, topic_id INTEGER NOT NULL, post_number INTEGER NOT NULL, "
              "raw TEXT NOT NULL, cooked TEXT NOT NULL, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, "
              "reply_to_post_number INTEGER, deleted_at TIMESTAMP, deleted_by_id INTEGER, hidden BOOLEAN NOT NULL, "
              "post_type INTEGER NOT NULL, like_count INTEGER NOT NULL, version INTEGER NOT NULL, action_code TEXT, "
              "wiki BOOLEAN NOT NULL"},
    {"topics", "id INTEGER PRIMARY KEY, title TEXT NOT NULL, fancy_title TEXT, slug TEXT, category_id INTEGER, "
               "user_id INTEGER, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, "
               "bumped_at TIMESTAMP NOT NULL, last_posted_at TIMESTAMP, deleted_at TIMESTAMP, deleted_by_id INTEGER, "
               "archetype TEXT NOT NULL, visible BOOLEAN NOT NULL, closed BOOLEAN NOT NULL, archived BOOLEAN NOT NULL, "
               "pinned_at TIMESTAMP, pinned_globally BOOLEAN NOT NULL, posts_count INTEGER NOT NULL, "
               "reply_count INTEGER NOT NULL, views INTEGER NOT NULL, like_count INTEGER NOT NULL, "
               "highest_post_number INTEGER NOT NULL, last_post_user_id INTEGER NOT NULL"},
    {"users", "id INTEGER PRIMARY KEY, username TEXT NOT NULL, username_lower TEXT NOT NULL, name TEXT, "
              "created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, active BOOLEAN NOT NULL, "
              "approved BOOLEAN NOT NULL, admin BOOLEAN NOT NULL, moderator BOOLEAN, trust_level INTEGER NOT NULL, "
              "last_seen_at TIMESTAMP, suspended_at TIMESTAMP, suspended_till TIMESTAMP, silenced_till TIMESTAMP, "
              "staged BOOLEAN NOT NULL"},
    {"user_stats", "user_id INTEGER PRIMARY KEY, topic_count INTEGER NOT NULL, post_count INTEGER NOT NULL, "
                   "likes_received INTEGER NOT NULL, likes_given INTEGER NOT NULL"},
    {"categories", "id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_lower TEXT NOT NULL, slug TEXT NOT NULL, "
                   "parent_category_id INTEGER, description TEXT, color TEXT, text_color TEXT, position INTEGER, "
                   "read_restricted BOOLEAN NOT NULL, topic_count INTEGER NOT NULL, post_count INTEGER NOT NULL, "
                   "topic_id INTEGER, user_id INTEGER NOT NULL, created_at TIMESTAMP NOT NULL, "
                   "updated_at TIMESTAMP NOT NULL"},
    {"reviewables", "id INTEGER PRIMARY KEY, type TEXT NOT NULL, status INTEGER NOT NULL, created_by_id INTEGER NOT NULL, "
                    "reviewable_by_moderator BOOLEAN, category_id INTEGER, topic_id INTEGER, score FLOAT NOT NULL, "
                    "target_id INTEGER, target_type TEXT, target_created_by_id INTEGER, payload JSON, "
                    "version INTEGER NOT NULL, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, "
                    "reject_reason TEXT"},
    {"reviewable_scores", "id INTEGER PRIMARY KEY, reviewable_id INTEGER NOT NULL, user_id INTEGER NOT NULL, "
                          "reviewable_score_type INTEGER NOT NULL, status INTEGER NOT NULL, score FLOAT, reason TEXT, "
                          "reviewed_by_id INTEGER, reviewed_at TIMESTAMP, created_at TIMESTAMP, updated_at TIMESTAMP"},
    {"reviewable_histories", "id INTEGER PRIMARY KEY, reviewable_id INTEGER NOT NULL, "
                             "reviewable_history_type INTEGER NOT NULL, status INTEGER NOT NULL, "
                             "created_by_id INTEGER NOT NULL, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL"},
    {"discourse_solved_solved_topics", "id INTEGER PRIMARY KEY, topic_id INTEGER NOT NULL UNIQUE, "
                                       "answer_post_id INTEGER NOT NULL UNIQUE, accepter_user_id INTEGER, "
                                       "topic_timer_id INTEGER, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL"},
};

QString lastError(sqlite3* db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

bool exec(sqlite3* db, const QByteArray& sql, QString* error)
{
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    *error = QStringLiteral("%1: %2").arg(QString::fromUtf8(sql.left(60)), lastError(db));
    return false;
}

/// One prepared INSERT of a table; row values are bound in column order, then insert().
class Inserter
{
public:
    Inserter(sqlite3* db, const TableDef& table)
        : m_db(db), m_columns(int(QByteArray(table.columns).count(',')) + 1)
    {
        QByteArray sql = QByteArrayLiteral("INSERT INTO ") + table.name + " VALUES (?";
        for (int i = 1; i < m_columns; ++i)
            sql += ",?";
        sql += ')';
        sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_statement, nullptr);
    }
    ~Inserter() { sqlite3_finalize(m_statement); }
    bool ok() const { return m_statement != nullptr; }

    Inserter& integer(qint64 v) { sqlite3_bind_int64(m_statement, ++m_index, v); return *this; }
    Inserter& id(Id v) { return v ? integer(v) : null(); } ///< 0 is NULL
    Inserter& boolean(bool v) { return integer(v ? 1 : 0); }
    Inserter& real(double v) { sqlite3_bind_double(m_statement, ++m_index, v); return *this; }
    Inserter& null() { sqlite3_bind_null(m_statement, ++m_index); return *this; }
    Inserter& text(const QString& v)
    {
        const QByteArray utf8 = v.toUtf8();
        sqlite3_bind_text(m_statement, ++m_index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Inserter& nullableText(const QString& v) { return v.isEmpty() ? null() : text(v); }
    /// A JSON time value (json::time) as the writers serve it: null or ISO text.
    Inserter& time(const QJsonValue& v) { return v.isNull() ? null() : text(v.toString()); }

    bool insert(QString* error)
    {
        const bool complete = m_index == m_columns;
        const int rc = complete ? sqlite3_step(m_statement) : SQLITE_MISUSE;
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        m_index = 0;
        if (rc == SQLITE_DONE)
            return true;
        *error = complete ? lastError(m_db) : QStringLiteral("a mirror row has the wrong number of values");
        return false;
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
    int m_columns;
    int m_index = 0;
};

const TableDef& table(const char* name)
{
    for (const TableDef& t : kTables) {
        if (qstrcmp(t.name, name) == 0)
            return t;
    }
    Q_UNREACHABLE();
}

bool insertPosts(sqlite3* db, const SandboxCommunity& c, QString* error)
{
    Inserter row(db, table("posts"));
    for (const PostRecord& p : c.posts) {
        const RenderedPost text = postContent(c, p); // what json_post.cpp's textOf() serves
        const char* code = actionCode(p.kind);
        row.integer(p.id).id(p.userId).integer(p.topicId).integer(p.postNumber).text(text.raw).text(text.cooked)
            .time(json::time(p.createdAt)).time(json::time(json::postUpdatedAt(p))).id(p.replyToPostNumber)
            .time(json::time(p.deletedAt)).id(p.deletedById).boolean(p.hidden).integer(int(p.type))
            .integer(p.likeCount).integer(p.version);
        (code ? row.text(QString::fromLatin1(code)) : row.null()).boolean(false);
        if (!row.insert(error))
            return false;
    }
    return true;
}

bool insertTopics(sqlite3* db, const SandboxCommunity& c, QString* error)
{
    Inserter row(db, table("topics"));
    for (const TopicRecord& t : c.topics) {
        const Topic& topic = t.topic;
        const SandboxUser* last = json::lastPoster(c, t);
        row.integer(topic.id).text(topic.title).text(topic.title.toHtmlEscaped()).text(topic.slug).id(topic.categoryId)
            .id(topic.userId).time(json::time(topic.createdAt)).time(json::time(topic.bumpedAt))
            .time(json::time(topic.bumpedAt)).time(json::time(topic.lastPostedAt)).time(json::time(topic.deletedAt))
            .id(t.deletedById).text(archetypeToString(topic.archetype)).boolean(topic.visible).boolean(topic.closed)
            .boolean(topic.archived).time(topic.pinned ? json::time(topic.createdAt) : QJsonValue())
            .boolean(topic.pinnedGlobally).integer(topic.postsCount).integer(topic.replyCount).integer(topic.views)
            .integer(topic.likeCount).integer(qint64(t.posts.size())).integer(last ? last->user.id : topic.userId);
        if (!row.insert(error))
            return false;
    }
    return true;
}

bool insertUsers(sqlite3* db, const SandboxCommunity& c, QString* error)
{
    Inserter row(db, table("users"));
    Inserter stats(db, table("user_stats"));
    for (const SandboxUser& m : c.users) {
        if (m.deleted) // gone from every endpoint, as a deleted Discourse user is gone from users
            continue;
        const User& u = m.user;
        const bool suspended = u.suspendedUntil.isValid();
        row.integer(u.id).text(u.username).text(u.username.toLower()).nullableText(u.name)
            .time(json::time(u.createdAt)).time(json::time(u.lastSeenAt.isValid() ? u.lastSeenAt : u.createdAt))
            .boolean(u.active).boolean(u.approved).boolean(u.admin).boolean(u.moderator).integer(int(u.trustLevel))
            .time(json::time(u.lastSeenAt)).time(suspended ? json::time(m.suspendedAt) : QJsonValue())
            .time(json::time(u.suspendedUntil)).time(json::time(u.silencedUntil)).boolean(u.staged);
        stats.integer(u.id).integer(std::max(0, u.topicCount)).integer(u.postCount).integer(std::max(0, u.likesReceived))
            .integer(json::likesGiven(u));
        if (!row.insert(error) || !stats.insert(error))
            return false;
    }
    return true;
}

bool insertCategories(sqlite3* db, const SandboxCommunity& c, QString* error)
{
    // Discourse records who created a category; the sandbox's were made by its first admin.
    Id creator = 0;
    for (const SandboxUser& m : c.users) {
        if (m.user.admin) {
            creator = m.user.id;
            break;
        }
    }
    Inserter row(db, table("categories"));
    for (const Category& cat : c.categories) {
        row.integer(cat.id).text(cat.name).text(cat.name.toLower()).text(cat.slug).id(cat.parentId)
            .text(cat.description).text(cat.color).text(cat.textColor).integer(cat.position)
            .boolean(cat.readRestricted).integer(cat.topicCount).integer(cat.postCount).id(cat.definitionTopicId)
            .integer(creator).time(json::time(c.start)).time(json::time(c.start));
        if (!row.insert(error))
            return false;
    }
    return true;
}

bool insertReviews(sqlite3* db, const SandboxCommunity& c, QString* error)
{
    Inserter row(db, table("reviewables"));
    Inserter score(db, table("reviewable_scores"));
    Inserter history(db, table("reviewable_histories"));
    Id historyId = 0;
    for (const ReviewRecord& record : c.reviews) {
        const Reviewable& r = record.item;
        const Id target = json::reviewableTargetId(c, record);
        const QJsonObject payload = json::reviewablePayload(c, record);
        const QString targetType = !target ? QString()
                                   : r.type == ReviewableType::User ? QStringLiteral("User")
                                                                    : QStringLiteral("Post");
        const QDateTime updated = record.reviewedAt.isValid() ? record.reviewedAt : r.createdAt;
        row.integer(r.id).text(r.typeName).integer(int(r.status)).integer(r.createdById).boolean(true).id(r.categoryId)
            .id(r.topicId).real(r.score).id(target).nullableText(targetType).id(r.targetCreatedById)
            .nullableText(payload.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)))
            .integer(r.version).time(json::time(r.createdAt)).time(json::time(updated)).nullableText(record.rejectReason);
        if (!row.insert(error))
            return false;
        for (qsizetype i = 0; i < r.scores.size(); ++i) {
            const ReviewableScore& s = r.scores[i];
            score.integer(json::reviewableScoreId(r, i)).integer(r.id).integer(s.userId).integer(s.scoreTypeId)
                .integer(int(s.status)).real(s.score).nullableText(s.reason).id(s.reviewedById)
                .time(json::time(s.reviewedAt)).time(json::time(s.createdAt))
                .time(json::time(s.reviewedAt.isValid() ? s.reviewedAt : s.createdAt));
            if (!score.insert(error))
                return false;
        }
        // Derived: a "created" entry, and a "transitioned" one once the item left pending.
        history.integer(++historyId).integer(r.id).integer(0).integer(0).integer(r.createdById)
            .time(json::time(r.createdAt)).time(json::time(r.createdAt));
        if (!history.insert(error))
            return false;
        if (!r.isPending() && record.reviewedAt.isValid()) {
            history.integer(++historyId).integer(r.id).integer(1).integer(int(r.status))
                .integer(record.reviewedById ? record.reviewedById : r.createdById)
                .time(json::time(record.reviewedAt)).time(json::time(record.reviewedAt));
            if (!history.insert(error))
                return false;
        }
    }
    return true;
}

bool insertSolved(sqlite3* db, const SandboxCommunity& c, QString* error)
{
    Inserter row(db, table("discourse_solved_solved_topics"));
    Id id = 0;
    for (const TopicRecord& t : c.topics) {
        if (!t.topic.acceptedAnswerPostId || *t.topic.acceptedAnswerPostId == 0)
            continue;
        const qint64 at = t.solvedAt ? t.solvedAt : toSeconds(t.topic.createdAt);
        row.integer(++id).integer(t.topic.id).integer(*t.topic.acceptedAnswerPostId)
            .id(t.solvedById ? t.solvedById : t.topic.userId).null().time(json::time(at)).time(json::time(at));
        if (!row.insert(error))
            return false;
    }
    return true;
}

} // namespace

ExplorerMirror::ExplorerMirror() = default;

ExplorerMirror::~ExplorerMirror()
{
    close();
}

void ExplorerMirror::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool ExplorerMirror::refresh(const SandboxCommunity& community, QString* error)
{
    if (m_db && m_revision == community.revision)
        return true;
    close();
    QElapsedTimer timer;
    timer.start();
    // "": a private temporary database on disk, deleted when closed; pages beyond the cache
    // spill to disk instead of memory.
    if (sqlite3_open_v2("", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_PRIVATECACHE, nullptr) != SQLITE_OK) {
        *error = QStringLiteral("cannot open the Data Explorer mirror: %1").arg(m_db ? lastError(m_db) : QString());
        close();
        return false;
    }
    if (!build(community, error)) {
        close();
        return false;
    }
    m_revision = community.revision;
    m_buildMs = timer.elapsed();
    ++m_builds;
    return true;
}

bool ExplorerMirror::build(const SandboxCommunity& community, QString* error)
{
    if (!exec(m_db, "PRAGMA journal_mode = OFF", error) || !exec(m_db, "PRAGMA synchronous = OFF", error)
        || !exec(m_db, "PRAGMA cache_size = -131072", error) || !exec(m_db, "BEGIN", error))
        return false;
    for (const TableDef& t : kTables) {
        if (!exec(m_db, QByteArrayLiteral("CREATE TABLE ") + t.name + " (" + t.columns + ")", error))
            return false;
    }
    const bool filled = insertPosts(m_db, community, error) && insertTopics(m_db, community, error)
                        && insertUsers(m_db, community, error) && insertCategories(m_db, community, error)
                        && insertReviews(m_db, community, error) && insertSolved(m_db, community, error);
    return filled && exec(m_db, "CREATE INDEX index_posts_on_topic_id ON posts (topic_id, post_number)", error)
           && exec(m_db, "COMMIT", error) && exec(m_db, "PRAGMA query_only = ON", error);
}

bool ExplorerMirror::isBooleanType(const char* declaredType)
{
    return declaredType && qstricmp(declaredType, "BOOLEAN") == 0;
}

QStringList ExplorerMirror::booleanColumns(const QString& tableName)
{
    QStringList result;
    for (const TableDef& t : kTables) {
        if (tableName != QLatin1StringView(t.name))
            continue;
        for (const QString& column : QString::fromLatin1(t.columns).split(u','))
            if (column.simplified().section(u' ', 1, 1) == u"BOOLEAN")
                result << column.simplified().section(u' ', 0, 0);
    }
    return result;
}

} // namespace steward::sandbox
