// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ids.h"
#include "models/net/apierror.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

namespace steward {

class DiscourseClient;

/// One of Steward's stored queries: its name, by which it is found again, and its SQL (no
/// semicolons; parameters declared in a "-- [params]" header, docs/data-explorer.md §3).
struct ExplorerQuery
{
    QString name;
    QString sql;
};

/// What one run brought: the column names, and each row as an array in their order.
struct ExplorerPage
{
    QStringList columns;
    QList<QJsonArray> rows;
};

/// Steward's queries on a site's Data Explorer plugin (docs/data-explorer.md). prepare() finds
/// each query by its exact name among the site's, creates the missing ones and updates those
/// whose SQL changed (a digest of the SQL is kept in the description, which the list shows,
/// so an unchanged query costs no request); run() runs one by name, a page at a time. Only an
/// admin's key may; a site without the plugin answers 404 (availability() says which).
/// A failed query is an error, never an empty page.
class DataExplorer : public QObject
{
    Q_OBJECT
public:
    enum class Availability
    {
        Unknown,
        Available,
        Missing,
        Refused
    };
    using Done = std::function<void(const ApiError& error)>;
    using PageDone = std::function<void(const ExplorerPage& page, const ApiError& error)>;

    explicit DataExplorer(DiscourseClient& client, QObject* parent = nullptr);

    /// Makes every query exist on the site with exactly its SQL, then calls done (an error of
    /// kind None on success). Missing: NotFound; Refused: Forbidden.
    void prepare(const QList<ExplorerQuery>& queries, Done done);
    Availability availability() const { return m_availability; }
    /// The site's id of a prepared query; 0 before prepare() found or made it.
    Id queryId(const QString& name) const { return m_ids.value(name); }
    /// Runs a prepared query with these parameters (sent as strings, as the plugin expects)
    /// and at most limit rows (the plugin allows 10,000; without one it stops at 1,000).
    /// Runs go one at a time, in the order asked, spaced (setRunsPer10Seconds()).
    void run(const QString& name, const QJsonObject& params, int limit, PageDone done);

    /// Runs are spaced so that no more than this many start in any 10 s: the plugin's own
    /// limit (max_data_explorer_api_reqs_per_10_seconds, 2 by default), which refuses with
    /// 429 only in block mode but is the site's to set. 0 turns the spacing off. Starts as
    /// the connection's SiteConnection::explorerRunsPer10Seconds.
    void setRunsPer10Seconds(int runs) { m_runsPer10s = runs; }
    int runsPer10Seconds() const { return m_runsPer10s; }
    /// The least time one run takes at the spacing, for estimates; 0 without spacing.
    qint64 runSpacingMs() const
    {
        return m_runsPer10s > 0 ? (kWindowMs + kMarginMs) / m_runsPer10s : 0;
    }

    /// The description Steward gives a query: a digest of its SQL.
    static QString describe(const QString& sql);

private:
    static constexpr qint64 kWindowMs = 10'000;
    static constexpr qint64 kMarginMs = 250; ///< clocks differ; the server counts on arrival
    /// How long a run starting now must wait for the spacing; 0 when it may go.
    qint64 spacingDelay() const;
    /// Sends the next waiting run when none is in flight and the spacing allows.
    void pump();
    void send(const QString& name, const QJsonObject& params, int limit, PageDone done);
    struct Waiting
    {
        QString name;
        QJsonObject params;
        int limit = 0;
        PageDone done;
    };

    struct Listed
    {
        Id id = 0;
        QString description;
    };
    void list(int offset, bool legacy);
    void reconcile(int index);
    void finishPrepare(const ApiError& error);

    DiscourseClient& m_client;
    Availability m_availability = Availability::Unknown;
    QHash<QString, Id> m_ids;
    QList<ExplorerQuery> m_wanted;
    QHash<QString, Listed> m_listed;
    Done m_prepared;
    int m_runsPer10s = 2;
    /// When the latest runs last left (the client's clock), oldest first: the server counts a run
    /// when it arrives, and a retried one (after a 503, say) arrives with its last attempt.
    QList<qint64> m_runStarts;
    QList<Waiting> m_waiting;
    bool m_inFlight = false;
    bool m_pumpArmed = false;
};

} // namespace steward
