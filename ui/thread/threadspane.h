// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/topicqueries.h"
#include "models/sync/moderationaction.h"

#include <QUrl>
#include <QWidget>

class QLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolButton;
class QTreeWidget;

namespace steward {

class CaseService;
struct CaseDraft;
class Outbox;
class Store;
class ThreadView;
class TopicListModel;

/// Thread curation: categories and views on the left, the topics of the chosen view in the
/// middle (sorted and searched), the chosen topic's thread on the right with its operations.
/// Every operation goes through the outbox like a queue decision: pending, undoable for the
/// undo window (undoLast()), conflicts and failures shown in the Status column.
class ThreadsPane : public QWidget
{
    Q_OBJECT
public:
    ThreadsPane(Store& store, Outbox& outbox, QWidget* parent = nullptr);
    ~ThreadsPane() override;

    void setSite(const QUrl& site);
    TopicListModel& model() const { return *m_model; }
    QTableView* table() const { return m_table; }
    ThreadView* threadView() const { return m_thread; }
    QTreeWidget* categories() const { return m_categories; }
    QListWidget* views() const { return m_views; }
    QLineEdit* searchField() const { return m_search; }

    void setView(topics::View view);
    void setCategory(Id categoryId);
    void setStaleDays(int days);
    void selectTopic(Id topicId);
    Id currentTopic() const;
    /// Reads categories and the list again (after a sync).
    void reload();

    // Operations on the current topic; false when nothing was submitted.
    bool setTopicStatus(TopicFlag flag, bool enabled);
    bool toggleStatus(TopicFlag flag);
    bool editTopic(const TopicChange& change);
    /// delete, recover, accept, unaccept on a post of the current thread.
    bool postAction(Id postId, const QString& verb);
    /// The thread's selected posts to a new topic (title, category) or into destination.
    bool movePosts(const QString& newTitle, Id categoryId, Id destinationTopicId = 0);
    /// The stale view's topics (with the current category and days), for the preview.
    QList<Id> staleTopics() const;
    /// Sets status on each topic, one undoable batch; returns how many were submitted.
    int bulkStatus(const QList<Id>& topicIds, TopicFlag flag);
    /// The edit, bulk-close dialogs (window-modal, deleted on close); nullptr when not possible.
    QDialog* openEditDialog();
    QDialog* openBulkCloseDialog();
    QDialog* openMoveDialog();
    int undoLast();

    /// Offers "Create support case" on the topic and its posts, raised as actor.
    void setCaseService(CaseService* cases, const QString& actor);
    /// The case dialog for a post of the current thread (0: its first post); nullptr when
    /// there is no case service or no such post.
    QDialog* openCaseDialog(Id postId);
    /// Stores and sends the case; false (with caseMessage) when it could not be stored.
    bool raiseCase(const CaseDraft& draft);

protected:
    /// The first show reads the topics: a window that never shows the pane pays nothing.
    void showEvent(QShowEvent* event) override;

Q_SIGNALS:
    /// Operations were stored in the outbox; summary says what, for the undo toast.
    void decided(const QString& summary, int count);
    void undone(int count);
    /// How a support case went (sending, created, failed), for the status bar.
    void caseMessage(const QString& message);

private:
    void buildLayout();
    /// The views list above the category tree.
    QWidget* buildNavigation();
    /// The search and stale-view controls above the topic table and its count.
    QWidget* buildTopicList();
    void setUpTopicTable();
    /// The current topic's operations.
    QLayout* buildToolbar();
    /// The views, categories, search and stale days choose the list's filter.
    void connectFilters();
    /// The table's current topic in the thread view, kept current with the store and the list.
    void connectListAndThread();
    void connectToolbar();
    void applyFilter();
    void showCurrentTopic();
    void updateButtons();
    void fillCategories();
    bool submit(const ModerationAction& action, const QString& summary);
    void showCases();
    void onCaseChanged(Id caseId, Id topicId);
    void retryCase(Id caseId);

    Store& m_store;
    Outbox& m_outbox;
    TopicListModel* m_model;
    topics::Filter m_filter;
    QTreeWidget* m_categories;
    QListWidget* m_views;
    QLineEdit* m_search;
    QSpinBox* m_staleDays;
    QLabel* m_count;
    QTableView* m_table;
    ThreadView* m_thread;
    QToolButton* m_close;
    QToolButton* m_pin;
    QToolButton* m_archive;
    QToolButton* m_list;
    QToolButton* m_edit;
    QToolButton* m_move;
    QToolButton* m_case;
    QPushButton* m_bulk;
    QList<Id> m_lastBatch;
    CaseService* m_cases = nullptr;
    QString m_actor;
};

} // namespace steward
