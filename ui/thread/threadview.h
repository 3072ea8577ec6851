// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/items/threaddocument.h"
#include "ui/queue/postbrowser.h"

#include <QElapsedTimer>

namespace steward {

class Database;

/// A topic's post stream from the local copy, read a page at a time: the first page when a
/// topic is shown, the next when "Load more" is clicked or the view is scrolled to its end.
/// Links inside posts open in the browser; "#post-N" scrolls; the posts' action links become
/// postActionRequested, "steward:case/ID/retry" caseRetryRequested, except "select", which toggles
/// the post in selectedPosts().
class ThreadView : public PostBrowser
{
    Q_OBJECT
public:
    static constexpr int PageSize = 40;

    ThreadView(const Database& db, QWidget* parent = nullptr);

    void setSite(const QUrl& site)
    {
        m_options.site = site;
        setSiteOrigin(site);
    }
    const QUrl& site() const { return m_options.site; }
    void showTopic(Id topicId);
    Id topicId() const { return m_topic; }
    /// Reads the header and the posts loaded so far again (after a sync or an operation).
    void refresh();
    void loadMore();
    bool hasMore() const { return m_hasMore; }
    int loadedPosts() const { return int(m_posts.size()); }
    const thread::Header& header() const { return m_header; }
    const QList<thread::ThreadPost>& posts() const { return m_posts; }
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

Q_SIGNALS:
    void postActionRequested(steward::Id postId, const QString& verb);
    void selectionChanged(int count);
    /// "send again" on a failed support case.
    void caseRetryRequested(steward::Id caseId);

private:
    void render(bool keepScroll);
    void onAnchor(const QUrl& url);

    const Database& m_db;
    Id m_topic = 0;
    thread::Header m_header;
    QList<thread::ThreadPost> m_posts;
    bool m_hasMore = false;
    ThreadDocumentOptions m_options;
    QElapsedTimer m_topContributorsAge; ///< since the top contributors' threshold was read
};

} // namespace steward
