// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/moderation.h"
#include "models/store/threadqueries.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>

namespace steward {

/// A support case raised from the topic, as the thread header shows it.
struct ThreadCase
{
    Id id = 0;
    CaseState state = CaseState::Sending;
    QString number;
    QUrl url;
    QString error;
};

/// How the thread view's HTML is made.
struct ThreadDocumentOptions
{
    QUrl site;                     ///< for links to the topic and posts on the web
    int topContributorLikes = 0;   ///< thread::topContributorLikes(); 0: nobody is one
    QSet<Id> selected;             ///< posts chosen for a move
    Id current = 0;                ///< the post the keyboard acts on
    QHash<Id, ActionKind> pending; ///< post -> an operation waiting in the outbox
    bool casesEnabled = false;     ///< offer "create support case" (a case target is set)
    QList<ThreadCase> cases;       ///< the topic's support cases, newest first
    /// Code of a fenced block (language as the Markdown named it, may be empty) to HTML;
    /// the ui's syntax highlighter. Unset: the code stays plain.
    std::function<QString(const QString& code, const QString& language)> highlightCode;
};

/// The thread view as HTML for QTextBrowser: a header (title, category, tags, status, case)
/// with each support case (its number linked; "steward:case/ID/retry" on a failed one)
/// and the posts in order, each with its anchor "post-N", badges (staff, moderator, top
/// contributor, accepted answer, flagged, deleted, whisper), a link to the post it replies
/// to, its sanitised HTML with highlighted code, and action links "steward:post/ID/VERB"
/// (select, delete, recover, accept, unaccept, case). hasMore adds "steward:more".
QString threadHtml(const thread::Header& header, const QList<thread::ThreadPost>& posts,
                   bool hasMore, const ThreadDocumentOptions& options);

/// The code blocks of cooked HTML run through highlight (code unescaped first).
QString highlightCodeBlocks(
    const QString& html,
    const std::function<QString(const QString& code, const QString& language)>& highlight);

} // namespace steward
