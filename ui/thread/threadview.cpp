// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/thread/threadview.h"

#include "ui/thread/codehtml.h"

#include <QDesktopServices>
#include <QScrollBar>

namespace steward {

ThreadView::ThreadView(const Database& db, QWidget* parent)
    : PostBrowser(parent)
    , m_model(db)
{
    setObjectName(QStringLiteral("threadView"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &ThreadView::onAnchor);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_model.hasMore() && value > 0 && value == verticalScrollBar()->maximum())
            loadMore();
    });
    m_options.highlightCode = [this](const QString& code, const QString& language) {
        return highlightedCodeHtml(code, language,
                                   palette().color(QPalette::Base).lightness() < 128);
    };
}

void ThreadView::showTopic(Id topicId)
{
    if (topicId != m_model.topicId()) {
        m_options.selected.clear();
        m_options.current = 0;
        m_options.cases.clear();
    }
    m_model.showTopic(topicId);
    m_options.topContributorLikes = m_model.topContributorLikes();
    render(false);
    Q_EMIT selectionChanged(int(m_options.selected.size()));
}

void ThreadView::refresh()
{
    if (m_model.topicId() == 0)
        return;
    m_model.refresh();
    const QList<thread::ThreadPost>& posts = m_model.posts();
    for (auto it = m_options.selected.begin(); it != m_options.selected.end();) {
        const bool present = std::any_of(posts.cbegin(), posts.cend(),
                                         [&](const auto& p) { return p.post.id == *it; });
        it = present ? std::next(it) : m_options.selected.erase(it);
    }
    render(true);
    Q_EMIT selectionChanged(int(m_options.selected.size()));
}

void ThreadView::showFirstPost()
{
    verticalScrollBar()->setValue(0);
}

void ThreadView::showLastPost()
{
    // Pages up to 2,000 posts at once; beyond that (a mega topic) scrolling on loads the rest.
    constexpr int kMaxPages = 50;
    bool loaded = false;
    for (int page = 0; page < kMaxPages && m_model.hasMore(); ++page)
        loaded = m_model.loadMore() || loaded;
    if (loaded || !m_model.hasMore())
        render(true);
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void ThreadView::loadMore()
{
    const bool had = m_model.hasMore();
    if (m_model.loadMore() || had != m_model.hasMore())
        render(true);
}

QList<Id> ThreadView::selectedPosts() const
{
    QList<Id> ids;
    for (const thread::ThreadPost& p : m_model.posts()) // in post order
        if (m_options.selected.contains(p.post.id))
            ids.append(p.post.id);
    return ids;
}

void ThreadView::clearSelection()
{
    m_options.selected.clear();
    render(true);
    Q_EMIT selectionChanged(0);
}

void ThreadView::setSelected(Id postId, bool selected)
{
    if (selected)
        m_options.selected.insert(postId);
    else
        m_options.selected.remove(postId);
    render(true);
    Q_EMIT selectionChanged(int(m_options.selected.size()));
}

void ThreadView::setCurrentPost(Id postId)
{
    m_options.current = postId;
    render(true);
}

void ThreadView::setCases(const QList<ThreadCase>& cases)
{
    m_options.cases = cases;
    render(true);
}

void ThreadView::setCasesEnabled(bool enabled)
{
    m_options.casesEnabled = enabled;
    render(true);
}

void ThreadView::setSyncNote(const QString& note)
{
    if (note == m_syncNote)
        return;
    m_syncNote = note;
    if (!m_model.hasTopic() && m_model.topicId() != 0)
        render(false);
}

void ThreadView::render(bool keepScroll)
{
    const int scroll = verticalScrollBar()->value();
    QSignalBlocker block(verticalScrollBar()); // a re-layout is not the user scrolling
    if (!m_model.hasTopic())
        showHtml(QStringLiteral("<p>%1</p>")
                     .arg((m_syncNote.isEmpty()
                               ? tr("This topic is not in the local copy.")
                               : tr("This topic is not in the local copy yet. %1").arg(m_syncNote))
                              .toHtmlEscaped()));
    else {
        m_options.pending = m_model.pendingOperations();
        showHtml(threadHtml(m_model.header(), m_model.posts(), m_model.hasMore(), m_options));
    }
    verticalScrollBar()->setValue(keepScroll ? scroll : 0);
}

void ThreadView::onAnchor(const QUrl& url)
{
    if (url.scheme() == u"steward") {
        const QStringList parts = url.path().split(u'/');
        if (parts.value(0) == u"more") {
            loadMore();
        } else if (parts.size() == 3 && parts[0] == u"case" && parts[2] == u"retry") {
            Q_EMIT caseRetryRequested(parts[1].toLongLong());
        } else if (parts.size() == 3 && parts[0] == u"post") {
            const Id post = parts[1].toLongLong();
            m_options.current = post;
            if (parts[2] == u"select")
                setSelected(post, !m_options.selected.contains(post));
            else
                Q_EMIT postActionRequested(post, parts[2]);
        }
        return;
    }
    if (url.scheme().isEmpty() && url.path().isEmpty() && url.hasFragment()) {
        scrollToAnchor(url.fragment());
        return;
    }
    if (url.scheme() == u"http" || url.scheme() == u"https")
        QDesktopServices::openUrl(url);
}

} // namespace steward
