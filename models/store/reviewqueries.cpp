// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/reviewqueries.h"

#include "models/domain/plaintext.h"
#include "models/store/database.h"
#include "models/store/sqldialect.h"
#include "models/store/sqlvalue.h"
#include "models/store/statement.h"
#include "models/store/storelog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace steward::reviewqueries {

namespace {

constexpr int kExcerptChars = 240;

/// "8,8,3" (one score type id per score) as ids with counts, most frequent first.
QVarLengthArray<std::pair<int, int>, 4> countReasons(const char* ids)
{
    // A handful of ids: a linear tally beats a hash here, and nothing is allocated.
    QVarLengthArray<std::pair<int, int>, 4> out;
    for (const char* c = ids; c && *c;) {
        int type = 0;
        bool digits = false;
        for (; *c >= '0' && *c <= '9'; ++c, digits = true)
            type = type * 10 + (*c - '0');
        if (*c)
            ++c;
        if (!digits)
            continue;
        auto it =
            std::find_if(out.begin(), out.end(), [type](const auto& p) { return p.first == type; });
        if (it == out.end())
            out.append({type, 1});
        else
            ++it->second;
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return out;
}

Post postFrom(const QSqlQuery& q)
{
    Post p;
    p.id = q.value(0).toLongLong();
    p.topicId = q.value(1).toLongLong();
    p.postNumber = q.value(2).toInt();
    p.type = postTypeFromInt(q.value(3).toInt()).value_or(PostType::Regular);
    p.userId = q.value(4).toLongLong();
    p.username = q.value(5).toString();
    p.createdAt = sql::toTime(q.value(6));
    p.updatedAt = sql::toTime(q.value(7));
    p.deletedAt = sql::toTime(q.value(8));
    p.replyToPostNumber = q.value(9).toInt();
    p.replyCount = q.value(10).toInt();
    p.likeCount = q.value(11).toInt();
    p.version = q.value(12).toInt();
    p.hidden = q.value(13).toBool();
    p.acceptedAnswer = q.value(14).toBool();
    p.raw = q.value(15).toString();
    p.cooked = q.value(16).toString();
    return p;
}

const char* const kPostColumns =
    "id, topic_id, post_number, post_type, user_id, username, created_at, updated_at, deleted_at, "
    "reply_to_post_number, reply_count, like_count, version, hidden, accepted_answer, raw, cooked";

FlagRecord flagRecord(QSqlQuery& q)
{
    FlagRecord r;
    if (!execOrLog(q))
        return r;
    while (q.next()) {
        const int n = q.value(1).toInt();
        switch (ScoreStatus(q.value(0).toInt())) {
        case ScoreStatus::Agreed:
            r.agreed += n;
            break;
        case ScoreStatus::Disagreed:
            r.disagreed += n;
            break;
        case ScoreStatus::Ignored:
            r.ignored += n;
            break;
        case ScoreStatus::Pending:
            r.pending += n;
            break;
        }
    }
    return r;
}

} // namespace

namespace {

QList<QueueRow> readQueueRows(const Database& db, const QString& where, qsizetype expected,
                              bool* ok = nullptr)
{
    // The whole queue is read on every open: SQLite's C API, or libpq's binary rows in chunks
    // decoded while the server sends the next; no text but the reasons.
    Statement q;
    QString error;
    const QByteArray sql =
        QStringLiteral(
            "SELECT r.id, r.type, r.status, r.score, r.created_at, r.topic_id, r.category_id, "
            "r.target_id, COALESCE(r.target_created_by_id, r.created_by_id), r.version, "
            "r.claimed_by_id, r.reasons FROM reviewables r %1 ORDER BY r.created_at DESC NULLS "
            "LAST")
            .arg(where)
            .toUtf8();
    if (ok)
        *ok = false;
    if (!q.prepare(db.connection(), sql.constData(), &error)) {
        qCWarning(lcStore, "queue rows: %s", qPrintable(error));
        return {};
    }
    q.setBinaryResults(true); // integers, a float and text
    q.setStreamedResults(true);
    QList<QueueRow> rows;
    rows.reserve(expected);
    while (q.next(&error)) {
        QueueRow r;
        r.id = q.int64(0);
        r.type = ReviewableType(std::clamp(int(q.int64(1)), 0, int(ReviewableType::Other)));
        r.status = reviewableStatusFromInt(int(q.int64(2))).value_or(ReviewableStatus::Pending);
        r.score = q.real(3);
        r.createdAtMs = q.int64(4);
        r.topicId = q.int64(5);
        r.categoryId = q.int64(6);
        r.targetId = q.int64(7);
        r.authorId = q.int64(8);
        r.version = int(q.int64(9));
        r.claimedById = q.int64(10);
        r.reasons = countReasons(q.utf8(11));
        const bool aboutPost =
            r.type == ReviewableType::FlaggedPost || r.type == ReviewableType::Post;
        r.targetPostId = aboutPost ? r.targetId : 0;
        if (r.type == ReviewableType::User)
            r.authorId = r.targetId;
        rows.append(std::move(r));
    }
    if (!error.isEmpty()) {
        qCWarning(lcStore, "queue rows: %s", qPrintable(error));
        return {};
    }
    if (ok)
        *ok = true;
    return rows;
}

} // namespace

QList<QueueRow> queueRows(const Database& db)
{
    return readQueueRows(db, QString(), 0);
}

std::optional<QList<QueueRow>> queueRows(const Database& db, const QSet<Id>& ids)
{
    if (ids.isEmpty())
        return QList<QueueRow>();
    QStringList list; // ids are numbers: written into the statement, never text from outside
    list.reserve(ids.size());
    for (Id id : ids)
        list.append(QString::number(id));
    return readQueueRows(db, QStringLiteral("WHERE r.id IN (%1)").arg(list.join(u',')), ids.size());
}

struct QueueTextReader::Statements
{
    QSqlQuery post;
    QSqlQuery payload;
    QSqlQuery names;
};

QueueTextReader::QueueTextReader(const Database& db)
    : m_statements(std::make_unique<Statements>(Statements{
          QSqlQuery(db.connection()), QSqlQuery(db.connection()), QSqlQuery(db.connection())}))
{
    m_statements->post.prepare(
        // Enough of the cooked HTML for kExcerptChars of text in most posts (markup included).
        QStringLiteral("SELECT substr(cooked, 1, %1) FROM posts WHERE id = ?")
            .arg(kExcerptChars * 8));
    m_statements->payload.prepare(QStringLiteral("SELECT substr(COALESCE(payload_title || ': ', "
                                                 "'') || COALESCE(payload_raw, ''), 1, %1) "
                                                 "FROM reviewables WHERE id = ?")
                                      .arg(kExcerptChars * 4));
    m_statements->names.prepare(QStringLiteral(
        "SELECT (SELECT username FROM users WHERE id = ?), (SELECT title FROM topics WHERE id = "
        "?), "
        "(SELECT name FROM categories WHERE id = ?), (SELECT username FROM users WHERE id = ?)"));
}

QueueTextReader::~QueueTextReader() = default;

QueueRowText QueueTextReader::read(const QueueRow& r)
{
    QueueRowText t;
    QSqlQuery& excerpt = r.targetPostId ? m_statements->post : m_statements->payload;
    excerpt.bindValue(0, r.targetPostId ? r.targetPostId : r.id);
    // As a reader sees the post: from its cooked HTML, or the Markdown of one still queued.
    if (r.type != ReviewableType::User && execOrLog(excerpt) && excerpt.next())
        t.excerpt = r.targetPostId
                        ? plainTextFromCooked(excerpt.value(0).toString(), kExcerptChars)
                        : plainTextFromMarkdown(excerpt.value(0).toString(), kExcerptChars);
    excerpt.finish();
    QSqlQuery& names = m_statements->names;
    for (int i = 0; i < 4; ++i)
        names.bindValue(
            i, std::array{r.authorId, r.topicId, r.categoryId, r.claimedById}[std::size_t(i)]);
    if (execOrLog(names) && names.next()) {
        t.author = names.value(0).toString();
        t.topicTitle = names.value(1).toString();
        t.categoryName = names.value(2).toString();
        t.claimedBy = names.value(3).toString();
    }
    names.finish();
    if (r.type == ReviewableType::User)
        t.excerpt = t.author;
    return t;
}

QHash<Id, QString> queueColumnTexts(const Database& db, int which)
{
    static const char* const kSql[] = {
        "SELECT r.id, CASE WHEN r.type IN (0, 3) THEN substr(p.raw, 1, 60) ELSE "
        "substr(COALESCE(r.payload_title, r.payload_raw, ''), 1, 60) "
        "END FROM reviewables r LEFT JOIN posts p ON r.type IN (0, 3) AND p.id = r.target_id",
        "SELECT r.id, u.username FROM reviewables r LEFT JOIN users u ON u.id = CASE WHEN r.type = "
        "2 THEN r.target_id "
        "ELSE COALESCE(r.target_created_by_id, r.created_by_id) END",
        "SELECT r.id, t.title FROM reviewables r LEFT JOIN topics t ON t.id = r.topic_id",
        "SELECT r.id, c.name FROM reviewables r LEFT JOIN topics t ON t.id = r.topic_id "
        "LEFT JOIN categories c ON c.id = COALESCE(r.category_id, t.category_id)",
        "SELECT r.id, u.username FROM reviewables r LEFT JOIN users u ON u.id = r.claimed_by_id",
    };
    QHash<Id, QString> out;
    Statement q;
    QString error;
    if (which < 0 || which > 4 || !q.prepare(db.connection(), kSql[which], &error))
        return out;
    while (q.next(&error))
        out.insert(q.int64(0), q.text(1).trimmed());
    return out;
}

NameMatches namesMatching(const Database& db, const QString& text)
{
    // Substrings through the trigram indexes (0005_name_search.sql). LIKE's wildcards in the
    // text are taken as wildcards: "john_doe" also finds "john-doe", a harmless superset.
    NameMatches out;
    const QString pattern = u'%' + text.trimmed() + u'%';
    const QString like = QString::fromLatin1(sqldialect::likeParameter(db.backend()));
    const bool server = db.backend() == Database::Backend::PostgreSQL;
    const std::pair<QString, QSet<Id>*> lookups[] = {
        {QStringLiteral("SELECT rowid FROM user_name_search WHERE username LIKE ") + like,
         &out.users},
        {QStringLiteral("SELECT rowid FROM user_name_search WHERE name LIKE ") + like, &out.users},
        {QStringLiteral("SELECT rowid FROM topic_title_search WHERE title LIKE ") + like,
         &out.topics},
        {(server ? QStringLiteral("SELECT id FROM categories WHERE lower(name) LIKE ")
                 : QStringLiteral("SELECT id FROM categories WHERE name LIKE ")) +
             like,
         &out.categories},
        {QStringLiteral("SELECT rowid FROM queued_text_search WHERE payload_title LIKE ") + like,
         &out.queuedItems},
        {QStringLiteral("SELECT rowid FROM queued_text_search WHERE payload_raw LIKE ") + like,
         &out.queuedItems},
    };
    for (const auto& [sql, ids] : lookups) {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        q.addBindValue(pattern);
        if (execOrLog(q))
            while (q.next())
                ids->insert(q.value(0).toLongLong());
    }
    return out;
}

QHash<Id, OpenDecision> openDecisions(const Database& db)
{
    QSqlQuery q(db.connection());
    QHash<Id, OpenDecision> out;
    if (!execOrLog(
            q, QStringLiteral("SELECT target_id, state, actor FROM outbox WHERE kind = "
                              "'review.perform' AND state IN ('pending', 'sending', 'conflict', "
                              "'failed') ORDER BY id")))
        return out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
    return out;
}

QSet<Id> searchQueuePosts(const Database& db, const QString& query)
{
    QSet<Id> out;
    const QString words = sqldialect::fullTextQuery(db.backend(), query);
    if (words.isEmpty())
        return out;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT rowid FROM %1 WHERE %2")
                  .arg(QLatin1StringView(sqldialect::queuePostSearch(db.backend())),
                       QLatin1StringView(sqldialect::fullTextMatch(db.backend()))));
    q.addBindValue(words);
    if (execOrLog(q))
        while (q.next())
            out.insert(q.value(0).toLongLong());
    return out;
}

