// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/moderation.h"
#include "models/store/threadqueries.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QHash>

namespace steward {

class Database;

/// One topic's posts from the local copy, one row each in post order, read a page at a time:
/// the first page when a topic is shown, the next on loadMore(). header() is the topic's;
/// pendingOperations() the post operations waiting in the outbox. The thread view renders
/// from this model and never reads the store itself.
class ThreadModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 40;
    enum Role
    {
        PostIdRole = Qt::UserRole + 1, ///< Id
        PostNumberRole,                ///< int
    };

    explicit ThreadModel(const Database& db, QObject* parent = nullptr);

    /// Shows topicId from its first page (a reset); a topic not stored has an empty header.
    void showTopic(Id topicId);
    /// Reads the header and every post up to the last one loaded again (a reset).
    void refresh();
    /// Appends the next page (rows inserted); false when there was none.
    bool loadMore();

    Id topicId() const { return m_topic; }
    bool hasTopic() const { return m_header.id != 0; }
    bool hasMore() const { return m_hasMore; }
    const thread::Header& header() const { return m_header; }
    const QList<thread::ThreadPost>& posts() const { return m_posts; }
    /// Post id -> the operation on it waiting in the outbox, read when asked.
    QHash<Id, ActionKind> pendingOperations() const;
    /// thread::topContributorLikes(), read again at most once a minute: it passes over every
    /// user, too much for every thread shown.
    int topContributorLikes();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const Database& m_db;
    Id m_topic = 0;
    thread::Header m_header;
    QList<thread::ThreadPost> m_posts;
    bool m_hasMore = false;
    int m_topContributorLikes = 0;
    QElapsedTimer m_topContributorsAge;
};

} // namespace steward
