// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and classifying the period's moderation; transparencydocument.cpp writes the report.
#include "models/reports/transparency.h"

#include "models/analytics/query.h"
#include "models/domain/reviewable.h"

#include <QJsonValue>

#include <algorithm>

namespace steward::reports {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr qint64 kRejectWindowMs = 5 * 60 * 1000;

bool isUserNotice(const ReviewNotice::Score& s)
{
    return s.userId > 0 && s.scoreType != ScoreTypeId::NeedsApproval;
}

qint64 firstNotice(const ReviewNotice& r)
{
    qint64 first = 0;
    for (const ReviewNotice::Score& s : r.scores) {
        if (s.createdAt > 0 && (first == 0 || s.createdAt < first))
            first = s.createdAt;
    }
    return first != 0 ? first : r.createdAt;
}

/// The review a staff action answered: the one on its post or user decided nearest to it
/// (within a day), or a queued post rejected by the same moderator within minutes.
const ReviewNotice* answeredReview(const StaffAction& a, const QList<ReviewNotice>& reviews)
{
    const qint64 at = a.createdAt.toMSecsSinceEpoch();
    const ReviewNotice* best = nullptr;
    qint64 bestDistance = kDayMs + 1;
    for (const ReviewNotice& r : reviews) {
        bool same = false;
        qint64 window = kDayMs;
        if (a.action == StaffActionId::PostRejected) {
            same = r.typeName == u"ReviewableQueuedPost" && r.reviewedById == a.actingUserId;
            window = kRejectWindowMs;
        } else if (a.postId != 0) {
            same = r.targetPostId == a.postId;
        } else if (a.topicId != 0) {
            same = r.topicId == a.topicId && r.typeName == u"ReviewableFlaggedPost";
        } else if (a.targetUserId != 0) {
            same = r.targetUserId == a.targetUserId;
        }
        if (!same || r.reviewedAt == 0)
            continue;
        const qint64 distance = std::abs(r.reviewedAt - at);
        if (distance <= window && distance < bestDistance) {
            best = &r;
            bestDistance = distance;
        }
    }
    return best;
}

Ground groundOf(const ReviewNotice& r, const TransparencyGrounds& grounds)
{
    for (const ReviewNotice::Score& s : r.scores) {
        if (grounds.of(s.key) == Ground::IllegalContent)
            return Ground::IllegalContent;
    }
    return Ground::TermsOfService;
}

Detection detectionOf(const ReviewNotice* r, const StaffAction& a)
{
    if (r) {
        const bool notice = std::any_of(r->scores.begin(), r->scores.end(), isUserNotice);
        return notice ? Detection::Notice : Detection::Automated;
    }
    return a.actingUserId < 0 ? Detection::Automated : Detection::OwnInitiative;
}

std::optional<RestrictionType> typeOf(int action)
{
    switch (action) {
    case StaffActionId::DeletePost:
    case StaffActionId::DeleteTopic:
        return RestrictionType::Removal;
    case StaffActionId::PostRejected:
        return RestrictionType::RejectedBeforePublication;
    case StaffActionId::SilenceUser:
        return RestrictionType::AccountRestriction;
    case StaffActionId::SuspendUser:
        return RestrictionType::AccountSuspension;
    case StaffActionId::DeleteUser:
        return RestrictionType::AccountTermination;
    default:
        return std::nullopt;
    }
}

} // namespace

TransparencyGrounds TransparencyGrounds::defaults()
{
    return {{{QStringLiteral("illegal"), Ground::IllegalContent}}};
}

Ground TransparencyGrounds::of(const QString& reasonKey) const
{
    return byReason.value(reasonKey, Ground::TermsOfService);
}

QString TransparencyGrounds::groundName(Ground g)
{
    return g == Ground::IllegalContent ? QStringLiteral("illegal") : QStringLiteral("terms");
}

QJsonObject TransparencyGrounds::toJson() const
{
    QJsonObject o;
    for (auto it = byReason.begin(); it != byReason.end(); ++it)
        o.insert(it.key(), groundName(it.value()));
    return o;
}

std::optional<TransparencyGrounds> TransparencyGrounds::fromJson(const QJsonObject& o,
                                                                 QString* error)
{
    TransparencyGrounds g;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString v = it.value().toString();
        if (v != u"illegal" && v != u"terms") {
            *error = Transparency::tr("the ground of '%1' is '%2'; illegal or terms")
                         .arg(it.key(), it.value().toVariant().toString());
            return std::nullopt;
        }
        g.byReason.insert(it.key(),
                          v == u"illegal" ? Ground::IllegalContent : Ground::TermsOfService);
    }
    return g;
}

