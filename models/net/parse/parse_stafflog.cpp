// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The staff action log (docs/discourse-conformance.md, "Staff action log").
#include "models/net/parse/jsonread.h"
#include "models/net/parse/parse.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace steward::parse {

namespace {

/// A stand-in id for a row served without one (serializers before the id was added): the
/// first 62 bits of a hash of what the row says, negated. The same row gets the same id on
/// every page and every sync.
Id standInId(const StaffAction& a)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                     .arg(a.createdAt.toMSecsSinceEpoch())
                     .arg(a.action)
                     .arg(a.actingUserId)
                     .arg(a.targetUserId)
                     .arg(a.postId)
                     .arg(a.topicId)
                     .arg(a.details)
                     .toUtf8());
    const QByteArray digest = hash.result();
    quint64 bits = 0;
    for (int i = 0; i < 8; ++i)
        bits = (bits << 8) | quint8(digest[i]);
    return -Id(bits >> 2) - 1;
}

} // namespace

StaffActionPage staffActionLogs(const QJsonObject& o)
{
    StaffActionPage page;
    if (o.contains(QLatin1StringView("total_rows_staff_action_logs")))
        page.totalRows = integer(o, QLatin1StringView("total_rows_staff_action_logs"));
    const QJsonArray served = o.value(QLatin1StringView("staff_action_logs")).toArray();
    page.served = int(served.size());
    for (const QJsonValue& v : served) {
        const QJsonObject row = v.toObject();
        StaffAction a;
        a.action = integer(row, QLatin1StringView("action"));
        a.actionName = string(row, QLatin1StringView("action_name"));
        if (a.actionName.isEmpty()) // null for a custom action without its type
            a.actionName = QStringLiteral("action_%1").arg(a.action);
        const QJsonObject acting = row.value(QLatin1StringView("acting_user")).toObject();
        a.actingUserId = id(acting, QLatin1StringView("id"));
        a.actingUsername = string(acting, QLatin1StringView("username"));
        const QJsonObject target = row.value(QLatin1StringView("target_user")).toObject();
        a.targetUserId = id(target, QLatin1StringView("id"));
        a.targetUsername = string(target, QLatin1StringView("username"));
        a.postId = id(row, QLatin1StringView("post_id"));
        a.topicId = id(row, QLatin1StringView("topic_id"));
        a.categoryId = id(row, QLatin1StringView("category_id"));
        a.createdAt = time(row, QLatin1StringView("created_at"));
        a.details = string(row, QLatin1StringView("details"));
        a.context = string(row, QLatin1StringView("context"));
        a.subject = string(row, QLatin1StringView("subject"));
        if (!a.createdAt.isValid())
            continue; // a row without its time cannot be placed in any report
        a.id = id(row, QLatin1StringView("id"));
        if (a.id <= 0)
            a.id = standInId(a);
        page.rows.append(a);
    }
    return page;
}

} // namespace steward::parse
