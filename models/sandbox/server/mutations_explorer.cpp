// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Data Explorer queries: create, update, soft delete (docs/data-explorer.md §2), and their JSON.
#include "models/sandbox/server/explorerrun.h"
#include "models/sandbox/server/json.h"
#include "models/sandbox/server/mutations.h"

namespace steward::sandbox {

namespace json {

QJsonObject explorerQuery(const SandboxCommunity& community, const ExplorerQueryRecord& q,
                          bool details)
{
    const SandboxUser* author = community.user(q.userId);
    QJsonObject o{{QStringLiteral("id"), q.id},
                  {QStringLiteral("name"), q.name},
                  {QStringLiteral("description"), q.description},
                  {QStringLiteral("username"),
                   author ? QJsonValue(author->user.username) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("group_ids"), QJsonArray()},
                  {QStringLiteral("last_run_at"), time(q.lastRunAt)},
                  {QStringLiteral("user_id"), nullableId(q.userId)},
                  {QStringLiteral("is_default"), q.id < 0}};
    if (details) {
        QJsonArray params;
        for (const ExplorerParam& p : explorerParams(q.sql))
            params.append(p.toJson());
        o.insert(QStringLiteral("sql"), q.sql);
        o.insert(QStringLiteral("param_info"), params);
        o.insert(QStringLiteral("created_at"), time(q.createdAt));
        o.insert(QStringLiteral("hidden"), q.hidden);
        o.insert(QStringLiteral("dashboard_mountable"), false);
        o.insert(QStringLiteral("dashboard_mounted"), false);
    }
    return o;
}

} // namespace json

namespace detail {

namespace {

ExplorerQueryRecord* findQuery(SandboxCommunity& community, Id id)
{
    return id >= 1 && id <= Id(community.explorerQueries.size())
               ? &community.explorerQueries[std::size_t(id - 1)]
               : nullptr;
}

Reply details(const SandboxCommunity& community, const ExplorerQueryRecord& q)
{
    return Reply::json(
        QJsonObject{{QStringLiteral("query"), json::explorerQuery(community, q, true)}});
}

} // namespace

Reply createExplorerQuery(SandboxCommunity& community, const QJsonObject& action)
{
    const QString name = action.value(QStringLiteral("name")).toString();
    if (name.trimmed().isEmpty()) // QueryCreator: Discourse::InvalidParameters.new(:name)
        return Reply::error(400,
                            QStringLiteral("You supplied invalid parameters to the request: name"),
                            QStringLiteral("invalid_parameters"));
    const qint64 at = action.value(QStringLiteral("at")).toInteger();
    ExplorerQueryRecord q;
    q.id = Id(community.explorerQueries.size() + 1);
    q.name = name;
    q.description = action.value(QStringLiteral("description")).toString();
    if (const QString sql = action.value(QStringLiteral("sql")).toString();
        !sql.trimmed().isEmpty())
        q.sql = sql;
    q.userId = action.value(QStringLiteral("actor")).toInteger();
    q.createdAt = q.updatedAt = q.lastRunAt = at;
    community.explorerQueries.push_back(q);
    return details(community, community.explorerQueries.back());
}

Reply updateExplorerQuery(SandboxCommunity& community, const QJsonObject& action)
{
    ExplorerQueryRecord* q = findQuery(community, action.value(QStringLiteral("id")).toInteger());
    if (!q)
        return Reply::notFound();
    if (action.contains(QStringLiteral("name")) &&
        action.value(QStringLiteral("name")).toString().trimmed().isEmpty())
        return Reply::error(422, QStringLiteral("Name can't be blank"),
                            QStringLiteral("record_invalid"));
    if (action.contains(QStringLiteral("name")))
        q->name = action.value(QStringLiteral("name")).toString();
    if (action.contains(QStringLiteral("description")))
        q->description = action.value(QStringLiteral("description")).toString();
    if (action.contains(QStringLiteral("sql")))
        q->sql = action.value(QStringLiteral("sql")).toString();
    q->hidden = false;
    q->updatedAt = action.value(QStringLiteral("at")).toInteger();
    return details(community, *q);
}

Reply deleteExplorerQuery(SandboxCommunity& community, const QJsonObject& action)
{
    ExplorerQueryRecord* q = findQuery(community, action.value(QStringLiteral("id")).toInteger());
    if (!q)
        return Reply::notFound();
    q->hidden = true;
    q->updatedAt = action.value(QStringLiteral("at")).toInteger();
    return Reply::json(
        QJsonObject{{QStringLiteral("success"), true}, {QStringLiteral("errors"), QJsonArray()}});
}

} // namespace detail

} // namespace steward::sandbox
