// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/auditqueries.h"

#include "models/domain/staffaction.h"
#include "models/store/database.h"
#include "models/store/sqlvalue.h"
#include "models/store/storelog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace steward::queries {

namespace {

constexpr qint64 kLinkWindowMs = 15 * 60 * 1000;
constexpr qint64 kClockSkewMs = 2 * 60 * 1000; ///< the server's clock may run behind ours

/// A Steward decision as the link needs it: what it was done to on the server.
struct Decision
{
    AuditTrailRow row;
    QString kind;    ///< "review.perform", "user.suspend", ...
    Id targetId = 0; ///< as the decision names it: a user, post, topic or review item
    Id reviewPost = 0;
    Id reviewUser = 0;
    Id reviewTopic = 0;
    bool linked = false;
};

/// The server actions a Steward decision of this kind may leave in the log.
bool mayCause(const QString& kind, int action)
{
    using namespace StaffActionId;
    if (kind == u"user.suspend")
        return action == SuspendUser;
    if (kind == u"user.unsuspend")
        return action == UnsuspendUser;
    if (kind == u"user.silence")
        return action == SilenceUser;
    if (kind == u"user.unsilence")
        return action == UnsilenceUser;
    if (kind == u"post.delete")
        return action == DeletePost || action == DeleteTopic;
    if (kind == u"review.perform")
        return action == DeletePost || action == DeleteTopic || action == PostApproved ||
               action == PostRejected || action == SuspendUser || action == SilenceUser ||
               action == DeleteUser;
    return false;
}

bool sameTarget(const Decision& d, const AuditTrailRow& server)
{
    if (d.kind.startsWith(u"user."))
        return server.targetUserId == d.targetId;
    if (d.kind == u"post.delete")
        return server.postId == d.targetId;
    // A review decision acts on its post (a first post's deletion is logged as its topic's),
    // or on the post's author.
    return (d.reviewPost != 0 && server.postId == d.reviewPost) ||
           (d.reviewTopic != 0 && server.action == StaffActionId::DeleteTopic &&
            server.topicId == d.reviewTopic) ||
           (d.reviewUser != 0 && server.targetUserId == d.reviewUser) ||
           server.action == StaffActionId::PostRejected; // the log keeps no id of those
}

bool matches(const AuditTrailRow& row, const QStringList& words)
{
    const QString haystack = row.actor + u' ' + row.target + u' ' + row.actionName + u' ' +
                             row.details + u' ' + row.stewardResult;
    return std::all_of(words.begin(), words.end(),
                       [&](const QString& w) { return haystack.contains(w, Qt::CaseInsensitive); });
}

QString targetOf(Id user, const QString& username, Id post, Id topic)
{
    if (!username.isEmpty())
        return username;
    if (user != 0)
        return QStringLiteral("user %1").arg(user);
    if (post != 0)
        return QStringLiteral("post %1").arg(post);
    if (topic != 0)
        return QStringLiteral("topic %1").arg(topic);
    return {};
}

} // namespace

StoreResult<QList<StaffAction>> staffActions(const Database& db, qint64 fromMs, qint64 toMs)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, action, action_name, acting_user_id, acting_username, target_user_id, "
        "target_username, post_id, topic_id, category_id, created_at, details, context, subject "
        "FROM staff_actions WHERE created_at >= ? AND created_at < ? ORDER BY created_at, id"));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!execOrLog(q))
        return failedRead(q);
    QList<StaffAction> out;
    while (q.next()) {
        StaffAction a;
        a.id = q.value(0).toLongLong();
        a.action = q.value(1).toInt();
        a.actionName = q.value(2).toString();
        a.actingUserId = q.value(3).toLongLong();
        a.actingUsername = q.value(4).toString();
        a.targetUserId = q.value(5).toLongLong();
        a.targetUsername = q.value(6).toString();
        a.postId = q.value(7).toLongLong();
        a.topicId = q.value(8).toLongLong();
        a.categoryId = q.value(9).toLongLong();
        a.createdAt = sql::toTime(q.value(10));
        a.details = q.value(11).toString();
        a.context = q.value(12).toString();
        a.subject = q.value(13).toString();
        out.append(a);
    }
    return out;
}

