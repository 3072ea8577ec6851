// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/threadmodel.h"

namespace steward {

ThreadModel::ThreadModel(const Database& db, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(db)
{
}

void ThreadModel::showTopic(Id topicId)
{
    beginResetModel();
    m_topic = topicId;
    m_posts.clear();
    m_hasMore = false;
    if (const auto h = thread::header(m_db, topicId)) {
        m_header = *h;
        m_posts = thread::posts(m_db, topicId, 0, PageSize);
        m_hasMore = m_posts.size() == PageSize;
    } else {
        m_header = {};
    }
    endResetModel();
}

void ThreadModel::refresh()
{
    if (m_topic == 0)
        return;
    beginResetModel();
    const int last = m_posts.isEmpty() ? 0 : m_posts.last().post.postNumber;
    if (const auto h = thread::header(m_db, m_topic))
        m_header = *h;
    // Posts may have moved away or arrived: read everything up to the last one shown.
    const int wanted = std::max<int>(PageSize, int(m_posts.size()));
    m_posts = thread::posts(m_db, m_topic, 0, std::max(wanted, last));
    m_hasMore =
        !thread::posts(m_db, m_topic, m_posts.isEmpty() ? 0 : m_posts.last().post.postNumber, 1)
             .isEmpty();
    endResetModel();
}

bool ThreadModel::loadMore()
{
    if (!m_hasMore || m_posts.isEmpty())
        return false;
    const QList<thread::ThreadPost> more =
        thread::posts(m_db, m_topic, m_posts.last().post.postNumber, PageSize);
    m_hasMore = more.size() == PageSize;
    if (more.isEmpty())
        return false;
    const int first = int(m_posts.size());
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_posts += more;
    endInsertRows();
    return true;
}

QHash<Id, ActionKind> ThreadModel::pendingOperations() const
{
    return m_topic == 0 ? QHash<Id, ActionKind>() : thread::openPostOperations(m_db, m_topic);
}

int ThreadModel::topContributorLikes()
{
    if (!m_topContributorsAge.isValid() || m_topContributorsAge.hasExpired(60000)) {
        m_topContributorLikes = thread::topContributorLikes(m_db);
        m_topContributorsAge.start();
    }
    return m_topContributorLikes;
}

int ThreadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_posts.size());
}

QVariant ThreadModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_posts.size())
        return {};
    const thread::ThreadPost& p = m_posts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return p.author.username;
    case PostIdRole:
        return p.post.id;
    case PostNumberRole:
        return p.post.postNumber;
    default:
        return {};
    }
}

QHash<int, QByteArray> ThreadModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PostIdRole, "postId");
    names.insert(PostNumberRole, "postNumber");
    return names;
}

} // namespace steward
