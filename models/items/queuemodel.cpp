// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/queuemodel.h"

#include "models/store/store.h"

#include <QTimer>

#include <algorithm>

namespace steward {

namespace {
constexpr qint64 kHourMs = 3600 * 1000;
} // namespace

QueueModel::QueueModel(Store& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &Store::changed, this, &QueueModel::onStoreChanged);
}

void QueueModel::reload()
{
    QList<QueueRow> rows = reviewqueries::queueRows(m_store.database());
    const bool reloading = m_loadedOnce; // the first load announces nothing
    m_loadedOnce = true;
    const QHash<Id, int> before = m_rowOfId;
    m_texts.clear();
    m_sortTexts.clear();
    m_decisions = reviewqueries::openDecisions(m_store.database());
    if (m_priorityFromData)
        m_priorities = prioritiesFrom(rows);
    QList<std::pair<double, Id>> arrived;
    if (reloading) {
        for (const QueueRow& r : rows)
            if (r.status == ReviewableStatus::Pending && !before.contains(r.id) &&
                priorityForScore(r.score, m_priorities) == ReviewPriority::High)
                arrived.append({r.score, r.id});
    }
    bool sameIds = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows[i].id == m_rows[i].id;
    if (sameIds) {
        // Same items in the same order: an in-place update keeps the views' selection.
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        announce(std::move(arrived));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_rowOfId.clear();
    m_rowOfId.reserve(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rowOfId.insert(m_rows[i].id, int(i));
    endResetModel();
    announce(std::move(arrived));
}

PriorityThresholds QueueModel::prioritiesFrom(const QList<QueueRow>& rows)
{
    // As Discourse does: thresholds from the spread of scores, so that about half the
    // items are low, a third medium and the top sixth high.
    std::vector<double> scores;
    scores.reserve(std::size_t(rows.size()));
    for (const QueueRow& r : rows)
        scores.push_back(r.score);
    if (scores.empty())
        return {};
    // Two order statistics, not a sort: the median first, then the 5/6 quantile among the
    // scores above it.
    const auto at = [&scores](double q) {
        return scores.begin() +
               std::ptrdiff_t(std::min(scores.size() - 1, std::size_t(q * double(scores.size()))));
    };
    const auto median = at(0.5);
    const auto upper = at(5.0 / 6.0);
    std::nth_element(scores.begin(), median, scores.end());
    std::nth_element(median, upper, scores.end());
    return PriorityThresholds{*median, *upper};
}

void QueueModel::applyChanged(const QSet<Id>& ids)
{
    // Before the first load, or for most of the queue at once (a first sync's pages are a
    // few dozen rows each): one read of everything is cheaper than many.
    if (!m_loadedOnce || ids.size() > std::max<qsizetype>(500, m_rows.size() / 2))
        return reload();
    std::optional<QList<QueueRow>> changed = reviewqueries::queueRows(m_store.database(), ids);
    if (!changed)
        return reload(); // never take a failed read for rows that are gone
    QHash<Id, QueueRow> fresh;
    for (QueueRow& r : *changed)
        fresh.insert(r.id, std::move(r));
    QList<int> gone;
    QList<std::pair<double, Id>> arrived;
    for (Id id : ids) {
        const auto at = m_rowOfId.constFind(id);
        const auto now = fresh.find(id);
        if (at == m_rowOfId.cend())
            continue; // new (appended below), or neither here nor stored
        if (now == fresh.end()) {
            gone.append(*at);
            continue;
        }
        m_rows[*at] = std::move(*now);
        fresh.erase(now);
        m_texts.remove(id);
        Q_EMIT dataChanged(index(*at, 0), index(*at, ColumnCount - 1));
    }
    m_sortTexts.clear();
    if (!gone.isEmpty()) {
        std::sort(gone.begin(), gone.end(), std::greater<>());
        for (int row : std::as_const(gone)) {
            beginRemoveRows({}, row, row);
            m_texts.remove(m_rows[row].id);
            m_rows.removeAt(row);
            m_rowOfId.clear(); // rowOf() stays right for whoever listens to the removal
            for (qsizetype i = 0; i < m_rows.size(); ++i)
                m_rowOfId.insert(m_rows[i].id, int(i));
            endRemoveRows();
        }
    }
    if (!fresh.isEmpty()) {
        QList<QueueRow> added = fresh.values();
        std::sort(added.begin(), added.end(), [](const QueueRow& a, const QueueRow& b) {
            return a.createdAtMs > b.createdAtMs; // newest first, as a reload reads them
        });
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (QueueRow& r : added) {
            m_rowOfId.insert(r.id, int(m_rows.size()));
            m_rows.append(std::move(r));
        }
        endInsertRows();
        updatePriorities();
        for (int i = first; i < m_rows.size(); ++i) {
            const QueueRow& r = m_rows[i];
            if (r.status == ReviewableStatus::Pending &&
                priorityForScore(r.score, m_priorities) == ReviewPriority::High)
                arrived.append({r.score, r.id});
        }
    } else {
        updatePriorities();
    }
    announce(std::move(arrived));
}

bool QueueModel::hasOpenDecision(Id reviewableId) const
{
    return m_decisions.contains(reviewableId);
}

void QueueModel::updatePriorities()
{
    if (!m_priorityFromData)
        return;
    const PriorityThresholds now = prioritiesFrom(m_rows);
    if (now.medium == m_priorities.medium && now.high == m_priorities.high)
        return;
    m_priorities = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Priority), index(int(m_rows.size()) - 1, Priority));
}