StoreResult<StaffLogCoverage> staffLogCoverage(const Database& db)
{
    QSqlQuery q(db.connection());
    if (!execOrLog(q, QStringLiteral("SELECT COUNT(*), MIN(created_at) FROM staff_actions")) ||
        !q.next())
        return failedRead(q);
    return StaffLogCoverage{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

StoreResult<QList<ReviewNotice>> reviewNotices(const Database& db, qint64 fromMs, qint64 toMs)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT r.id, r.type_name, r.status, r.target_id, r.target_created_by_id, r.created_by_id, "
        "COALESCE(p.hidden, 0), r.created_at, r.reviewed_at, r.reviewed_by_id, s.user_id, "
        "s.score_type_id, s.score_type_key, s.status, s.reason, s.created_at, r.topic_id "
        "FROM reviewables r JOIN reviewable_scores s ON s.reviewable_id = r.id "
        "LEFT JOIN posts p ON r.type_name = 'ReviewableFlaggedPost' AND p.id = r.target_id "
        "WHERE r.id IN (SELECT reviewable_id FROM reviewable_scores WHERE created_at >= ? AND "
        "created_at < ?) OR (r.reviewed_at >= ? AND r.reviewed_at < ?) ORDER BY r.id, s.id"));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!execOrLog(q))
        return failedRead(q);
    QList<ReviewNotice> out;
    while (q.next()) {
        const Id id = q.value(0).toLongLong();
        if (out.isEmpty() || out.last().id != id) {
            ReviewNotice n;
            n.id = id;
            n.typeName = q.value(1).toString();
            n.status = q.value(2).toInt();
            const bool onPost = n.typeName != u"ReviewableUser";
            n.targetPostId = onPost ? q.value(3).toLongLong() : 0;
            n.targetUserId = onPost ? q.value(4).toLongLong() : q.value(3).toLongLong();
            n.createdById = q.value(5).toLongLong();
            n.targetHidden = q.value(6).toBool();
            n.createdAt = q.value(7).toLongLong();
            n.reviewedAt = q.value(8).toLongLong();
            n.reviewedById = q.value(9).toLongLong();
            n.topicId = q.value(16).toLongLong();
            out.append(n);
        }
        out.last().scores.append({q.value(10).toLongLong(), q.value(11).toInt(),
                                  q.value(12).toString(), q.value(13).toInt(),
                                  q.value(14).toString(), q.value(15).toLongLong()});
    }
    return out;
}

