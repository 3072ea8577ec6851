// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/queuefiltermodel.h"

#include "models/items/queuemodel.h"
#include "models/store/reviewqueries.h"
#include "models/store/store.h"

#include <algorithm>

namespace steward {

QueueFilterModel::QueueFilterModel(QueueModel& source, QObject* parent)
    : QSortFilterProxyModel(parent), m_queue(source)
{
    setSourceModel(&source);
    setSortRole(QueueModel::SortRole);
    setDynamicSortFilter(true);
}

void QueueFilterModel::setFilter(const QueueFilter& filter)
{
    if (filter == m_filter)
        return;
    if (filter.search != m_filter.search)
        m_matchingPosts = filter.search.trimmed().isEmpty()
                              ? QSet<Id>()
                              : reviewqueries::searchPosts(m_queue.store().database(), filter.search);
    m_filter = filter;
    invalidateRowsFilter();
}

bool QueueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const QueueRow* r = m_queue.rowData(sourceRow);
    if (!r)
        return false;
    const QueueFilter& f = m_filter;
    if (!f.statuses.isEmpty() && !f.statuses.contains(int(r->status)))
        return false;
    if (!f.types.isEmpty() && !f.types.contains(int(r->type)))
        return false;
    if (f.categoryId != 0 && r->categoryId != f.categoryId)
        return false;
    if (f.reasonTypeId != 0
        && std::none_of(r->reasons.cbegin(), r->reasons.cend(), [&f](const auto& reason) { return reason.first == f.reasonTypeId; }))
        return false;
    if (f.minPriority > int(ReviewPriority::Low) && int(priorityForScore(r->score, m_queue.priorityThresholds())) < f.minPriority)
        return false;
    if (f.claimed != QueueFilter::Claimed::Any && r->claimedBy.isEmpty() == (f.claimed == QueueFilter::Claimed::Claimed))
        return false;
    if (f.minAgeHours > 0) {
        if (m_queue.nowMs() - r->createdAtMs < qint64(f.minAgeHours) * 3600 * 1000)
            return false;
    }
    const QString search = f.search.trimmed();
    if (!search.isEmpty()) {
        const bool inPost = r->targetPostId != 0 && m_matchingPosts.contains(r->targetPostId);
        const bool inNames = r->author.contains(search, Qt::CaseInsensitive) || r->topicTitle.contains(search, Qt::CaseInsensitive)
                             || r->categoryName.contains(search, Qt::CaseInsensitive)
                             || (r->targetPostId == 0 && r->excerpt.contains(search, Qt::CaseInsensitive));
        if (!inPost && !inNames)
            return false;
    }
    return true;
}

bool QueueFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(QueueModel::SortRole);
    const QVariant b = right.data(QueueModel::SortRole);
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace steward
