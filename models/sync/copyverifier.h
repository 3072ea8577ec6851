// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/category.h"
#include "models/net/apierror.h"
#include "models/net/endpoints.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

namespace steward {

class DiscourseClient;
class Store;

/// One total the server states beside the copy's count of the same thing.
struct VerifyCheck
{
    QString what; ///< "topics", "users", "category Billing (5): topics", "review queue: pending"
    qint64 server = 0;
    qint64 copy = 0;
    bool differs() const { return server != copy; }
};

struct VerifyReport
{
    QList<VerifyCheck> checks;
    QStringList notes;    ///< what was not compared, and why; how current the server's totals are
    QDateTime serverTime; ///< the server's clock when it answered

    int differences() const;
    /// One line a difference, "what: server N, copy M (copy lacks K)".
    QStringList differenceLines() const;
};

/// Compares the local copy with the totals the server states about itself: /about.json's
/// stats, each category's topic and post counts (/site.json, or /categories.json when they
/// are lazy-loaded) and the review queue's row counts (/review.json meta), each counted
/// locally with the server's own definition (models/store/copycounts.h). A handful of
/// requests. The result is kept in the store (checkpoints verify.*), so that a window can
/// say the copy is known to differ.
///
/// finished() fires once per start(); ok false means the server could not be asked (error()).
class CopyVerifier : public QObject
{
    Q_OBJECT
public:
    CopyVerifier(DiscourseClient& client, Store& store, QObject* parent = nullptr);
    void start();
    const VerifyReport& report() const { return m_report; }
    const ApiError& error() const { return m_error; }

Q_SIGNALS:
    void finished(bool ok);

private:
    void get(const Endpoint& endpoint, std::function<void(const QJsonObject&)> handler);
    void compareAbout(const QJsonObject& about);
    void compareCategories();
    void categoryPage(int page);
    void reviewTotals(bool pending);
    void finish();

    DiscourseClient& m_client;
    Store& m_store;
    VerifyReport m_report;
    ApiError m_error;
    QHash<Id, Category>
        m_categories; ///< as the server states them, with their topic and post counts
};

} // namespace steward
