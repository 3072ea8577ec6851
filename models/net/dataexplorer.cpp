// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/net/dataexplorer.h"

#include "models/net/apirequest.h"
#include "models/net/discourseclient.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace steward {

namespace {

// Lists live at the plugin's current mount; writes and runs answer at the legacy one on every
// version (plugins/discourse-data-explorer/config/routes.rb).
const QString kListPath = QStringLiteral("/admin/plugins/discourse-data-explorer/queries");
const QString kLegacyPath = QStringLiteral("/admin/plugins/explorer/queries");
// The list's filter matches names and descriptions; every Steward query's description has it.
const QString kMarker = QStringLiteral("steward-sql-sha256:");
constexpr int kListPage = 50; // the plugin's INDEX_LIMIT

ApiError malformed(const QString& path, const QString& what)
{
    ApiError error;
    error.kind = ApiErrorKind::MalformedResponse;
    error.httpStatus = 200;
    error.detail = QStringLiteral("%1 did not answer as Data Explorer does (%2)").arg(path, what);
    return error;
}

} // namespace

DataExplorer::DataExplorer(DiscourseClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_runsPer10s(client.connection().explorerRunsPer10Seconds)
{
}

qint64 DataExplorer::spacingDelay() const
{
    if (m_runsPer10s <= 0 || m_runStarts.size() < m_runsPer10s)
        return 0;
    const qint64 free = m_runStarts.at(m_runStarts.size() - m_runsPer10s) + kWindowMs + kMarginMs;
    return std::max<qint64>(0, free - m_client.clock()->monotonicMs());
}

QString DataExplorer::describe(const QString& sql)
{
    return kMarker +
           QString::fromLatin1(
               QCryptographicHash::hash(sql.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void DataExplorer::prepare(const QList<ExplorerQuery>& queries, Done done)
{
    m_wanted = queries;
    m_listed.clear();
    m_prepared = std::move(done);
    list(0, false);
}

void DataExplorer::list(int offset, bool legacy)
{
    QUrlQuery query;
    if (!legacy)
        query = QUrlQuery{{QStringLiteral("filter"), kMarker},
                          {QStringLiteral("order"), QStringLiteral("name")},
                          {QStringLiteral("ascending"), QStringLiteral("true")},
                          {QStringLiteral("offset"), QString::number(offset)}};
    const QString path = legacy ? kLegacyPath : kListPath;
    ApiRequest* request = m_client.get(path, query);
    connect(request, &ApiRequest::finished, this, [this, request, offset, legacy, path] {
        if (!request->succeeded()) {
            const ApiError& error = request->error();
            if (error.kind == ApiErrorKind::NotFound && !legacy)
                return list(0, true); // a plugin from before the move to its current mount
            if (error.kind == ApiErrorKind::NotFound || error.kind == ApiErrorKind::Forbidden)
                m_availability = error.kind == ApiErrorKind::NotFound ? Availability::Missing
                                                                      : Availability::Refused;
            return finishPrepare(error);
        }
        const QJsonDocument doc = request->document();
        // The current plugin answers {"queries": [...], "load_more_queries": ...}; old ones a
        // bare list or {"queries": [...]}, unpaged.
        const QJsonArray queries =
            doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("queries")).toArray();
        if (!doc.isArray() && !doc.object().value(QStringLiteral("queries")).isArray())
            return finishPrepare(malformed(path, QStringLiteral("no list of queries")));
        for (const QJsonValue& v : queries) {
            const QJsonObject q = v.toObject();
            const Id id = q.value(QStringLiteral("id")).toInteger();
            const QString name = q.value(QStringLiteral("name")).toString();
            if (id <= 0 || name.isEmpty())
                continue; // negative ids are the plugin's own built-in queries
            const auto it = m_listed.constFind(name);
            if (it == m_listed.cend() || id < it->id) // names are not unique: the oldest wins
                m_listed.insert(name,
                                Listed{id, q.value(QStringLiteral("description")).toString()});
        }
        const bool more = !legacy && doc.object().contains(QStringLiteral("load_more_queries")) &&
                          !queries.isEmpty();
        if (more)
            return list(offset + kListPage, false);
        m_availability = Availability::Available;
        reconcile(0);
    });
}

void DataExplorer::reconcile(int index)
{
    if (index == m_wanted.size())
        return finishPrepare({});
    const ExplorerQuery& wanted = m_wanted.at(index);
    const QString description = describe(wanted.sql);
    const auto listed = m_listed.constFind(wanted.name);
    if (listed != m_listed.cend() && listed->description == description) {
        m_ids.insert(wanted.name, listed->id);
        return reconcile(index + 1);
    }
    const QUrlQuery form{{QStringLiteral("query[name]"), wanted.name},
                         {QStringLiteral("query[description]"), description},
                         {QStringLiteral("query[sql]"), wanted.sql}};
    const bool update = listed != m_listed.cend();
    const QString path =
        update ? QStringLiteral("%1/%2").arg(kLegacyPath).arg(listed->id) : kLegacyPath;
    ApiRequest* request = m_client.send(update ? "PUT" : "POST", path, form);
    connect(request, &ApiRequest::finished, this, [this, request, index, path] {
        if (!request->succeeded())
            return finishPrepare(request->error());
        const Id id = request->document()
                          .object()
                          .value(QStringLiteral("query"))
                          .toObject()
                          .value(QStringLiteral("id"))
                          .toInteger();
        if (id <= 0)
            return finishPrepare(malformed(path, QStringLiteral("no query id")));
        m_ids.insert(m_wanted.at(index).name, id);
        reconcile(index + 1);
    });
}

void DataExplorer::finishPrepare(const ApiError& error)
{
    if (Done done = std::exchange(m_prepared, {}))
        done(error);
}

void DataExplorer::run(const QString& name, const QJsonObject& params, int limit, PageDone done)
{
    m_waiting.append(Waiting{name, params, limit, std::move(done)});
    pump();
}

void DataExplorer::pump()
{
    if (m_inFlight || m_waiting.isEmpty())
        return;
    if (const qint64 wait = spacingDelay(); wait > 0) {
        if (!std::exchange(m_pumpArmed, true))
            m_client.clock()->callAfter(wait, this, [this] {
                m_pumpArmed = false;
                pump();
            });
        return;
    }
    Waiting next = m_waiting.takeFirst();
    m_inFlight = true;
    send(next.name, next.params, next.limit,
         [this, done = std::move(next.done)](const ExplorerPage& page, const ApiError& error) {
             m_inFlight = false;
             done(page, error);
             pump();
         });
}

void DataExplorer::send(const QString& name, const QJsonObject& params, int limit, PageDone done)
{
    const Id id = queryId(name);
    if (id <= 0) {
        ApiError error;
        error.kind = ApiErrorKind::NotFound;
        error.detail = QStringLiteral("the query '%1' was not prepared").arg(name);
        return done({}, error);
    }
    QJsonObject asStrings;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it)
        asStrings.insert(it.key(), it->isString()   ? it->toString()
                                   : it->isDouble() ? QString::number(it->toInteger())
                                                    : it->toVariant().toString());
    const QUrlQuery form{
        {QStringLiteral("params"),
         QString::fromUtf8(QJsonDocument(asStrings).toJson(QJsonDocument::Compact))},
        {QStringLiteral("limit"), QString::number(limit)}};
    const QString path = QStringLiteral("%1/%2/run").arg(kLegacyPath).arg(id);
    ApiRequest* request = m_client.sendReadOnly(path, form);
    auto lastSent = std::make_shared<qint64>(-1);
    connect(request, &ApiRequest::sent, this,
            [this, lastSent] { *lastSent = m_client.clock()->monotonicMs(); });
    connect(request, &ApiRequest::finished, this,
            [this, request, path, lastSent, done = std::move(done)] {
                if (*lastSent >= 0) {
                    m_runStarts.append(*lastSent);
                    while (m_runStarts.size() > std::max(1, m_runsPer10s))
                        m_runStarts.removeFirst();
                }
                if (!request->succeeded())
                    return done(
                        {}, request->error()); // a failed query: 422 with the database's message
                const QJsonObject o = request->document().object();
                if (!o.value(QStringLiteral("success")).toBool() ||
                    !o.value(QStringLiteral("rows")).isArray() ||
                    !o.value(QStringLiteral("columns")).isArray())
                    return done({},
                                malformed(path, QStringLiteral(
                                                    "no successful result with columns and rows")));
                ExplorerPage page;
                for (const QJsonValue& c : o.value(QStringLiteral("columns")).toArray())
                    page.columns.append(c.toString());
                for (const QJsonValue& r : o.value(QStringLiteral("rows")).toArray())
                    page.rows.append(r.toArray());
                done(page, {});
            });
}

} // namespace steward