std::optional<TransparencyData> Transparency::read(const Database& db, QDate from, QDate to,
                                                   const QTimeZone& zone,
                                                   const TransparencyGrounds& grounds,
                                                   QString* error)
{
    TransparencyData d;
    d.from = from;
    d.to = to;
    d.zone = zone;
    d.startMs = analytics::localMidnight(from, zone);
    d.endMs = analytics::localMidnight(to.addDays(1), zone);
    // Reviews from a day before: an action early in the period may answer one decided late
    // the day before it.
    const StoreResult<QList<ReviewNotice>> reviews =
        queries::reviewNotices(db, d.startMs - kDayMs, d.endMs);
    const StoreResult<QList<StaffAction>> log = queries::staffActions(db, d.startMs, d.endMs);
    const StoreResult<queries::StaffLogCoverage> coverage = queries::staffLogCoverage(db);
    if (!reviews || !log || !coverage) {
        *error = !reviews ? reviews.error() : !log ? log.error() : coverage.error();
        return std::nullopt;
    }
    d.coverage = *coverage;
    d.reviews = *reviews;
    for (const StaffAction& a : *log) {
        if (a.action == StaffActionId::UnsuspendUser || a.action == StaffActionId::UnsilenceUser)
            d.lifted.append(a);
        const std::optional<RestrictionType> type = typeOf(a.action);
        if (!type)
            continue;
        ClassifiedAction c;
        c.action = a;
        c.type = *type;
        const ReviewNotice* r = answeredReview(a, d.reviews);
        c.detection = detectionOf(r, a);
        if (r) {
            c.reviewId = r->id;
            c.ground = groundOf(*r, grounds);
            if (c.detection == Detection::Notice)
                c.noticeMs = firstNotice(*r);
        }
        d.actions.append(c);
    }
    // A flag agreed with in the period whose post is hidden now, and was not removed by a
    // logged action: its visibility was restricted.
    for (const ReviewNotice& r : d.reviews) {
        if (r.typeName != u"ReviewableFlaggedPost" || r.status != int(ReviewableStatus::Approved) ||
            !r.targetHidden || r.reviewedAt < d.startMs || r.reviewedAt >= d.endMs)
            continue;
        const bool removed = std::any_of(d.actions.begin(), d.actions.end(), [&](const auto& c) {
            return c.type == RestrictionType::Removal &&
                   (c.reviewId == r.id || c.action.postId == r.targetPostId ||
                    (c.action.action == StaffActionId::DeleteTopic && r.topicId != 0 &&
                     c.action.topicId == r.topicId));
        });
        if (removed)
            continue;
        ClassifiedAction c;
        c.type = RestrictionType::VisibilityRestriction;
        c.action.createdAt = QDateTime::fromMSecsSinceEpoch(r.reviewedAt, QTimeZone::UTC);
        c.action.postId = r.targetPostId;
        c.action.actingUserId = r.reviewedById;
        c.reviewId = r.id;
        c.ground = groundOf(r, grounds);
        c.detection = detectionOf(&r, c.action);
        if (c.detection == Detection::Notice)
            c.noticeMs = firstNotice(r);
        d.actions.append(c);
    }
    return d;
}

QString Transparency::typeKey(RestrictionType type)
{
    static const char* const keys[] = {"removal",
                                       "rejected_before_publication",
                                       "visibility_restriction",
                                       "account_restriction",
                                       "account_suspension",
                                       "account_termination"};
    return QString::fromLatin1(keys[int(type)]);
}

QString Transparency::typeTitle(RestrictionType type)
{
    switch (type) {
    case RestrictionType::Removal:
        return tr("Removal of content");
    case RestrictionType::RejectedBeforePublication:
        return tr("Content refused before publication");
    case RestrictionType::VisibilityRestriction:
        return tr("Visibility restricted (post hidden)");
    case RestrictionType::AccountRestriction:
        return tr("Account restricted (silenced)");
    case RestrictionType::AccountSuspension:
        return tr("Account suspended");
    case RestrictionType::AccountTermination:
        return tr("Account terminated");
    case RestrictionType::Count:
        break;
    }
    return {};
}

QString Transparency::detectionKey(Detection detection)
{
    static const char* const keys[] = {"notice", "own_initiative", "automated"};
    return QString::fromLatin1(keys[int(detection)]);
}

} // namespace steward::reports
