// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The review queue's side-loaded ("rest serializer") JSON, discourse-api.md §9.1.
#include "models/net/parse/jsonread.h"
#include "models/net/parse/parse.h"
#include "models/net/parse/unreadable.h"

#include <QHash>

namespace steward::parse {

namespace {

struct SideLoads
{
    QHash<Id, ReviewableScore> scores;
    QHash<QString, QJsonObject> bundles;
    QHash<QString, QJsonObject> actions;
};

ReviewableScore score(const QJsonObject& o)
{
    ReviewableScore s;
    s.id = id(o, QLatin1StringView("id"));
    s.userId = id(o, QLatin1StringView("user_id"));
    const QJsonObject type = o.value(QLatin1StringView("score_type")).toObject();
    s.scoreTypeId =
        integer(type, QLatin1StringView("id"), integer(o, QLatin1StringView("score_type_id")));
    s.scoreTypeKey = string(type, QLatin1StringView("type"));
    if (s.scoreTypeKey.isEmpty())
        s.scoreTypeKey = scoreTypeKey(s.scoreTypeId);
    s.score = number(o, QLatin1StringView("score"));
    s.status =
        scoreStatusFromInt(integer(o, QLatin1StringView("status"))).value_or(ScoreStatus::Pending);
    s.reason = string(o, QLatin1StringView("reason"));
    s.createdAt = time(o, QLatin1StringView("created_at"));
    s.reviewedAt = time(o, QLatin1StringView("reviewed_at"));
    s.reviewedById = id(o, QLatin1StringView("reviewed_by_id"));
    return s;
}

SideLoads sideLoads(const QJsonObject& root)
{
    SideLoads side;
    for (const QJsonValue& v : root.value(QLatin1StringView("reviewable_scores")).toArray()) {
        ReviewableScore s = score(v.toObject());
        side.scores.insert(s.id, s);
    }
    for (const QJsonValue& v : root.value(QLatin1StringView("bundled_actions")).toArray())
        side.bundles.insert(string(v.toObject(), QLatin1StringView("id")), v.toObject());
    for (const QJsonValue& v : root.value(QLatin1StringView("actions")).toArray())
        side.actions.insert(string(v.toObject(), QLatin1StringView("id")), v.toObject());
    return side;
}

ReviewableAction action(const QJsonObject& o, const QString& bundleId)
{
    ReviewableAction a;
    a.id = string(o, QLatin1StringView("id"));
    a.serverAction = string(o, QLatin1StringView("server_action"));
    a.actionName = string(o, QLatin1StringView("action_name"));
    a.bundleId = bundleId;
    a.label = string(o, QLatin1StringView("label"));
    a.icon = string(o, QLatin1StringView("icon"));
    a.description = string(o, QLatin1StringView("description"));
    a.confirmMessage = string(o, QLatin1StringView("confirm_message"));
    a.requireRejectReason = boolean(o, QLatin1StringView("require_reject_reason"));
    return a;
}

Reviewable reviewable(const QJsonObject& o, const SideLoads& side)
{
    Reviewable r;
    r.id = id(o, QLatin1StringView("id"));
    r.typeName = string(o, QLatin1StringView("type"));
    r.type = reviewableTypeFromName(r.typeName);
    const QJsonValue status = o.value(QLatin1StringView("status"));
    r.status = (status.isString() ? reviewableStatusFromString(status.toString())
                                  : reviewableStatusFromInt(status.toInt(-1)))
                   .value_or(ReviewableStatus::Pending);
    r.score = number(o, QLatin1StringView("score"));
    r.version = integer(o, QLatin1StringView("version"));
    r.createdAt = time(o, QLatin1StringView("created_at"));
    r.topicId = id(o, QLatin1StringView("topic_id"));
    r.categoryId = id(o, QLatin1StringView("category_id"));
    // The target id is named after the target type: post_id, user_id, ... or target_id.
    r.targetId = id(o, QLatin1StringView("target_id"));
    if (r.targetId == 0)
        r.targetId = r.type == ReviewableType::User ? id(o, QLatin1StringView("user_id"))
                                                    : id(o, QLatin1StringView("post_id"));
    r.createdById = id(o, QLatin1StringView("created_by_id"));
    r.targetCreatedById = id(o, QLatin1StringView("target_created_by_id"));
    r.claimedById = id(o, QLatin1StringView("claimed_by_id"));
    r.reviewedAt = time(o, QLatin1StringView("reviewed_at"));
    r.reviewedById = id(o, QLatin1StringView("reviewed_by_id"));
    const QJsonObject payload = o.value(QLatin1StringView("payload")).toObject();
    r.payloadRaw = string(payload, QLatin1StringView("raw"));
    r.payloadTitle = string(payload, QLatin1StringView("title"));
    for (const QJsonValue& v : o.value(QLatin1StringView("reviewable_score_ids")).toArray())
        if (const auto it = side.scores.constFind(Id(v.toInteger())); it != side.scores.cend())
            r.scores.append(*it);
    for (const QJsonValue& b : o.value(QLatin1StringView("bundled_action_ids")).toArray()) {
        const QString bundleId = b.toString();
        const QJsonObject bundle = side.bundles.value(bundleId);
        for (const QJsonValue& a : bundle.value(QLatin1StringView("action_ids")).toArray())
            if (const auto it = side.actions.constFind(a.toString()); it != side.actions.cend())
                r.actions.append(action(*it, bundleId));
    }
    return r;
}

} // namespace

ReviewPage reviewList(const QJsonObject& o)
{
    ReviewPage page;
    const SideLoads side = sideLoads(o);
    for (const QJsonValue& v : o.value(QLatin1StringView("reviewables")).toArray()) {
        Reviewable r = reviewable(v.toObject(), side);
        if (r.id > 0)
            page.reviewables.append(std::move(r));
        else
            noteUnreadable(u"reviewables[]", v);
    }
    page.users = userList(o.value(QLatin1StringView("users")).toArray());
    const QJsonObject meta = o.value(QLatin1StringView("meta")).toObject();
    page.totalRows = integer(meta, QLatin1StringView("total_rows_reviewables"), -1);
    page.loadMoreUrl = string(meta, QLatin1StringView("load_more_reviewables"));
    return page;
}

Reviewable reviewDetail(const QJsonObject& o)
{
    return reviewable(o.value(QLatin1StringView("reviewable")).toObject(), sideLoads(o));
}

} // namespace steward::parse
