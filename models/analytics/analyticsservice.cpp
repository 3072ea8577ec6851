// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analytics/analyticsservice.h"

#include "models/store/database.h"

#include <QElapsedTimer>

namespace steward::analytics {

AnalyticsService::AnalyticsService(const QString& databasePath, const QString& password,
                                   QObject* parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_password(password)
{
    m_query.to = QDate::currentDate();
    m_query.from = m_query.to.addDays(-29);
    m_query.zone = QTimeZone::systemTimeZone();
}

AnalyticsService::~AnalyticsService()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

const Dataset& AnalyticsService::data() const
{
    static const Dataset empty;
    return m_data ? *m_data : empty;
}

void AnalyticsService::reload()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    Q_EMIT loadingChanged(true);
    QPointer<AnalyticsService> self(this);
    const QString path = m_path;
    const QString password = m_password;
    QThread* worker = m_worker = QThread::create([self, path, password] {
        auto data = std::make_shared<Dataset>();
        QString error;
        {
            Database db;
            if (db.open(path, &error, Database::Integrity::Trust, password)) // checked on open
                loadDataset(db, data.get(), &error);
        }
        if (self)
            QMetaObject::invokeMethod(
                self,
                [self, data, error] {
                    if (self)
                        self->loaded(data, error);
                },
                Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start(QThread::LowPriority);
}

void AnalyticsService::loaded(std::shared_ptr<Dataset> data, const QString& error)
{
    m_loading = false;
    if (!error.isEmpty()) {
        m_error = error;
        Q_EMIT loadingChanged(false);
        Q_EMIT loadFailed(error);
    } else {
        m_error.clear();
        m_data = std::move(data);
        recompute();
        Q_EMIT loadingChanged(false);
    }
    if (m_reloadAgain) {
        m_reloadAgain = false;
        reload();
    }
}

void AnalyticsService::setQuery(const Query& query)
{
    m_query = query;
    recompute();
}

void AnalyticsService::recompute()
{
    if (!m_data)
        return;
    QElapsedTimer timer;
    timer.start();
    m_report = computeReport(*m_data, m_query);
    m_computeMs = double(timer.nsecsElapsed()) / 1e6;
    Q_EMIT reportChanged();
}

} // namespace steward::analytics