QList<std::pair<Id, QString>> categories(const Database& db)
{
    QSqlQuery q(db.connection());
    QList<std::pair<Id, QString>> out;
    if (execOrLog(q, QStringLiteral("SELECT id, name FROM categories ORDER BY lower(name)")))
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

std::optional<Reviewable> reviewable(const Database& db, Id id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, type, type_name, status, score, version, created_at, "
                             "topic_id, category_id, target_id, created_by_id, "
                             "target_created_by_id, claimed_by_id, reviewed_at, reviewed_by_id, "
                             "payload_raw, payload_title, actions "
                             "FROM reviewables WHERE id = ?"));
    q.addBindValue(id);
    if (!execOrLog(q) || !q.next())
        return std::nullopt;
    Reviewable r;
    r.id = q.value(0).toLongLong();
    r.type = ReviewableType(std::clamp(q.value(1).toInt(), 0, int(ReviewableType::Other)));
    r.typeName = q.value(2).toString();
    r.status = reviewableStatusFromInt(q.value(3).toInt()).value_or(ReviewableStatus::Pending);
    r.score = q.value(4).toDouble();
    r.version = q.value(5).toInt();
    r.createdAt = sql::toTime(q.value(6));
    r.topicId = q.value(7).toLongLong();
    r.categoryId = q.value(8).toLongLong();
    r.targetId = q.value(9).toLongLong();
    r.createdById = q.value(10).toLongLong();
    r.targetCreatedById = q.value(11).toLongLong();
    r.claimedById = q.value(12).toLongLong();
    r.reviewedAt = sql::toTime(q.value(13));
    r.reviewedById = q.value(14).toLongLong();
    r.payloadRaw = q.value(15).toString();
    r.payloadTitle = q.value(16).toString();
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(17).toString().toUtf8()).array()) {
        const QJsonObject a = v.toObject();
        ReviewableAction action;
        action.id = a.value(QLatin1StringView("id")).toString();
        action.serverAction = a.value(QLatin1StringView("server_action")).toString();
        action.actionName = a.value(QLatin1StringView("action_name")).toString();
        action.bundleId = a.value(QLatin1StringView("bundle")).toString();
        action.label = a.value(QLatin1StringView("label")).toString();
        action.icon = a.value(QLatin1StringView("icon")).toString();
        action.description = a.value(QLatin1StringView("description")).toString();
        action.confirmMessage = a.value(QLatin1StringView("confirm_message")).toString();
        action.requireRejectReason = a.value(QLatin1StringView("require_reject_reason")).toBool();
        r.actions.append(action);
    }
    QSqlQuery s(db.connection());
    s.prepare(QStringLiteral(
        "SELECT id, user_id, score_type_id, score_type_key, score, status, reason, created_at, "
        "reviewed_at, "
        "reviewed_by_id FROM reviewable_scores WHERE reviewable_id = ? ORDER BY id"));
    s.addBindValue(id);
    if (execOrLog(s)) {
        while (s.next()) {
            ReviewableScore score;
            score.id = s.value(0).toLongLong();
            score.userId = s.value(1).toLongLong();
            score.scoreTypeId = s.value(2).toInt();
            score.scoreTypeKey = s.value(3).toString();
            score.score = s.value(4).toDouble();
            score.status = scoreStatusFromInt(s.value(5).toInt()).value_or(ScoreStatus::Pending);
            score.reason = s.value(6).toString();
            score.createdAt = sql::toTime(s.value(7));
            score.reviewedAt = sql::toTime(s.value(8));
            score.reviewedById = s.value(9).toLongLong();
            r.scores.append(score);
        }
    }
    return r;
}

