// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ids.h"
#include "models/sync/usernotesservice.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace steward {

class Database;

/// The staff notes on one user (the People tab): the forum's and Steward's, newest first, a
/// box to add one (Ctrl+Return), and per note Delete, Undo while it waits in the outbox, and
/// "Send to the forum" for a note kept in Steward only. The forum is asked for the user's notes
/// once the user has been shown for a moment, so stepping through the queue spends no requests.
/// Without a service (no community open) the notes are shown read-only.
class UserNotesView : public QWidget
{
    Q_OBJECT
public:
    UserNotesView(Database& database, QWidget* parent = nullptr);

    void setService(UserNotesService* service);
    /// Shows the notes on a user (0: none); postId is what a new note is about.
    void showUser(Id userId, Id postId);
    Id userId() const { return m_userId; }
    /// Reads the notes again (done on every UserNotesService::notesChanged for the user shown,
    /// which follows each of this view's own actions too).
    void reload();

    QListWidget* list() const { return m_list; }
    QPlainTextEdit* editor() const { return m_editor; }
    /// How long a user is shown before the forum is asked for their notes.
    static constexpr int kAskDelayMs = 1500;

private:
    void addNote();
    void removeSelected();
    void publishSelected();
    void undoSelected();
    void showMenu(const QPoint& at);
    const UserNotesService::Shown* selected() const;
    void updateStatus();

    Database& m_database;
    UserNotesService* m_service = nullptr;
    Id m_userId = 0;
    Id m_postId = 0;
    QList<UserNotesService::Shown> m_shown;
    QHash<Id, QString> m_drafts; ///< notes half written, by user
    QString m_fetchError;
    QLabel* m_status;
    QListWidget* m_list;
    QPlainTextEdit* m_editor;
    QPushButton* m_add;
    QTimer* m_ask;
};

} // namespace steward
