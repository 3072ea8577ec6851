// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/usernotesview.h"

#include "models/store/database.h"
#include "models/sync/outbox.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace steward {

namespace {

using State = UserNotesService::Shown::State;

QString when(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

/// What names a shown note across reloads: its forum id, its row, or its decision.
QString identity(const UserNotesService::Shown& s)
{
    return s.note.isOnForum() ? s.note.forumId
           : s.outboxId != 0  ? QStringLiteral("outbox:%1").arg(s.outboxId)
                              : QStringLiteral("local:%1").arg(s.note.localId);
}

QString byline(const UserNotesService::Shown& s)
{
    const QString writer = !s.note.createdBy.isEmpty() ? s.note.createdBy
                           : s.note.isOnForum()        ? UserNotesView::tr("a deleted user")
                                                       : UserNotesView::tr("an earlier Steward");
    QString where;
    switch (s.state) {
    case State::Sending:
        where = UserNotesView::tr("sending to the forum…");
        break;
    case State::Deleting:
        where = UserNotesView::tr("deleting on the forum…");
        break;
    case State::Stored:
        where = s.note.isOnForum() ? UserNotesView::tr("on the forum")
                                   : UserNotesView::tr("in Steward only");
        break;
    }
    return UserNotesView::tr("— %1, %2 · %3").arg(writer, when(s.note.createdAt), where);
}

} // namespace

UserNotesView::UserNotesView(Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_status(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_editor(new QPlainTextEdit(this))
    , m_add(new QPushButton(tr("Add &note"), this))
    , m_ask(new QTimer(this))
{
    setObjectName(QStringLiteral("userNotes"));
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("userNotesStatus"));
    m_list->setObjectName(QStringLiteral("userNotesList"));
    m_list->setAccessibleName(tr("Notes on the author"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setFocusPolicy(Qt::StrongFocus); // Tab reaches it: Delete, the menu key
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSpacing(2);
    connect(m_list, &QListWidget::customContextMenuRequested, this, &UserNotesView::showMenu);
    auto* del = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &UserNotesView::removeSelected);

    m_editor->setObjectName(QStringLiteral("userNoteEditor"));
    m_editor->setAccessibleName(tr("New note on the author"));
    m_editor->setFocusPolicy(Qt::StrongFocus);
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(56);
    auto* send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_editor, nullptr, nullptr,
                               Qt::WidgetShortcut);
    connect(send, &QShortcut::activated, this, &UserNotesView::addNote);
    m_add->setFocusPolicy(Qt::NoFocus);
    m_add->setToolTip(tr("Adds the note (Ctrl+Return)"));
    connect(m_add, &QPushButton::clicked, this, &UserNotesView::addNote);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_editor, 1);
    row->addWidget(m_add, 0, Qt::AlignBottom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);

    m_ask->setSingleShot(true);
    m_ask->setInterval(kAskDelayMs);
    connect(m_ask, &QTimer::timeout, this, [this] {
        if (m_service && m_userId != 0)
            m_service->refresh(m_userId);
    });
    showUser(0, 0);
}

void UserNotesView::setService(UserNotesService* service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (m_service) {
        connect(m_service, &UserNotesService::notesChanged, this, [this](Id user) {
            if (user == m_userId)
                reload();
        });
        connect(m_service, &UserNotesService::fetched, this, [this](Id user, const QString& e) {
            if (user != m_userId)
                return;
            m_fetchError = e;
            reload();
        });
    }
    // A user shown before the service came (a window opens on its first item, then its
    // session's notes are attached) is asked about as if shown now.
    m_ask->stop();
    if (m_service && m_userId != 0)
        m_ask->start();
    reload();
}

void UserNotesView::showUser(Id userId, Id postId)
{
    const bool other = userId != m_userId;
    if (other) {
        // A note half written stays with its user while the queue moves on.
        const QString draft = m_editor->toPlainText();
        if (m_userId != 0 && !draft.trimmed().isEmpty())
            m_drafts.insert(m_userId, draft);
        else
            m_drafts.remove(m_userId);
    }
    m_userId = userId;
    m_postId = postId;
    if (other) {
        m_fetchError.clear();
        m_editor->setPlainText(m_drafts.take(userId));
        m_ask->stop();
        if (m_service && m_userId != 0)
            m_ask->start();
    }
    reload();
}

void UserNotesView::reload()
{
    const bool shown = m_userId != 0;
    m_editor->setEnabled(shown && m_service);
    m_add->setEnabled(shown && m_service);
    const UserNotesService::Shown* before = selected();
    const QString keep = before ? identity(*before) : QString();
    m_shown.clear();
    if (shown && m_service) {
        m_shown = m_service->notesOn(m_userId);
    } else if (shown) {
        for (const UserNote& n : usernotes::notesOn(m_database, m_userId))
            m_shown.append({n, State::Stored, 0});
    }
    m_list->clear();
    for (const UserNotesService::Shown& s : m_shown) {
        auto* item = new QListWidgetItem(s.note.raw + u'\n' + byline(s), m_list);
        if (s.state != State::Stored) {
            QFont font = item->font();
            font.setItalic(true);
            font.setStrikeOut(s.state == State::Deleting);
            item->setFont(font);
        }
    }
    for (qsizetype i = 0; !keep.isEmpty() && i < m_shown.size(); ++i)
        if (identity(m_shown[i]) == keep)
            m_list->setCurrentRow(int(i));
    if (shown && m_shown.isEmpty()) {
        auto* none = new QListWidgetItem(tr("No notes on this user yet."), m_list);
        none->setFlags(Qt::NoItemFlags);
    }
    updateStatus();
}

void UserNotesView::updateStatus()
{
    const bool team = m_database.backend() == Database::Backend::PostgreSQL;
    QString text;
    if (m_userId == 0) {
        text = tr("Notes on the author");
    } else if (!m_service || m_service->plugin() == usernotes::Plugin::Off) {
        text = team ? tr("Notes, kept in the team database (the forum has no user notes plugin)")
                    : tr("Notes, kept on this computer (the forum has no user notes plugin)");
    } else if (m_service->plugin() == usernotes::Plugin::On) {
        text = tr("Notes, shared with the forum's user notes");
    } else {
        text = tr("Notes (asking the forum for its user notes…)");
    }
    if (!m_fetchError.isEmpty())
        text += u' ' + tr("The forum's notes could not be read: %1").arg(m_fetchError);
    m_status->setText(text);
    m_editor->setPlaceholderText(m_userId == 0 ? QString()
                                               : tr("Add a note on this user (Ctrl+Return)"));
}

const UserNotesService::Shown* UserNotesView::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_shown.size() ? &m_shown[row] : nullptr;
}

