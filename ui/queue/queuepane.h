// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ids.h"
#include "models/items/queuemodel.h"
#include "models/present/queueverbs.h"
#include "models/store/outboxstore.h"

#include <QElapsedTimer>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QHeaderView;
class QSettings;
class QLabel;
class QLineEdit;
class QTableView;

namespace steward {

class ItemDetailView;
class Outbox;
class QueueFilterModel;
class QueueModel;
class Store;

/// The moderation queue: filters and search above a table of items, the selected item in
/// full beside it. Keyboard-first: next()/previous() move, perform() decides on every
/// selected item through the outbox, undoLast() takes the last decision back while its undo
/// window is open.
class QueuePane : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kReplacedHoldMs = 1500;

    QueuePane(Store& store, Outbox& outbox, QWidget* parent = nullptr);
    ~QueuePane() override;

    QueueModel& model() const { return *m_model; }
    QueueFilterModel& filterModel() const { return *m_filter; }
    QTableView* table() const { return m_table; }
    ItemDetailView* detail() const { return m_detail; }
    /// The item under the cursor; 0 when none.
    Id currentId() const;
    void selectItem(Id reviewableId);

    void next();
    void previous();
    void openCurrent();
    void focusSearch();
    /// Decides on every selected item that offers the verb; returns how many were submitted.
    int perform(QueueVerb verb);
    /// Runs one of the current item's own actions (its detail pane's buttons).
    bool performAction(const QString& performId);
    /// Claims the selected items' topics, or unclaims them when all are claimed.
    int toggleClaim();
    /// Asks for a duration and reason (PenaltyDialog, window-modal), then suspends or
    /// silences the authors of the selected items through the outbox. False when no
    /// selected item has a known author.
    bool penaliseAuthors(bool suspend);
    /// Sets the filters to the named view (built-in or saved); false when there is none.
    bool showView(const QString& name);
    /// Saves the current filters under the name; false for an empty or built-in name.
    bool saveView(const QString& name);
    bool deleteView(const QString& name);
    /// The current item's decision that the server refused (conflict or failure): sent
    /// again against the server's state, or dropped. False when there is none to act on.
    bool reapplyProblem();
    bool discardProblem();
    /// When an item's age turns amber and red; kept in the settings.
    void setAgeThresholds(const AgeThresholds& thresholds);
    /// Cancels the last batch of decisions that are still in their undo window.
    int undoLast();

Q_SIGNALS:
    /// Decisions were stored in the outbox; summary says what, for the undo toast.
    void decided(const QString& summary, int count);
    void undone(int count);
    void countsChanged(int shown, int total);
    /// A decision asked for was not made (perform(), performAction()); why, for the status bar.
    void refused(const QString& why);
    /// Something the moderator should know now, for the status bar.
    void notice(const QString& text);

private:
    /// Why a decision on item cannot be made now: another decision on it is open (whose), or
    /// empty when none is.
    QString openDecisionText(Id item) const;
    /// Whether the item shown has just taken the place of one decided elsewhere (refused()
    /// is emitted when so).
    bool refuseJustReplaced();
    /// After the item shown changed from `before` (pending when it was shown): when it left
    /// the list because it was decided elsewhere (not by a move of the moderator's), holds
    /// decisions and says so.
    void noteIfDecidedElsewhere(Id before, bool wasPending);
    void buildFilterBar(QWidget* bar);
    void offerColumnChoice(QHeaderView* header);
    void applyFilter();
    void reloadViews();
    AgeThresholds savedAgeThresholds() const;
    void editAgeThresholds();
    void updateProblem();
    std::optional<OutboxEntry> shownProblem() const;
    void updateViewName();
    void onCurrentChanged();
    QList<Id> selectedIds() const;
    void moveBy(int delta);

    Store& m_store;
    Outbox& m_outbox;
    QueueModel* m_model;
    QueueFilterModel* m_filter;
    QTableView* m_table;
    ItemDetailView* m_detail;
    QComboBox* m_status = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_reason = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_priority = nullptr;
    QComboBox* m_claimed = nullptr;
    QComboBox* m_age = nullptr;
    QComboBox* m_views = nullptr;
    QAction* m_deleteView = nullptr;
    bool m_detailRefreshQueued = false;    ///< a redraw of the detail is on its way
    std::unique_ptr<QSettings> m_settings; ///< the application's settings: saved views
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QList<Id> m_lastBatch;
    /// Items decided in this window: when one leaves the queue, the next is expected.
    QSet<Id> m_decidedHere;
    bool m_shownPending = false; ///< the item shown was pending when it was shown
    /// Since the item being read was decided elsewhere and the next took its place: for
    /// kReplacedHoldMs no decision is taken, since one meant for the old item would land on it.
    QElapsedTimer m_replaced;
};

} // namespace steward
