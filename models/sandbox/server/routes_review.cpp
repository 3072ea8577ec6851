// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The review queue: listing with Discourse's filters and offset paging, detail, actions and
// claims (discourse-api.md §9).
#include "models/sandbox/server/json.h"
#include "models/sandbox/server/routes.h"

#include <algorithm>

namespace steward::sandbox::routes {

namespace {

constexpr int kReviewPageSize = 10;

/// Score thresholds of the priorities: low shows everything, medium and high filter.
double minimumScore(const QString& priority)
{
    if (priority == u"high")
        return 9.0;
    if (priority == u"medium")
        return 4.0;
    return 0.0;
}

int pendingCount(const SandboxCommunity& community)
{
    return int(std::count_if(community.reviews.begin(), community.reviews.end(),
                             [](const ReviewRecord& r) { return r.item.isPending(); }));
}

} // namespace

Reply reviewList(S& server, C& context)
{
    const SandboxCommunity& community = server.community();
    const QString status = context.param(QStringLiteral("status"), QStringLiteral("pending"));
    static const QStringList kStatuses{QStringLiteral("pending"),  QStringLiteral("approved"),
                                       QStringLiteral("rejected"), QStringLiteral("ignored"),
                                       QStringLiteral("deleted"),  QStringLiteral("reviewed"),
                                       QStringLiteral("all")};
    if (!kStatuses.contains(status))
        return Reply::error(400, QStringLiteral("Invalid status '%1'").arg(status),
                            QStringLiteral("invalid_parameters"));
    const QString type = context.param(QStringLiteral("type"));
    if (!type.isEmpty() && reviewableTypeFromName(type) == ReviewableType::Other)
        return Reply::error(400, QStringLiteral("Invalid type '%1'").arg(type),
                            QStringLiteral("invalid_parameters"));
    const QString priority = context.param(QStringLiteral("priority"), QStringLiteral("low"));
    if (priority != u"low" && priority != u"medium" && priority != u"high")
        return Reply::error(400, QStringLiteral("Invalid priority '%1'").arg(priority),
                            QStringLiteral("invalid_parameters"));
    const QString sortOrder = context.param(QStringLiteral("sort_order"), QStringLiteral("score"));
    const Id categoryId = context.param(QStringLiteral("category_id")).toLongLong();
    const Id topicId = context.param(QStringLiteral("topic_id")).toLongLong();
    const QString username = context.param(QStringLiteral("username"));
    const QString reviewedBy = context.param(QStringLiteral("reviewed_by"));
    const QString flaggedBy = context.param(QStringLiteral("flagged_by"));
    const QDateTime from =
        QDateTime::fromString(context.param(QStringLiteral("from_date")), Qt::ISODate);
    const QDateTime to =
        QDateTime::fromString(context.param(QStringLiteral("to_date")), Qt::ISODate);
    QList<Id> ids;
    for (const QString& id : context.list(QStringLiteral("ids")))
        ids.append(id.toLongLong());
    const SandboxUser* author = username.isEmpty() ? nullptr : community.userByName(username);
    const SandboxUser* reviewer = reviewedBy.isEmpty() ? nullptr : community.userByName(reviewedBy);
    const SandboxUser* flagger = flaggedBy.isEmpty() ? nullptr : community.userByName(flaggedBy);
    const double minScore = minimumScore(priority);

    QList<const ReviewRecord*> matches;
    for (const ReviewRecord& r : community.reviews) {
        const Reviewable& item = r.item;
        const bool statusOk = status == u"all" ||
                              (status == u"reviewed" ? !item.isPending()
                                                     : reviewableStatusName(item.status) == status);
        if (!statusOk || (!type.isEmpty() && item.typeName != type))
            continue;
        if ((categoryId && item.categoryId != categoryId) || (topicId && item.topicId != topicId))
            continue;
        if ((!username.isEmpty() && (!author || item.targetCreatedById != author->user.id)) ||
            (!reviewedBy.isEmpty() && (!reviewer || r.reviewedById != reviewer->user.id)) ||
            (!flaggedBy.isEmpty() && (!flagger || !item.flaggerIds().contains(flagger->user.id))))
            continue;
        if (item.score < minScore || (from.isValid() && item.createdAt < from) ||
            (to.isValid() && item.createdAt > to))
            continue;
        if (!ids.isEmpty() && !ids.contains(item.id))
            continue;
        matches.append(&r);
    }
    std::stable_sort(
        matches.begin(), matches.end(), [&sortOrder](const ReviewRecord* a, const ReviewRecord* b) {
            const Reviewable& x = a->item;
            const Reviewable& y = b->item;
            if (sortOrder == u"created_at")
                return x.createdAt != y.createdAt ? x.createdAt > y.createdAt : x.id > y.id;
            if (sortOrder == u"created_at_asc")
                return x.createdAt != y.createdAt ? x.createdAt < y.createdAt : x.id < y.id;
            if (sortOrder == u"score_asc")
                return x.score != y.score ? x.score < y.score : x.createdAt < y.createdAt;
            return x.score != y.score ? x.score > y.score : x.createdAt > y.createdAt;
        });
    const int offset = std::max(0, context.intParam(QStringLiteral("offset"), 0));
    const QList<const ReviewRecord*> page = matches.mid(offset, kReviewPageSize);
    QString more;
    if (offset + kReviewPageSize < matches.size()) {
        QUrlQuery next = context.query;
        next.removeAllQueryItems(QStringLiteral("offset"));
        next.addQueryItem(QStringLiteral("offset"), QString::number(offset + kReviewPageSize));
        more = QStringLiteral("/review?") + next.toString(QUrl::FullyEncoded);
    }
    return Reply::json(
        json::reviewList(community, page, int(matches.size()), more, pendingCount(community)));
}

Reply reviewCount(S& server, C&)
{
    return Reply::json(QJsonObject{{QStringLiteral("count"), pendingCount(server.community())}});
}

Reply reviewDetail(S& server, C& context)
{
    const ReviewRecord* r = server.community().review(context.pathId(1));
    if (!r)
        return Reply::notFound();
    return Reply::json(json::reviewDetail(server.community(), *r));
}

Reply reviewPerform(S& server, C& context)
{
    QJsonObject action = context.action(QStringLiteral("review.perform"));
    action.insert(QStringLiteral("id"), context.pathId(1));
    action.insert(QStringLiteral("action"), context.match.captured(2));
    if (context.has(QStringLiteral("version")))
        action.insert(QStringLiteral("version"), context.intParam(QStringLiteral("version"), -1));
    if (context.has(QStringLiteral("reject_reason")))
        action.insert(QStringLiteral("reject_reason"),
                      context.param(QStringLiteral("reject_reason")));
    return server.write(action);
}

Reply claim(S& server, C& context)
{
    const QString topic = context.param(QStringLiteral("reviewable_claimed_topic[topic_id]"),
                                        context.param(QStringLiteral("topic_id")));
    if (topic.isEmpty())
        return Reply::error(
            400,
            QStringLiteral("param is missing or the value is empty: reviewable_claimed_topic"));
    QJsonObject action = context.action(QStringLiteral("review.claim"));
    action.insert(QStringLiteral("topic_id"), topic.toLongLong());
    return server.write(action);
}

Reply unclaim(S& server, C& context)
{
    QJsonObject action = context.action(QStringLiteral("review.unclaim"));
    action.insert(QStringLiteral("topic_id"), context.pathId(1));
    return server.write(action);
}

} // namespace steward::sandbox::routes