StoreResult<QList<AuditTrailRow>> auditTrail(const Database& db, const AuditTrailFilter& filter)
{
    const qint64 from = filter.from.isValid() ? filter.from.toMSecsSinceEpoch() : 0;
    const qint64 to =
        filter.to.isValid() ? filter.to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    const StoreResult<QList<StaffAction>> server =
        staffActions(db, from, to == std::numeric_limits<qint64>::max() ? to : to + kLinkWindowMs);
    if (!server)
        return std::unexpected(server.error());

    // Each Steward decision once: its first line (when it was queued) and its last result.
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT first.id, first.at, first.actor, first.action, first.target_id, first.reason, "
        "last.result, r.target_id, r.target_created_by_id, r.topic_id, first.target_type, "
        "o.params FROM audit_log first "
        "LEFT JOIN outbox o ON o.id = first.outbox_id "
        "JOIN audit_log last ON last.id = (SELECT MAX(id) FROM audit_log l WHERE "
        "  l.outbox_id = first.outbox_id) "
        "LEFT JOIN reviewables r ON first.action = 'review.perform' AND r.id = first.target_id "
        "WHERE first.id = (SELECT MIN(id) FROM audit_log f WHERE f.outbox_id = first.outbox_id) "
        "AND first.at >= ? AND first.at < ? ORDER BY first.at"));
    q.addBindValue(from - kLinkWindowMs);
    q.addBindValue(to);
    if (!execOrLog(q))
        return failedRead(q);
    QList<Decision> decisions;
    while (q.next()) {
        Decision d;
        d.row.stewardEntryId = q.value(0).toLongLong();
        d.row.at = sql::toTime(q.value(1));
        d.row.actor = q.value(2).toString();
        d.kind = q.value(3).toString();
        d.row.actionName = d.kind;
        const Id targetId = q.value(4).toLongLong();
        d.targetId = targetId;
        d.row.details = q.value(5).toString();
        d.row.stewardResult = q.value(6).toString();
        d.reviewPost = q.value(7).toLongLong();
        d.reviewUser = q.value(8).toLongLong();
        d.reviewTopic = q.value(9).toLongLong();
        // What the decision is about, as its outbox entry recorded it (a note is on a user).
        // (A claim's target is its topic, a move's its source topic, a solution's its post.)
        const QString targetType = q.value(10).toString();
        if (targetType == u"user")
            d.row.targetUserId = targetId;
        else if (targetType == u"post" || targetType == u"solution")
            d.row.postId = targetId;
        else if (targetType == u"topic" || targetType == u"posts" || d.kind == u"review.claim" ||
                 d.kind == u"review.unclaim")
            d.row.topicId = targetId;
        else if (d.kind == u"review.perform")
            d.row.postId = d.reviewPost;
        // A review decision has no reason: what was decided ("agree_and_keep") says it.
        if (d.row.details.isEmpty() && d.kind == u"review.perform")
            d.row.details = QJsonDocument::fromJson(q.value(11).toString().toUtf8())
                                .object()
                                .value(u"action")
                                .toString();
        d.row.target = targetOf(d.row.targetUserId, {}, d.row.postId, d.row.topicId);
        if (d.row.target.isEmpty())
            d.row.target = QStringLiteral("%1 %2").arg(d.kind.section(u'.', 0, 0)).arg(targetId);
        decisions.append(d);
    }

    QList<AuditTrailRow> rows;
    for (const StaffAction& a : *server) {
        AuditTrailRow row;
        row.at = a.createdAt;
        row.staffActionId = a.id;
        row.action = a.action;
        row.actionName = a.actionName;
        row.actor = a.actingUsername;
        row.targetUserId = a.targetUserId;
        row.postId = a.postId;
        row.topicId = a.topicId;
        row.target = targetOf(a.targetUserId, a.targetUsername, a.postId, a.topicId);
        row.details = a.details;
        rows.append(row);
    }
    const auto candidate = [](const Decision& d, const AuditTrailRow& logged) {
        return !d.linked && d.row.stewardResult == u"done" &&
               d.row.actor.compare(logged.actor, Qt::CaseInsensitive) == 0 &&
               mayCause(d.kind, logged.action) && sameTarget(d, logged);
    };
    // The server's clock against this computer's: the median gap of the decisions that have
    // exactly one possible server row. Near zero for a server on network time; a sandbox
    // generated for another day is days off, and the link follows it.
    std::vector<double> gaps;
    for (const Decision& d : decisions) {
        const AuditTrailRow* only = nullptr;
        int count = 0;
        for (const AuditTrailRow& r : rows) {
            // A rejection names no post: it fits any of the moderator's, so it says nothing
            // of the clocks.
            if (candidate(d, r) && r.action != StaffActionId::PostRejected) {
                only = &r;
                ++count;
            }
        }
        if (count == 1)
            gaps.push_back(double(only->at.toMSecsSinceEpoch() - d.row.at.toMSecsSinceEpoch()));
    }
    qint64 skew = 0;
    if (!gaps.empty()) {
        std::nth_element(gaps.begin(), gaps.begin() + std::ptrdiff_t(gaps.size() / 2), gaps.end());
        skew = qint64(gaps[gaps.size() / 2]);
    }
    for (AuditTrailRow& row : rows) {
        const qint64 at = row.at.toMSecsSinceEpoch();
        Decision* best = nullptr;
        qint64 bestDistance = std::numeric_limits<qint64>::max();
        for (Decision& d : decisions) {
            const qint64 queued = d.row.at.toMSecsSinceEpoch() + skew;
            if (!candidate(d, row) || at < queued - kClockSkewMs || at > queued + kLinkWindowMs)
                continue;
            const qint64 distance = std::abs(at - queued);
            if (distance < bestDistance) {
                best = &d;
                bestDistance = distance;
            }
        }
        if (best) {
            best->linked = true;
            row.stewardEntryId = best->row.stewardEntryId;
            row.stewardResult = best->row.stewardResult;
        }
    }
    rows.removeIf([&](const AuditTrailRow& r) {
        const qint64 at = r.at.toMSecsSinceEpoch();
        return at < from || at >= to;
    });
    for (Decision& d : decisions) {
        const qint64 queued = d.row.at.toMSecsSinceEpoch();
        if (d.linked || queued < from || queued >= to)
            continue;
        rows.append(d.row);
    }
    const QStringList words = filter.text.split(u' ', Qt::SkipEmptyParts);
    if (!words.isEmpty())
        rows.removeIf([&](const AuditTrailRow& r) { return !matches(r, words); });
    std::sort(rows.begin(), rows.end(), [](const AuditTrailRow& a, const AuditTrailRow& b) {
        return a.at != b.at ? a.at > b.at : a.staffActionId > b.staffActionId;
    });
    if (rows.size() > filter.limit)
        rows.resize(filter.limit);
    return rows;
}

} // namespace steward::queries
