// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Data Explorer (docs/data-explorer.md §1-4): query CRUD at /admin/plugins/discourse-data-explorer
// and the legacy /admin/plugins/explorer, and runs against the community's SQLite mirror.
#include "models/sandbox/server/explorermirror.h"
#include "models/sandbox/server/explorerrun.h"
#include "models/sandbox/server/json.h"
#include "models/sandbox/server/routes.h"

#include <QJsonDocument>

#include <algorithm>
#include <optional>

namespace steward::sandbox::routes {

namespace {

constexpr int kIndexLimit = 50;             ///< QueryController::INDEX_LIMIT
constexpr int kQueryResultMaxLimit = 10000; ///< QUERY_RESULT_MAX_LIMIT
constexpr int kDefaultResultLimit = 1000;   ///< data_explorer_query_result_limit

/// requires_plugin, then ensure_admin: 404 when the plugin is off, 403 for anyone but an admin.
std::optional<Reply> refuse(const S& server, const C& context)
{
    if (!server.options().dataExplorer)
        return Reply::notFound();
    if (!context.actor || !context.actor->user.admin)
        return Reply::forbidden();
    return std::nullopt;
}

/// The query[...] fields sent, from a form ("query[name]") or a JSON object ("query": {...});
/// nullopt when there are none (ActionController::ParameterMissing).
std::optional<QJsonObject> queryFields(const C& context)
{
    QJsonObject fields;
    const QJsonObject nested = context.body.value(QStringLiteral("query")).toObject();
    for (const char* key : {"name", "description", "sql"}) {
        const QString name = QString::fromLatin1(key);
        const QString form = QStringLiteral("query[%1]").arg(name);
        if (nested.contains(name))
            fields.insert(name, nested.value(name).toString());
        else if (context.has(form))
            fields.insert(name, context.param(form));
    }
    if (fields.isEmpty())
        return std::nullopt;
    return fields;
}

/// 503 while the mirror's first build runs: Retry-After and a body like Discourse's errors
/// (no error_type: this is not Discourse's read-only mode).
Reply warmingUp(int seconds)
{
    Reply reply = Reply::error(
        503, QStringLiteral(
                 "The Data Explorer is still preparing its data. Please try again in %1 seconds.")
                 .arg(seconds));
    reply.headers.emplaceBack("Retry-After", QByteArray::number(seconds));
    return reply;
}

Reply parameterMissing()
{
    return Reply::error(400, QStringLiteral("param is missing or the value is empty: query"),
                        QStringLiteral("invalid_parameters"));
}

const ExplorerQueryRecord* findQuery(const SandboxCommunity& community, Id id)
{
    return id >= 1 && id <= Id(community.explorerQueries.size())
               ? &community.explorerQueries[std::size_t(id - 1)]
               : nullptr;
}

QString authorName(const SandboxCommunity& community, const ExplorerQueryRecord& q)
{
    const SandboxUser* author = community.user(q.userId);
    return author ? author->user.username : QString();
}

} // namespace

Reply explorerList(S& server, C& context)
{
    if (auto refused = refuse(server, context))
        return *refused;
    const SandboxCommunity& community = server.community();
    const QString filter = context.param(QStringLiteral("filter"));
    QString order = context.param(QStringLiteral("order"), QStringLiteral("last_run_at"));
    if (order != u"name" && order != u"username" && order != u"last_run_at")
        order = QStringLiteral("last_run_at");
    const bool ascending = context.param(QStringLiteral("ascending")) == u"true";
    std::vector<const ExplorerQueryRecord*> matches;
    for (const ExplorerQueryRecord& q : community.explorerQueries) {
        if (q.hidden)
            continue;
        if (!filter.isEmpty() && !q.name.contains(filter, Qt::CaseInsensitive) &&
            !q.description.contains(filter, Qt::CaseInsensitive))
            continue;
        matches.push_back(&q);
    }
    std::stable_sort(
        matches.begin(), matches.end(),
        [&](const ExplorerQueryRecord* a, const ExplorerQueryRecord* b) {
            int c = 0;
            if (order == u"name")
                c = QString::compare(a->name, b->name, Qt::CaseInsensitive);
            else if (order == u"username")
                c = QString::compare(authorName(community, *a), authorName(community, *b),
                                     Qt::CaseInsensitive);
            else
                c = a->lastRunAt < b->lastRunAt ? -1 : a->lastRunAt > b->lastRunAt ? 1 : 0;
            if (c == 0)
                c = a->id < b->id ? -1 : 1;
            return ascending ? c < 0 : c > 0;
        });
    const int total = int(matches.size());
    const int offset = std::clamp(context.intParam(QStringLiteral("offset"), 0), 0, total);
    QJsonArray queries;
    for (int i = offset; i < std::min(total, offset + kIndexLimit); ++i)
        queries.append(json::explorerQuery(community, *matches[std::size_t(i)], false));
    QJsonObject body{{QStringLiteral("queries"), queries},
                     {QStringLiteral("total_rows_queries"), total}};
    if (offset + kIndexLimit < total) {
        QUrlQuery next;
        next.addQueryItem(QStringLiteral("offset"), QString::number(offset + kIndexLimit));
        for (const char* key : {"filter", "order", "ascending"}) {
            if (context.has(QString::fromLatin1(key)))
                next.addQueryItem(QString::fromLatin1(key),
                                  context.param(QString::fromLatin1(key)));
        }
        body.insert(QStringLiteral("load_more_queries"),
                    QStringLiteral("/admin/plugins/discourse-data-explorer/queries.json?") +
                        next.toString(QUrl::FullyEncoded));
    }
    return Reply::json(body);
}

Reply explorerShow(S& server, C& context)
{
    if (auto refused = refuse(server, context))
        return *refused;
    const ExplorerQueryRecord* q = findQuery(server.community(), context.pathId(1));
    if (!q || q->hidden)
        return Reply::notFound();
    return Reply::json(
        QJsonObject{{QStringLiteral("query"), json::explorerQuery(server.community(), *q, true)}});
}

Reply explorerCreate(S& server, C& context)
{
    if (auto refused = refuse(server, context))
        return *refused;
    const std::optional<QJsonObject> fields = queryFields(context);
    if (!fields)
        return parameterMissing();
    QJsonObject action = context.action(QStringLiteral("explorer.create"));
    for (auto it = fields->begin(); it != fields->end(); ++it)
        action.insert(it.key(), it.value());
    return server.write(action);
}

Reply explorerUpdate(S& server, C& context)
{
    if (auto refused = refuse(server, context))
        return *refused;
    if (!findQuery(server.community(), context.pathId(1)))
        return Reply::notFound();
    const std::optional<QJsonObject> fields = queryFields(context);
    if (!fields)
        return parameterMissing();
    QJsonObject action = context.action(QStringLiteral("explorer.update"));
    action.insert(QStringLiteral("id"), context.pathId(1));
    for (auto it = fields->begin(); it != fields->end(); ++it)
        action.insert(it.key(), it.value());
    return server.write(action);
}

Reply explorerDelete(S& server, C& context)
{
    if (auto refused = refuse(server, context))
        return *refused;
    QJsonObject action = context.action(QStringLiteral("explorer.delete"));
    action.insert(QStringLiteral("id"), context.pathId(1));
    return server.write(action);
}

Reply explorerRun(S& server, C& context)
{
    if (auto refused = refuse(server, context))
        return *refused;
    // While the mirror's first build runs on a worker, runs are refused before anything
    // happens, the rate limit included: the warm-up is the sandbox's, not the plugin's.
    if (const int wait = server.explorerWarmUpSecondsLeft(); wait > 0)
        return warmingUp(wait);
    // rate_limit_query_runs! comes before the query is looked up: failed runs count too.
    if (const int wait = server.admitExplorerRun(); wait > 0) {
        Reply limited = Reply::error(
            429,
            QStringLiteral("You’ve performed this action too many times. Please wait %1 seconds "
                           "before trying again.")
                .arg(wait),
            QStringLiteral("rate_limit"),
            QJsonObject{{QStringLiteral("wait_seconds"), wait},
                        {QStringLiteral("time_left"), QStringLiteral("%1 seconds").arg(wait)}});
        limited.headers.emplaceBack("Retry-After", QByteArray::number(wait));
        return limited;
    }
    SandboxCommunity& community = server.mutableCommunity();
    const Id id = context.pathId(1);
    if (!findQuery(community, id))
        return Reply::notFound();
    // The adopted mirror, refreshed (it writes only what changed since the last run).
    int retryAfter = 0;
    QString mirrorError;
    ExplorerMirror* mirror = server.explorerMirror(&retryAfter, &mirrorError);
    if (!mirror && retryAfter > 0)
        return warmingUp(retryAfter);
    if (!mirror)
        return Reply::error(500, mirrorError);
    ExplorerQueryRecord& query = community.explorerQueries[std::size_t(id - 1)];
    query.lastRunAt = context.at; // in memory only: runs are not journaled

    int limit = kDefaultResultLimit;
    if (const QString sent = context.param(QStringLiteral("limit")); !sent.isEmpty()) {
        bool ok = false;
        limit = sent.toInt(&ok);
        if (!ok || limit < 0 || limit > kQueryResultMaxLimit || sent.startsWith(u'+') ||
            sent.startsWith(u'-'))
            return Reply::error(
                400, QStringLiteral("You supplied invalid parameters to the request: limit"),
                QStringLiteral("invalid_parameters"));
    }
    // QueryRunner.parse_params: a JSON string, or a hash; anything else is no parameters.
    QJsonObject params;
    const QJsonValue sent =
        context.body.contains(QStringLiteral("params"))
            ? context.body.value(QStringLiteral("params"))
        : context.query.hasQueryItem(QStringLiteral("params"))
            ? QJsonValue(context.query.queryItemValue(QStringLiteral("params"), QUrl::FullyDecoded))
            : QJsonValue();
    if (sent.isObject()) {
        params = sent.toObject();
    } else if (sent.isString() && !sent.toString().trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(sent.toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return explorerFailure(QStringLiteral("Invalid JSON in params"));
        params = doc.object();
    }

    return runExplorerQuery(mirror->connection(), query.sql, params, limit,
                            server.options().dataExplorerTimeoutMs);
}

Reply explorerLegacyGet(S& server, C& context)
{
    if (auto refused = refuse(server, context))
        return *refused;
    // The current plugin redirects the legacy GETs to its HTML page and drops ".json".
    return {302, QByteArray(), {{"Location", "/admin/plugins/discourse-data-explorer/queries"}}};
}

} // namespace steward::sandbox::routes
