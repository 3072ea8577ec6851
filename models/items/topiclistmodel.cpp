// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/topiclistmodel.h"

#include "models/store/store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>

namespace steward {

TopicListModel::TopicListModel(Store& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(400);
    connect(&m_reloadTimer, &QTimer::timeout, this, &TopicListModel::reload);
    connect(&m_store, &Store::changed, this, &TopicListModel::onStoreChanged);
}

void TopicListModel::setActive(bool active)
{
    m_active = active;
    if (active)
        reload();
}

void TopicListModel::setFilter(const topics::Filter& filter)
{
    m_filter = filter;
    reload();
}

void TopicListModel::reload()
{
    m_reloadTimer.stop();
    if (!m_active)
        return;
    QElapsedTimer timer;
    timer.start();
    QString error;
    const Database& db = m_store.database();
    // While the first sync's walk over all posts has their indexes dropped, reading whether
    // topics are answered would scan every post per topic: the index waits, as it was, for
    // the commit that builds them again.
    const bool postsIndexed = m_store.hasPostIndexes();
    if (postsIndexed && m_indexStale) {
        m_indexStale = !m_index.load(db, &error);
        m_dirtyTopics.clear();
    } else if (postsIndexed && !m_dirtyTopics.isEmpty() &&
               m_index.update(db, m_dirtyTopics, &error)) {
        m_dirtyTopics.clear();
    }
    QList<Id> ids;
    if (error.isEmpty()) {
        const std::optional<QSet<Id>> hits = TopicIndex::searchHits(db, m_filter.search, &error);
        if (error.isEmpty())
            ids = m_index.ids(db, m_filter, hits ? &*hits : nullptr);
    }
    m_listMs = double(timer.nsecsElapsed()) / 1e6;
    m_error = error;
    beginResetModel();
    m_ids = std::move(ids);
    m_rows.clear();
    m_blocksRead.clear();
    m_categoryNames.clear();
    for (const topics::CategoryNode& c : topics::categoryTree(db))
        m_categoryNames.insert(c.id, c.name);
    m_operations = topics::openOperations(db);
    endResetModel();
    Q_EMIT reloaded(int(m_ids.size()));
}

void TopicListModel::onStoreChanged(const ChangeSet& changes)
{
    if (!m_active) { // nothing read yet: activation reads everything
        m_indexStale = true;
        m_dirtyTopics.clear();
        return;
    }
    if (!changes.outbox.isEmpty()) {
        const QHash<Id, QString> before = m_operations;
        m_operations = topics::openOperations(m_store.database());
        QSet<Id> touched;
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            touched.insert(it.key());
        for (auto it = m_operations.cbegin(); it != m_operations.cend(); ++it)
            touched.insert(it.key());
        // One pass over the list (rowOf() is a pass too): a bulk close touches 100,000s.
        for (int r = 0; r < m_ids.size() && !touched.isEmpty(); ++r)
            if (touched.contains(m_ids[r]))
                Q_EMIT dataChanged(index(r, Status), index(r, Status));
    }
    if (changes.topics.isEmpty() && changes.categories.isEmpty() && changes.posts.isEmpty() &&
        changes.reviewables.isEmpty())
        return;
    // The index learns what changed; rows already read are read again; membership and order
    // may have changed too.
    constexpr qsizetype kManyTopics = 5000;
    QSet<Id> touched = changes.topics;
    if (!changes.posts.isEmpty() || !changes.reviewables.isEmpty())
        touched.unite(topics::topicsOf(m_store.database(), changes.posts, changes.reviewables));
    if (!changes.categories.isEmpty() || touched.size() + m_dirtyTopics.size() > kManyTopics)
        m_indexStale = true;
    else
        m_dirtyTopics.unite(touched);
    for (int r = 0; r < m_ids.size() && !changes.topics.isEmpty(); ++r) {
        const Id id = m_ids[r];
        if (!changes.topics.contains(id) || !m_rows.contains(id))
            continue;
        m_rows.erase(id);
        Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
    m_reloadTimer.start();
}

int TopicListModel::rowOf(Id topicId) const
{
    const qsizetype at = m_ids.indexOf(topicId);
    return at < 0 ? -1 : int(at);
}

void TopicListModel::readBlock(int block) const
{
    m_blocksRead.insert(block);
    const int first = block * BlockSize;
    const int last = std::min<int>(int(m_ids.size()), first + BlockSize);
    // Keep memory bounded on long scrolls: forget the rows read so far.
    if (m_rows.size() > std::size_t(50 * BlockSize)) {
        m_rows.clear();
        m_blocksRead = {block};
    }
    QList<Id> wanted;
    for (int i = first; i < last; ++i) {
        if (!m_rows.contains(m_ids[i]))
            wanted.append(m_ids[i]);
    }
    const QHash<Id, topics::Row> read = topics::rows(m_store.database(), wanted);
    for (auto it = read.cbegin(); it != read.cend(); ++it)
        m_rows.insert_or_assign(it.key(), it.value());
}

const topics::Row* TopicListModel::row(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const Id id = m_ids[row];
    if (!m_rows.contains(id)) {
        if (m_blocksRead.contains(row / BlockSize)) {
            // Read before, and changed since: read this one again.
            const QHash<Id, topics::Row> one = topics::rows(m_store.database(), {id});
            if (!one.isEmpty())
                m_rows.insert_or_assign(id, one.cbegin().value());
        } else {
            readBlock(row / BlockSize);
        }
    }
    const auto it = m_rows.find(id);
    return it == m_rows.end() ? nullptr : &it->second;
}

int TopicListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int TopicListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TopicListModel::activityLabel(qint64 ageMs)
{
    const qint64 minutes = std::max<qint64>(0, ageMs / 60000);
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%n h", nullptr, int(minutes / 60));
    if (minutes < 60 * 24 * 60)
        return tr("%n d", nullptr, int(minutes / (24 * 60)));
    return tr("%n mo", nullptr, int(minutes / (30 * 24 * 60)));
}

QString TopicListModel::statusText(const topics::Row& r) const
{
    QStringList parts;
    const QString operation = m_operations.value(r.id);
    if (operation == u"pending" || operation == u"sending")
        parts.append(tr("sending…"));
    else if (operation == u"conflict")
        parts.append(tr("conflict"));
    else if (operation == u"failed")
        parts.append(tr("failed"));
    if (r.pinned)
        parts.append(tr("pinned"));
    if (r.closed)
        parts.append(tr("closed"));
    if (r.archived)
        parts.append(tr("archived"));
    if (!r.visible)
        parts.append(tr("unlisted"));
    if (r.solved)
        parts.append(tr("solved"));
    if (r.pendingFlags > 0)
        parts.append(tr("%n flagged", nullptr, r.pendingFlags));
    return parts.join(QStringLiteral(" · "));
}

QVariant TopicListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == IdRole)
        return idAt(index.row());
    const topics::Row* r = row(index.row());
    if (!r)
        return {};
    switch (role) {
    case SlugRole:
        return r->slug;
    case ClosedRole:
        return r->closed;
    case ArchivedRole:
        return r->archived;
    case PinnedRole:
        return r->pinned;
    case VisibleRole:
        return r->visible;
    case CategoryIdRole:
        return r->categoryId;
    case TagsRole:
        return r->tags;
    case TitleRole:
        return r->title;
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return r->tags.isEmpty()
                       ? r->title
                       : tr("%1\nTags: %2").arg(r->title, r->tags.join(QStringLiteral(", ")));
        if (index.column() == Activity)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r->activityAt),
                                      QLocale::ShortFormat);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Posts || index.column() == Views || index.column() == Likes ||
            index.column() == Activity)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Title:
            return r->title;
        case Category:
            return m_categoryNames.value(r->categoryId);
        case Author:
            return r->author;
        case Posts:
            return QLocale().toString(r->posts);
        case Views:
            return QLocale().toString(r->views);
        case Likes:
            return QLocale().toString(r->likes);
        case Activity:
            return activityLabel(QDateTime::currentMSecsSinceEpoch() - r->activityAt);
        case Status:
            return statusText(*r);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant TopicListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Title:
        return tr("Topic");
    case Category:
        return tr("Category");
    case Author:
        return tr("Author");
    case Posts:
        return tr("Posts");
    case Views:
        return tr("Views");
    case Likes:
        return tr("Likes");
    case Activity:
        return tr("Activity");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

void TopicListModel::sort(int column, Qt::SortOrder order)
{
    topics::Filter f = m_filter;
    switch (Column(column)) {
    case Title:
        f.sort = topics::Sort::Title;
        break;
    case Posts:
        f.sort = topics::Sort::Replies;
        break;
    case Views:
        f.sort = topics::Sort::Views;
        break;
    case Likes:
        f.sort = topics::Sort::Likes;
        break;
    case Activity:
        f.sort = topics::Sort::Activity;
        break;
    default:
        return; // not sortable: the list keeps its order
    }
    // Activity reads as age: ascending age is the newest first.
    f.descending = column == Activity ? order == Qt::AscendingOrder : order == Qt::DescendingOrder;
    setFilter(f);
}

} // namespace steward