void UserNotesView::addNote()
{
    if (!m_service || m_userId == 0 || m_editor->toPlainText().trimmed().isEmpty())
        return;
    QString error;
    if (!m_service->add(m_userId, m_editor->toPlainText(), m_postId, &error)) {
        QMessageBox::warning(this, tr("Note not added"),
                             tr("The note could not be stored: %1").arg(error));
        return;
    }
    m_editor->clear(); // the list shows the note already (UserNotesService::notesChanged)
}

void UserNotesView::removeSelected()
{
    const UserNotesService::Shown* s = selected();
    if (!m_service || !s || s->state != State::Stored)
        return;
    if (s->note.isOnForum() && !s->note.canDelete) {
        QMessageBox::information(this, tr("Note not deleted"),
                                 tr("The forum lets only admins delete notes here."));
        return;
    }
    // A deletion on the forum waits out the undo window; one in Steward is at once.
    if (!s->note.isOnForum() &&
        QMessageBox::question(this, tr("Delete note"),
                              tr("Delete this note? It is kept in Steward only, so it cannot be "
                                 "undone.")) != QMessageBox::Yes)
        return;
    QString error;
    if (!m_service->remove(s->note, &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Note not deleted"),
                             tr("The note could not be deleted: %1").arg(error));
}

void UserNotesView::publishSelected()
{
    const UserNotesService::Shown* s = selected();
    QString error;
    if (m_service && s && !m_service->publish(s->note, &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Note not sent"),
                             tr("The note could not be queued: %1").arg(error));
}

void UserNotesView::undoSelected()
{
    const UserNotesService::Shown* s = selected();
    if (m_service && s && s->outboxId != 0)
        m_service->undo(s->outboxId);
}

void UserNotesView::showMenu(const QPoint& at)
{
    if (QListWidgetItem* item = m_list->itemAt(at))
        m_list->setCurrentItem(item);
    const UserNotesService::Shown* s = selected();
    if (!m_service || !s)
        return;
    QMenu menu(this);
    if (s->state == State::Stored) {
        QAction* del = menu.addAction(tr("&Delete note"), this, &UserNotesView::removeSelected);
        del->setEnabled(!s->note.isOnForum() || s->note.canDelete);
        if (!s->note.isOnForum() && m_service->plugin() == usernotes::Plugin::On)
            menu.addAction(tr("&Send to the forum"), this, &UserNotesView::publishSelected);
    } else {
        menu.addAction(tr("&Undo"), this, &UserNotesView::undoSelected);
    }
    menu.exec(m_list->viewport()->mapToGlobal(at));
}

} // namespace steward