void QueueModel::announce(QList<std::pair<double, Id>> arrived)
{
    if (arrived.isEmpty())
        return;
    std::sort(arrived.begin(), arrived.end(), std::greater<>());
    QList<Id> ids;
    for (const auto& [score, id] : std::as_const(arrived))
        ids.append(id);
    Q_EMIT highPriorityArrived(ids);
}

void QueueModel::onStoreChanged(const ChangeSet& changes)
{
    if (!changes.reviewables.isEmpty())
        applyChanged(changes.reviewables);
    if (!changes.posts.isEmpty() || !changes.users.isEmpty() || !changes.topics.isEmpty()) {
        // Texts shown before their post, author or topic arrived fill in as a sync brings them.
        const bool incomplete =
            std::any_of(m_texts.cbegin(), m_texts.cend(), [](const QueueRowText& t) {
                return t.excerpt.isEmpty() || t.author.isEmpty() || t.topicTitle.isEmpty();
            });
        if ((incomplete || !m_sortTexts.isEmpty()) && !m_textRefreshQueued) {
            m_textRefreshQueued = true;
            QTimer::singleShot(1000, this, [this] {
                m_textRefreshQueued = false;
                refreshTexts();
            });
        }
    }
    if (!changes.outbox.isEmpty()) {
        m_decisions = reviewqueries::openDecisions(m_store.database());
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, Status), index(int(m_rows.size()) - 1, Status));
    }
}

void QueueModel::refreshTexts()
{
    m_texts.clear();
    m_sortTexts.clear();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Excerpt), index(int(m_rows.size()) - 1, ClaimedBy),
                           {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
}

const QueueRowText& QueueModel::rowText(int row) const
{
    static const QueueRowText kNone;
    const QueueRow* r = rowData(row);
    if (!r)
        return kNone;
    auto it = m_texts.constFind(r->id);
    if (it == m_texts.cend()) {
        if (!m_textReader)
            m_textReader = std::make_unique<reviewqueries::QueueTextReader>(m_store.database());
        it = m_texts.insert(r->id, m_textReader->read(*r));
    }
    return *it;
}

QString QueueModel::sortText(const QueueRow& row, int column) const
{
    const int which = column == Excerpt    ? 0
                      : column == Author   ? 1
                      : column == Topic    ? 2
                      : column == Category ? 3
                                           : 4;
    auto it = m_sortTexts.find(which);
    if (it == m_sortTexts.end())
        it = m_sortTexts.insert(which, reviewqueries::queueColumnTexts(m_store.database(), which));
    return it->value(row.id);
}

void QueueModel::setAgeThresholds(const AgeThresholds& thresholds)
{
    m_thresholds = thresholds;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Age), index(int(m_rows.size()) - 1, Age));
}

void QueueModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Age), index(int(m_rows.size()) - 1, Age));
}

void QueueModel::setPriorityThresholds(const PriorityThresholds& thresholds)
{
    m_priorityFromData = false;
    m_priorities = thresholds;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Priority), index(int(m_rows.size()) - 1, Priority));
}

