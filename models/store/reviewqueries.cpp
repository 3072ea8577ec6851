// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/reviewqueries.h"

#include "models/store/database.h"
#include "models/store/sqlvalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace steward::reviewqueries {

namespace {

constexpr int kExcerptChars = 240;

QList<std::pair<int, int>> countReasons(const QString& ids)
{
    QHash<int, int> counts;
    for (QStringView id : QStringView(ids).split(u',', Qt::SkipEmptyParts))
        ++counts[id.toInt()];
    QList<std::pair<int, int>> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return out;
}

/// One line of plain text from the start of a post's Markdown.
QString excerptOf(const QString& raw)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return raw.left(kExcerptChars).replace(space, QStringLiteral(" ")).trimmed();
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
    if (!q.exec())
        return r;
    while (q.next()) {
        const int n = q.value(1).toInt();
        switch (ScoreStatus(q.value(0).toInt())) {
        case ScoreStatus::Agreed: r.agreed += n; break;
        case ScoreStatus::Disagreed: r.disagreed += n; break;
        case ScoreStatus::Ignored: r.ignored += n; break;
        case ScoreStatus::Pending: r.pending += n; break;
        }
    }
    return r;
}

} // namespace

QList<QueueRow> queueRows(const Database& db)
{
    // Post-backed types find their post by target id; queued posts show the queued text.
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT r.id, r.type, r.status, r.score, r.created_at, r.topic_id, COALESCE(r.category_id, t.category_id), "
        "r.target_id, r.target_created_by_id, r.version, "
        "(SELECT group_concat(s.score_type_id) FROM reviewable_scores s WHERE s.reviewable_id = r.id), "
        "CASE WHEN r.type IN (0, 3) THEN substr(p.raw, 1, %1) WHEN r.type = 2 THEN tu.username "
        "ELSE substr(COALESCE(r.payload_title || ': ', '') || COALESCE(r.payload_raw, ''), 1, %1) END, "
        "COALESCE(au.username, p.username, cu.username), t.title, c.name, cl.username, "
        "CASE WHEN r.type IN (0, 3) THEN r.target_id END "
        "FROM reviewables r "
        "LEFT JOIN posts p ON r.type IN (0, 3) AND p.id = r.target_id "
        "LEFT JOIN topics t ON t.id = r.topic_id "
        "LEFT JOIN categories c ON c.id = COALESCE(r.category_id, t.category_id) "
        "LEFT JOIN users au ON au.id = r.target_created_by_id "
        "LEFT JOIN users cu ON cu.id = r.created_by_id "
        "LEFT JOIN users tu ON r.type = 2 AND tu.id = r.target_id "
        "LEFT JOIN users cl ON cl.id = r.claimed_by_id "
        "ORDER BY r.created_at DESC, r.id DESC").arg(kExcerptChars));
    QList<QueueRow> rows;
    if (!q.exec())
        return rows;
    while (q.next()) {
        QueueRow r;
        r.id = q.value(0).toLongLong();
        r.type = ReviewableType(std::clamp(q.value(1).toInt(), 0, int(ReviewableType::Other)));
        r.status = reviewableStatusFromInt(q.value(2).toInt()).value_or(ReviewableStatus::Pending);
        r.score = q.value(3).toDouble();
        r.createdAtMs = q.value(4).toLongLong();
        r.topicId = q.value(5).toLongLong();
        r.categoryId = q.value(6).toLongLong();
        r.targetId = q.value(7).toLongLong();
        r.authorId = q.value(8).toLongLong();
        r.version = q.value(9).toInt();
        r.reasons = countReasons(q.value(10).toString());
        r.excerpt = excerptOf(q.value(11).toString());
        r.author = q.value(12).toString();
        r.topicTitle = q.value(13).toString();
        r.categoryName = q.value(14).toString();
        r.claimedBy = q.value(15).toString();
        r.targetPostId = q.value(16).toLongLong();
        rows.append(std::move(r));
    }
    return rows;
}

