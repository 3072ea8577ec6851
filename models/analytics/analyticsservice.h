// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/analytics/report.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <memory>

namespace steward::analytics {

/// The dashboard's KPIs for one database file: the dataset is read on a worker thread over a
/// connection of its own, so the window never waits for it; the report is recomputed on the
/// caller's thread whenever the query or the dataset changes (milliseconds: see bench_analytics).
class AnalyticsService : public QObject
{
    Q_OBJECT
public:
    /// databasePath: the copy's location (Database::open), password for a server's.
    AnalyticsService(const QString& databasePath, const QString& password,
                     QObject* parent = nullptr);
    /// Waits for a read that is still running: no thread outlives the service.
    ~AnalyticsService() override;

    /// Reads the dataset again; a request while a read runs starts one more after it.
    void reload();
    bool isLoading() const { return m_loading; }
    bool isLoaded() const { return m_data != nullptr; }

    void setQuery(const Query& query);
    const Query& query() const { return m_query; }
    /// Valid once loaded (an empty dataset before).
    const Dataset& data() const;
    const Report& report() const { return m_report; }
    QString lastError() const { return m_error; }
    /// How long the last recomputation took, ms.
    double lastComputeMs() const { return m_computeMs; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void reportChanged();
    void loadFailed(const QString& error);

private:
    void loaded(std::shared_ptr<Dataset> data, const QString& error);
    void recompute();

    QString m_path;
    QString m_password;
    QPointer<QThread> m_worker;
    Query m_query;
    std::shared_ptr<const Dataset> m_data;
    Report m_report;
    QString m_error;
    bool m_loading = false;
    bool m_reloadAgain = false;
    double m_computeMs = 0.0;
};

} // namespace steward::analytics
