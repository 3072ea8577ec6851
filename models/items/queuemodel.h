// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/changeset.h"
#include "models/store/reviewqueries.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace steward {

class Store;

/// Age colouring of queue items: older than warnHours is "ageing", older than alarmHours
/// "overdue". Defaults follow the first-response targets support teams commonly set.
struct AgeThresholds
{
    int warnHours = 4;
    int alarmHours = 24;
};

/// The review queue as a table over the store: every stored reviewable, one row each, with
/// the decision the outbox holds on it. Reloads when the store commits reviewables or
/// outbox rows. Every row's numbers are read at once; its texts (excerpt, names) only when
/// the row is shown or sorted by them, so that 100,000 items open in a blink. Filtering and
/// sorting are QueueFilterModel's.
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Type,
        Priority,
        Reasons,
        Excerpt,
        Author,
        Topic,
        Category,
        Age,
        Status,
        ClaimedBy,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< Id
        TypeRole,                  ///< int(ReviewableType)
        StatusRole,                ///< int(ReviewableStatus)
        ScoreRole,                 ///< double
        CreatedAtRole,             ///< qint64 ms since epoch
        CategoryIdRole,            ///< Id
        ReasonIdsRole,             ///< QList<int>: score type ids
        ClaimedRole,               ///< bool
        DecisionRole,              ///< QString: open outbox state, empty when none
        TargetPostIdRole,          ///< Id, 0 when the item is not about a stored post
        SortRole,                  ///< the column's value for sorting
        AgeLevelRole,              ///< int: 0 fresh, 1 ageing, 2 overdue
    };

    explicit QueueModel(Store& store, QObject* parent = nullptr);
    /// This Steward's moderator: the Status column names the others whose decision on an
    /// item is on its way (a team database). Unset, every decision reads as this Steward's.
    void setActor(const QString& actor) { m_actor = actor; }

    /// Reads every row again (on open, after a sync).
    void reload();
    void setAgeThresholds(const AgeThresholds& thresholds);
    AgeThresholds ageThresholds() const { return m_thresholds; }
    /// The clock ages are measured against; the current time unless set (tests, demos).
    void setNow(const QDateTime& now);
    qint64 nowMs() const;
    PriorityThresholds priorityThresholds() const { return m_priorities; }
    /// Fixed thresholds; until set, they follow the scores (prioritiesFrom()).
    void setPriorityThresholds(const PriorityThresholds& thresholds);
    static PriorityThresholds prioritiesFrom(const QList<QueueRow>& rows);

    const QueueRow* rowData(int row) const;
    /// The row's texts, read from the store the first time they are asked for.
    const QueueRowText& rowText(int row) const;
    int rowOf(Id reviewableId) const;
    /// A decision on the item that is not settled: waiting, on its way, or not applied
    /// (conflict, failed) and not yet re-applied or discarded. The filters keep such an item in
    /// view whatever its status, so the server's answer does not make it blink out.
    bool hasOpenDecision(Id reviewableId) const;
    Store& store() const { return m_store; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Display names, shared with the filters.
    static QString typeLabel(ReviewableType type);
    static QString statusLabel(ReviewableStatus status);
    static QString reasonLabel(int scoreTypeId);
    static QString ageLabel(qint64 ageMs);

Q_SIGNALS:
    /// After a reload (not the first): pending items of high priority that the previous
    /// reload did not hold, highest score first. What a desktop notification announces.
    void highPriorityArrived(const QList<steward::Id>& ids);

private:
    void onStoreChanged(const ChangeSet& changes);
    /// Reads only the changed reviewables: rows change in place, arrive at the end or go, so
    /// the views keep their selection and scroll position through a sync.
    void applyChanged(const QSet<Id>& ids);
    void updatePriorities();
    void announce(QList<std::pair<double, Id>> arrived);
    int ageLevel(const QueueRow& row) const;
    QString reasonsText(const QueueRow& row) const;
    /// The open decision on the item if any (whose, when it is another moderator's), else its
    /// state on the forum; full: both, for the tooltip.
    QString statusText(const QueueRow& row, bool full) const;
    QString sortText(const QueueRow& row, int column) const;
    void refreshTexts();
    QString priorityLabel(double score) const;

    Store& m_store;
    QList<QueueRow> m_rows;
    QHash<Id, int> m_rowOfId;
    QHash<Id, reviewqueries::OpenDecision> m_decisions;
    QString m_actor; ///< this Steward's moderator
    mutable QHash<Id, QueueRowText> m_texts;
    mutable std::unique_ptr<reviewqueries::QueueTextReader> m_textReader;
    mutable QHash<int, QHash<Id, QString>>
        m_sortTexts; ///< per text column, loaded when sorted by it
    AgeThresholds m_thresholds;
    PriorityThresholds m_priorities;
    bool m_priorityFromData = true;
    QDateTime m_now;
    bool m_loadedOnce = false;
    bool m_textRefreshQueued = false;
};

} // namespace steward