QHash<Id, QString> openDecisions(const Database& db)
{
    QSqlQuery q(db.connection());
    QHash<Id, QString> out;
    if (!q.exec(QStringLiteral("SELECT target_id, state FROM outbox WHERE kind = 'review.perform' "
                               "AND state IN ('pending', 'sending', 'conflict', 'failed') ORDER BY id")))
        return out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

QSet<Id> searchPosts(const Database& db, const QString& query)
{
    // Each word becomes a quoted FTS5 string (no operators from input); the last is a prefix.
    QStringList terms;
    for (const QString& word : query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        terms.append(u'"' + QString(word).replace(u'"', QStringLiteral("\"\"")) + u'"');
    QSet<Id> out;
    if (terms.isEmpty())
        return out;
    terms.last() += u'*';
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT rowid FROM post_search WHERE post_search MATCH ?"));
    q.addBindValue(terms.join(u' '));
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toLongLong());
    return out;
}

QList<std::pair<Id, QString>> categories(const Database& db)
{
    QSqlQuery q(db.connection());
    QList<std::pair<Id, QString>> out;
    if (q.exec(QStringLiteral("SELECT id, name FROM categories ORDER BY name COLLATE NOCASE")))
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

std::optional<Reviewable> reviewable(const Database& db, Id id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, type, type_name, status, score, version, created_at, topic_id, category_id, target_id, created_by_id, "
        "target_created_by_id, claimed_by_id, reviewed_at, reviewed_by_id, payload_raw, payload_title, actions "
        "FROM reviewables WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
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
    s.prepare(QStringLiteral("SELECT id, user_id, score_type_id, score_type_key, score, status, reason, created_at, reviewed_at, "
                             "reviewed_by_id FROM reviewable_scores WHERE reviewable_id = ? ORDER BY id"));
    s.addBindValue(id);
    if (s.exec()) {
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
    q.prepare(QStringLiteral("SELECT %1 FROM posts WHERE id = ?").arg(QLatin1StringView(kPostColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return postFrom(q);
}

QList<Post> postsAround(const Database& db, Id topicId, int number, int before, int after)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT * FROM (SELECT %1 FROM posts WHERE topic_id = ? AND post_number < ? ORDER BY post_number DESC "
                             "LIMIT ?) UNION ALL SELECT * FROM (SELECT %1 FROM posts WHERE topic_id = ? AND post_number > ? "
                             "ORDER BY post_number LIMIT ?) ORDER BY post_number").arg(QLatin1StringView(kPostColumns)));
    for (const QVariant& v : {QVariant(topicId), QVariant(number), QVariant(before), QVariant(topicId), QVariant(number), QVariant(after)})
        q.addBindValue(v);
    QList<Post> out;
    if (q.exec())
        while (q.next())
            out.append(postFrom(q));
    return out;
}

std::optional<User> user(const Database& db, Id id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, username, name, avatar_template, trust_level, admin, moderator, staged, active, approved, "
                             "created_at, last_seen_at, suspended_until, suspend_reason, silenced_until, post_count, topic_count, "
                             "likes_received FROM users WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
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
    u.topicCount = q.value(16).toInt();
    u.likesReceived = q.value(17).toInt();
    return u;
}

QString username(const Database& db, Id userId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT username FROM users WHERE id = ?"));
    q.addBindValue(userId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

FlagRecord flagsAgainst(const Database& db, Id authorId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT s.status, COUNT(*) FROM reviewable_scores s JOIN reviewables r ON r.id = s.reviewable_id "
                             "WHERE r.target_created_by_id = ? AND r.type IN (0, 3) GROUP BY s.status"));
    q.addBindValue(authorId);
    return flagRecord(q);
}

FlagRecord flagsBy(const Database& db, Id flaggerId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT status, COUNT(*) FROM reviewable_scores WHERE user_id = ? GROUP BY status"));
    q.addBindValue(flaggerId);
    return flagRecord(q);
}

QString userNote(const Database& db, Id userId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT note FROM user_notes WHERE user_id = ?"));
    q.addBindValue(userId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool setUserNote(Database& db, Id userId, const QString& note, QString* error)
{
    QSqlQuery q(db.connection());
    if (note.trimmed().isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM user_notes WHERE user_id = ?"));
        q.addBindValue(userId);
    } else {
        q.prepare(QStringLiteral("INSERT INTO user_notes (user_id, note, updated_at) VALUES (?, ?, ?) ON CONFLICT (user_id) "
                                 "DO UPDATE SET note = excluded.note, updated_at = excluded.updated_at"));
        q.addBindValue(userId);
        q.addBindValue(note);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    }
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace steward::reviewqueries
