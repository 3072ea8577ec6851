// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ids.h"
#include "models/domain/reviewable.h"
#include "models/store/reviewqueries.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace steward {

class QueueModel;

/// What the queue shows: a saved view is one of these, by name.
struct QueueFilter
{
    enum class Claimed
    {
        Any,
        Claimed,
        Unclaimed
    };
    QSet<int> statuses{int(ReviewableStatus::Pending)}; ///< empty: every status
    QSet<int> types;                                    ///< empty: every type
    int reasonTypeId = 0;                               ///< 0: any reason
    Id categoryId = 0;                                  ///< 0: any category
    int minPriority = int(ReviewPriority::Low);
    int minAgeHours = 0; ///< 0: any age
    Claimed claimed = Claimed::Any;
    QString search; ///< words in the post (full text), author, topic or category

    friend bool operator==(const QueueFilter&, const QueueFilter&) = default;
};

/// Filters and sorts a QueueModel. The search is full-text over the stored posts (FTS5)
/// joined with substring matches on author, topic and category names.
class QueueFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit QueueFilterModel(QueueModel& source, QObject* parent = nullptr);

    void setFilter(const QueueFilter& filter);
    const QueueFilter& filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool searching() const { return !m_filter.search.trimmed().isEmpty(); }
    /// The posts and names the current search matches, asked of the store again.
    void matchSearch();
    /// Items that arrive during a search are matched against it: on PostgreSQL the search
    /// covers only posts already in the queue (reviewqueries::searchQueuePosts).
    void rematchSoon();

    QueueModel& m_queue;
    QueueFilter m_filter;
    QSet<Id> m_matchingPosts;
    reviewqueries::NameMatches m_matchingNames;
    bool m_rematchQueued = false;
};

} // namespace steward
