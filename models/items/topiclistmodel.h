// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/changeset.h"
#include "models/store/topicindex.h"
#include "models/store/topicqueries.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include <unordered_map>

namespace steward {

class Store;

/// The topic browser's list: every topic's numbers are read once into a TopicIndex, and a
/// filter's list (view, category, order) is computed from it in memory; a search asks the
/// store for its matches. A row's texts are read in blocks as rows are shown, so that views
/// of 100,000 topics scroll without loading them all. Follows the store: the topics a
/// commit touched are read again into the index and the list is recomputed (coalesced); a
/// change of categories, or of very many topics, reads the index again.
class TopicListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Title,
        Category,
        Author,
        Posts,
        Views,
        Likes,
        Activity,
        Status,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< Id
        SlugRole,                  ///< QString
        ClosedRole,                ///< bool
        ArchivedRole,              ///< bool
        PinnedRole,                ///< bool
        VisibleRole,               ///< bool
        CategoryIdRole,            ///< Id
        TagsRole,                  ///< QStringList
        TitleRole,                 ///< QString, the bare title
    };

    explicit TopicListModel(Store& store, QObject* parent = nullptr);

    /// An idle model lists nothing and reads nothing (a pane not yet shown); making it active
    /// reads the list. Active from construction.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setFilter(const topics::Filter& filter);
    const topics::Filter& filter() const { return m_filter; }
    /// Reads the list again now (and the index, when it is not read yet or out of date).
    void reload();
    /// How long the last reload took to list the ids (index and search included), ms.
    double lastListMs() const { return m_listMs; }
    QString lastError() const { return m_error; }

    /// The topic's row, or -1 (a pass over the list: no lookup table is kept per reload).
    int rowOf(Id topicId) const;
    Id idAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids[row] : 0; }
    /// The row, read from the store if it was not yet; nullptr out of range.
    const topics::Row* row(int row) const;
    QString categoryName(Id categoryId) const { return m_categoryNames.value(categoryId); }
    /// Listed topics per category (not below it), as of the last reload.
    QHash<Id, int> categoryCounts() const { return m_index.countByCategory(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    /// Sorting is the filter's: by the column's value in SQL.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString activityLabel(qint64 ageMs);

Q_SIGNALS:
    /// After every reload, with the number of topics listed.
    void reloaded(int count);

private:
    void onStoreChanged(const ChangeSet& changes);
    void readBlock(int block) const;
    QString statusText(const topics::Row& r) const;

    static constexpr int BlockSize = 100;
    Store& m_store;
    topics::Filter m_filter;
    QList<Id> m_ids;
    mutable std::unordered_map<Id, topics::Row> m_rows;
    mutable QSet<int> m_blocksRead;
    QHash<Id, QString> m_categoryNames;
    QHash<Id, QString> m_operations; ///< topic -> outbox state of an open operation on it
    QTimer m_reloadTimer;
    TopicIndex m_index;
    QSet<Id> m_dirtyTopics;   ///< to read again into the index at the next reload
    bool m_indexStale = true; ///< read the whole index again at the next reload
    bool m_active = true;
    double m_listMs = 0.0;
    QString m_error;
};

} // namespace steward