std::optional<Post> post(const Database& db, Id id)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM posts WHERE id = ?").arg(QLatin1StringView(kPostColumns)));
    q.addBindValue(id);
    if (!execOrLog(q) || !q.next())
        return std::nullopt;
    return postFrom(q);
}

QList<Post> postsAround(const Database& db, Id topicId, int number, int before, int after)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT * FROM (SELECT %1 FROM posts WHERE topic_id = ? AND "
                             "post_number < ? ORDER BY post_number DESC "
                             "LIMIT ?) UNION ALL SELECT * FROM (SELECT %1 FROM posts WHERE "
                             "topic_id = ? AND post_number > ? "
                             "ORDER BY post_number LIMIT ?) ORDER BY post_number")
                  .arg(QLatin1StringView(kPostColumns)));
    for (const QVariant& v : {QVariant(topicId), QVariant(number), QVariant(before),
                              QVariant(topicId), QVariant(number), QVariant(after)})
        q.addBindValue(v);
    QList<Post> out;
    if (execOrLog(q))
        while (q.next())
            out.append(postFrom(q));
    return out;
}

std::optional<User> user(const Database& db, Id id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, username, name, avatar_template, trust_level, admin, "
                             "moderator, staged, active, approved, "
                             "created_at, last_seen_at, suspended_until, suspend_reason, "
                             "silenced_until, post_count, topic_count, "
                             "likes_received FROM users WHERE id = ?"));
    q.addBindValue(id);
    if (!execOrLog(q) || !q.next())
        return std::nullopt;
    User u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.name = q.value(2).toString();
    u.avatarTemplate = q.value(3).toString();
    u.trustLevel = trustLevelFromInt(q.value(4).toInt()).value_or(TrustLevel::NewUser);
    u.admin = q.value(5).toBool();
    u.moderator = q.value(6).toBool();
    u.staged = q.value(7).toBool();
    u.active = q.value(8).toBool();
    u.approved = q.value(9).toBool();
    u.createdAt = sql::toTime(q.value(10));
    u.lastSeenAt = sql::toTime(q.value(11));
    u.suspendedUntil = sql::toTime(q.value(12));
    u.suspendReason = q.value(13).toString();
    u.silencedUntil = sql::toTime(q.value(14));
    u.postCount = q.value(15).toInt();
    u.topicCount = q.value(16).toInt();    // -1: not known
    u.likesReceived = q.value(17).toInt(); // -1: not known
    return u;
}

QString username(const Database& db, Id userId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT username FROM users WHERE id = ?"));
    q.addBindValue(userId);
    return execOrLog(q) && q.next() ? q.value(0).toString() : QString();
}

FlagRecord flagsAgainst(const Database& db, Id authorId)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT s.status, COUNT(*) FROM reviewable_scores s JOIN reviewables r ON "
                       "r.id = s.reviewable_id "
                       "WHERE r.target_created_by_id = ? AND r.type IN (0, 3) GROUP BY s.status"));
    q.addBindValue(authorId);
    return flagRecord(q);
}

FlagRecord flagsBy(const Database& db, Id flaggerId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT status, COUNT(*) FROM reviewable_scores WHERE user_id = ? GROUP BY status"));
    q.addBindValue(flaggerId);
    return flagRecord(q);
}

} // namespace steward::reviewqueries
