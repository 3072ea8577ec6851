// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/queuefiltermodel.h"

#include "models/items/queuemodel.h"
#include "models/store/reviewqueries.h"
#include "models/store/store.h"

#include <QTimer>

#include <algorithm>

namespace steward {

QueueFilterModel::QueueFilterModel(QueueModel& source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_queue(source)
{
    setSourceModel(&source);
    setSortRole(QueueModel::SortRole);
    setDynamicSortFilter(true);
    connect(&source, &QAbstractItemModel::rowsInserted, this, &QueueFilterModel::rematchSoon);
    connect(&source, &QAbstractItemModel::modelReset, this, &QueueFilterModel::rematchSoon);
}

void QueueFilterModel::matchSearch()
{
    const bool empty = !searching();
    const Database& db = m_queue.store().database();
    m_matchingPosts = empty ? QSet<Id>() : reviewqueries::searchQueuePosts(db, m_filter.search);
    m_matchingNames =
        empty ? reviewqueries::NameMatches() : reviewqueries::namesMatching(db, m_filter.search);
}

void QueueFilterModel::rematchSoon()
{
    if (!searching() || m_rematchQueued)
        return;
    m_rematchQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_rematchQueued = false;
        if (!searching())
            return;
        matchSearch();
        invalidateFilter();
    });
}

void QueueFilterModel::setFilter(const QueueFilter& filter)
{
    if (filter == m_filter)
        return;
    const bool searchChanged = filter.search != m_filter.search;
    m_filter = filter;
    if (searchChanged)
        matchSearch();
    // One layout change, not a remove or insert signal per run of rows: with tens of
    // thousands of rows scattered through the sort order, those signals cost the view
    // far more than filtering and sorting everything again.
    invalidate();
}

bool QueueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const QueueRow* r = m_queue.rowData(sourceRow);
    if (!r)
        return false;
    const QueueFilter& f = m_filter;
    // An item with a decision not yet settled stays in view (a conflicted one until it is
    // dealt with), though the server's answer already made it no longer pending.
    if (!f.statuses.isEmpty() && !f.statuses.contains(int(r->status)) &&
        !m_queue.hasOpenDecision(r->id))
        return false;
    if (!f.types.isEmpty() && !f.types.contains(int(r->type)))
        return false;
    if (f.categoryId != 0 && r->categoryId != f.categoryId)
        return false;
    if (f.reasonTypeId != 0 &&
        std::none_of(r->reasons.cbegin(), r->reasons.cend(),
                     [&f](const auto& reason) { return reason.first == f.reasonTypeId; }))
        return false;
    if (f.minPriority > int(ReviewPriority::Low) &&
        int(priorityForScore(r->score, m_queue.priorityThresholds())) < f.minPriority)
        return false;
    if (f.claimed != QueueFilter::Claimed::Any &&
        (r->claimedById == 0) == (f.claimed == QueueFilter::Claimed::Claimed))
        return false;
    if (f.minAgeHours > 0) {
        if (m_queue.nowMs() - r->createdAtMs < qint64(f.minAgeHours) * 3600 * 1000)
            return false;
    }
    if (searching()) {
        const reviewqueries::NameMatches& names = m_matchingNames;
        const bool matches =
            (r->targetPostId != 0 && m_matchingPosts.contains(r->targetPostId)) ||
            names.users.contains(r->authorId) || names.topics.contains(r->topicId) ||
            names.categories.contains(r->categoryId) || names.queuedItems.contains(r->id);
        if (!matches)
            return false;
    }
    return true;
}

bool QueueFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // Straight from the rows for the numeric columns: a sort of 100,000 items makes millions
    // of comparisons, and a QVariant each would dominate.
    const QueueRow* a = m_queue.rowData(left.row());
    const QueueRow* b = m_queue.rowData(right.row());
    if (!a || !b)
        return false;
    switch (left.column()) {
    case QueueModel::Priority:
        return a->score < b->score;
    case QueueModel::Age:
        return a->createdAtMs > b->createdAtMs; // ascending = youngest first
    case QueueModel::Status:
        return int(a->status) < int(b->status);
    case QueueModel::Type:
        return int(a->type) < int(b->type);
    case QueueModel::Reasons: {
        const int ca = a->reasons.isEmpty() ? 0 : a->reasons.first().second;
        const int cb = b->reasons.isEmpty() ? 0 : b->reasons.first().second;
        return ca < cb;
    }
    default:
        return QString::localeAwareCompare(left.data(QueueModel::SortRole).toString(),
                                           right.data(QueueModel::SortRole).toString()) < 0;
    }
}

} // namespace steward
