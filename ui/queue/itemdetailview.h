// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/reviewable.h"

#include <QWidget>

class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace steward {

class Database;
struct Post;
class FlowLayout;
class PostBrowser;
struct User;
class UserNotesService;
class UserNotesView;

/// One queue item in full: the post rendered from its cooked HTML (scripts and remote
/// resources blocked; "Load images" per post), its Markdown highlighted, the posts around
/// it, the author's dossier with the staff notes on them, and the flaggers with how often
/// their flags were agreed with. Its action buttons are exactly the item's server actions.
class ItemDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit ItemDetailView(Database& database, QWidget* parent = nullptr);
    ~ItemDetailView() override;

    /// Shows the item; 0 shows nothing.
    void showItem(Id reviewableId);
    Id itemId() const { return m_item.id; }
    /// The author of the item shown, whose note the People tab edits; 0 for none.
    Id authorId() const { return m_authorId; }
    /// Where notes are written and the forum's are read; null shows them read-only.
    void setUserNotes(UserNotesService* notes);
    UserNotesView* notesView() const { return m_notes; }
    const Reviewable& item() const { return m_item; }
    QString renderedHtml() const;
    PostBrowser* postView() const { return m_post; }
    /// A decision on this item that the server did not take: why, and whether it can be
    /// sent again. An empty text hides the banner.
    void showProblem(const QString& text, bool canReapply);
    QString problemText() const;
    /// The "Load images" choice for the item shown: its remote images are fetched.
    void loadImages();
    /// The Markdown tab's highlighter, created on first use (also when that tab is shown).
    KSyntaxHighlighting::SyntaxHighlighter* highlightMarkdown();
    QPlainTextEdit* markdownView() const { return m_markdown; }
    /// The Thread tab: the posts around the item's, scrolled to it when shown.
    QTextBrowser* threadView() const { return m_thread; }
    QTabWidget* tabs() const { return m_tabs; }
    /// What the sync is doing while the copy is incomplete ("Syncing posts… 40 %"), said in
    /// place of a post the copy does not have yet; empty once no sync runs.
    void setSyncNote(const QString& note);

Q_SIGNALS:
    /// A server action's button was pressed.
    void actionRequested(const steward::ReviewableAction& action);
    /// The problem banner's buttons.
    void reapplyRequested();
    void discardRequested();

private:
    void render();
    /// The action buttons for m_item, enabled while it is pending.
    void renderButtons();
    void renderHeader();
    /// The Post and Markdown tabs, and the "Load images" button.
    void renderPost(const std::optional<Post>& post);
    QString missingPostHtml() const;
    static QString cookQueuedMarkdown(const QString& raw);
    /// The Thread tab: the post among the two before and the two after it.
    void renderThread(const std::optional<Post>& post);
    void showFlaggedPost();
    /// The author's dossier with the note, and the flaggers.
    void renderPeople();
    QString authorDossier(const User& author) const;
    void buildButtons();

    Database& m_database;
    Reviewable m_item;
    QList<QList<ReviewableAction>> m_bundles; ///< the action buttons shown, by bundle
    Id m_authorId = 0;
    bool m_imagesAllowed = false;
    QString m_syncNote;
    bool m_postMissing = false;
    QLabel* m_header;
    QTabWidget* m_tabs;
    PostBrowser* m_post;
    QPlainTextEdit* m_markdown;
    QTextBrowser* m_thread;
    QTextBrowser* m_people;
    UserNotesView* m_notes;
    QPushButton* m_loadImages;
    QFrame* m_problem;
    QLabel* m_problemText;
    QPushButton* m_reapply;
    FlowLayout* m_buttons;
    KSyntaxHighlighting::SyntaxHighlighter* m_highlighter = nullptr;
};

} // namespace steward