const QueueRow* QueueModel::rowData(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int QueueModel::rowOf(Id reviewableId) const
{
    return m_rowOfId.value(reviewableId, -1);
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 QueueModel::nowMs() const
{
    return m_now.isValid() ? m_now.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
}

int QueueModel::ageLevel(const QueueRow& row) const
{
    const qint64 age = nowMs() - row.createdAtMs;
    return age >= m_thresholds.alarmHours * kHourMs  ? 2
           : age >= m_thresholds.warnHours * kHourMs ? 1
                                                     : 0;
}

QString QueueModel::reasonsText(const QueueRow& row) const
{
    QStringList parts;
    for (const auto& [typeId, count] : row.reasons)
        parts.append(count > 1 ? tr("%1 ×%2").arg(reasonLabel(typeId)).arg(count)
                               : reasonLabel(typeId));
    return parts.join(QStringLiteral(", "));
}

QString QueueModel::priorityLabel(double score) const
{
    switch (priorityForScore(score, m_priorities)) {
    case ReviewPriority::High:
        return tr("high");
    case ReviewPriority::Medium:
        return tr("medium");
    case ReviewPriority::Low:
        break;
    }
    return tr("low");
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    const QueueRow* r = index.isValid() ? rowData(index.row()) : nullptr;
    if (!r)
        return {};
    switch (role) {
    case IdRole:
        return r->id;
    case TypeRole:
        return int(r->type);
    case StatusRole:
        return int(r->status);
    case ScoreRole:
        return r->score;
    case CreatedAtRole:
        return r->createdAtMs;
    case CategoryIdRole:
        return r->categoryId;
    case ClaimedRole:
        return r->claimedById != 0;
    case DecisionRole:
        return m_decisions.value(r->id).state;
    case TargetPostIdRole:
        return r->targetPostId;
    case AgeLevelRole:
        return ageLevel(*r);
    case ReasonIdsRole: {
        QList<int> ids;
        for (const auto& reason : r->reasons)
            ids.append(reason.first);
        return QVariant::fromValue(ids);
    }
    case SortRole:
        switch (index.column()) {
        case Priority:
            return r->score;
        case Age:
            return -r->createdAtMs; // ascending = youngest first
        case Reasons:
            return r->reasons.isEmpty() ? 0 : r->reasons.first().second;
        case Status:
            return int(r->status);
        case Type:
            return int(r->type);
        case Excerpt:
        case Author:
        case Topic:
        case Category:
        case ClaimedBy:
            return sortText(*r, index.column());
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == Excerpt)
            return rowText(index.row()).excerpt;
        if (index.column() == Age)
            return QDateTime::fromMSecsSinceEpoch(r->createdAtMs)
                .toString(QLocale().dateTimeFormat(QLocale::ShortFormat));
        if (index.column() == Priority)
            return tr("Score %1").arg(r->score, 0, 'f', 1);
        if (index.column() == Status)
            return statusText(*r, true);
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Type:
            return typeLabel(r->type);
        case Priority:
            return priorityLabel(r->score);
        case Reasons:
            return reasonsText(*r);
        case Excerpt:
            return rowText(index.row()).excerpt;
        case Author:
            return rowText(index.row()).author;
        case Topic:
            return rowText(index.row()).topicTitle;
        case Category:
            return rowText(index.row()).categoryName;
        case Age:
            return ageLabel(nowMs() - r->createdAtMs);
        case Status:
            return statusText(*r, false);
        case ClaimedBy:
            return rowText(index.row()).claimedBy;
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QString QueueModel::statusText(const QueueRow& r, bool full) const
{
    const reviewqueries::OpenDecision decision = m_decisions.value(r.id);
    if (decision.state == u"pending" || decision.state == u"sending") {
        // The column is narrow: the decision alone; its tooltip has the item's state too.
        const bool own = m_actor.isEmpty() || decision.actor.isEmpty() || decision.actor == m_actor;
        if (full)
            return own ? tr("%1; this decision is on its way").arg(statusLabel(r.status))
                       : tr("%1; %2 decided, and their decision is on its way")
                             .arg(statusLabel(r.status), decision.actor);
        return own ? tr("sending…") : tr("%1 decided").arg(decision.actor);
    }
    if (decision.state == u"conflict")
        return tr("conflict");
    if (decision.state == u"failed")
        return tr("failed");
    return statusLabel(r.status);
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Type:
        return tr("Type");
    case Priority:
        return tr("Priority");
    case Reasons:
        return tr("Reasons");
    case Excerpt:
        return tr("Post");
    case Author:
        return tr("Author");
    case Topic:
        return tr("Topic");
    case Category:
        return tr("Category");
    case Age:
        return tr("Age");
    case Status:
        return tr("Status");
    case ClaimedBy:
        return tr("Claimed by");
    case ColumnCount:
        break;
    }
    return {};
}

QString QueueModel::typeLabel(ReviewableType type)
{
    switch (type) {
    case ReviewableType::FlaggedPost:
        return tr("Flagged post");
    case ReviewableType::QueuedPost:
        return tr("Queued post");
    case ReviewableType::User:
        return tr("New user");
    case ReviewableType::Post:
        return tr("Post");
    case ReviewableType::Other:
        break;
    }
    return tr("Other");
}

QString QueueModel::statusLabel(ReviewableStatus status)
{
    switch (status) {
    case ReviewableStatus::Pending:
        return tr("pending");
    case ReviewableStatus::Approved:
        return tr("approved");
    case ReviewableStatus::Rejected:
        return tr("rejected");
    case ReviewableStatus::Ignored:
        return tr("ignored");
    case ReviewableStatus::Deleted:
        return tr("deleted");
    }
    return {};
}

QString QueueModel::reasonLabel(int scoreTypeId)
{
    switch (scoreTypeId) {
    case ScoreTypeId::OffTopic:
        return tr("off-topic");
    case ScoreTypeId::Inappropriate:
        return tr("inappropriate");
    case ScoreTypeId::NotifyUser:
        return tr("message to user");
    case ScoreTypeId::NotifyModerators:
        return tr("something else");
    case ScoreTypeId::Spam:
        return tr("spam");
    case ScoreTypeId::NeedsApproval:
        return tr("needs approval");
    case ScoreTypeId::Illegal:
        return tr("illegal");
    default:
        return tr("flag type %1").arg(scoreTypeId);
    }
}

QString QueueModel::ageLabel(qint64 ageMs)
{
    const qint64 minutes = std::max<qint64>(0, ageMs / 60000);
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%n h", nullptr, int(minutes / 60));
    return tr("%n d", nullptr, int(minutes / (24 * 60)));
}

} // namespace steward
