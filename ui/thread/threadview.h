// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/items/threadmodel.h"
#include "models/present/threaddocument.h"
#include "ui/queue/postbrowser.h"

namespace steward {

class Database;

/// A topic's post stream, rendered from its ThreadModel (which reads the local copy a page at
/// a time): the first page when a topic is shown, the next when "Load more" is clicked or the
/// view is scrolled to its end.
/// Links inside posts open in the browser; "#post-N" scrolls; the posts' action links become
/// postActionRequested, "steward:case/ID/retry" caseRetryRequested, except "select", which toggles
/// the post in selectedPosts().
class ThreadView : public PostBrowser
{
    Q_OBJECT
public:
    static constexpr int PageSize = ThreadModel::PageSize;

    ThreadView(const Database& db, QWidget* parent = nullptr);

    void setSite(const QUrl& site)
    {
        m_options.site = site;
        setSiteOrigin(site);
    }
    const QUrl& site() const { return m_options.site; }
    void showTopic(Id topicId);
    Id topicId() const { return m_model.topicId(); }
    ThreadModel& model() { return m_model; }
    /// Reads the header and the posts loaded so far again (after a sync or an operation).
    void refresh();
    void loadMore();
    /// Scrolls to the topic's first post; and to its last, loading the posts between first.
    void showFirstPost();
    void showLastPost();
    bool hasMore() const { return m_model.hasMore(); }
    int loadedPosts() const { return m_model.rowCount(); }
    const thread::Header& header() const { return m_model.header(); }
    const QList<thread::ThreadPost>& posts() const { return m_model.posts(); }
    QList<Id> selectedPosts() const;
    void clearSelection();
    void setSelected(Id postId, bool selected);
    /// The post the keyboard acts on (accept, delete, case); 0 when none.
    Id currentPost() const { return m_options.current; }
    void setCurrentPost(Id postId);
    /// The topic's support cases for the header (cleared when another topic is shown).
    void setCases(const QList<ThreadCase>& cases);
    const QList<ThreadCase>& cases() const { return m_options.cases; }
    /// Offers "create support case" under each post.
    void setCasesEnabled(bool enabled);
    /// What the sync is doing while the copy is incomplete, said in place of a topic the copy
    /// does not have yet; empty once no sync runs.
    void setSyncNote(const QString& note);

Q_SIGNALS:
    void postActionRequested(steward::Id postId, const QString& verb);
    void selectionChanged(int count);
    /// "send again" on a failed support case.
    void caseRetryRequested(steward::Id caseId);

private:
    void render(bool keepScroll);
    void onAnchor(const QUrl& url);

    ThreadModel m_model;
    ThreadDocumentOptions m_options;
    QString m_syncNote;
};

} // namespace steward
