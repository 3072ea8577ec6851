// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/thread/threadview.h"

#include "ui/thread/codehtml.h"

#include <QDesktopServices>
#include <QScrollBar>

namespace steward {

ThreadView::ThreadView(const Database& db, QWidget* parent)
    : PostBrowser(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("threadView"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &ThreadView::onAnchor);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_hasMore && value > 0 && value == verticalScrollBar()->maximum())
            loadMore();
    });
    m_options.highlightCode = [this](const QString& code, const QString& language) {
        return highlightedCodeHtml(code, language,
                                   palette().color(QPalette::Base).lightness() < 128);
    };
}

void ThreadView::showTopic(Id topicId)
{
    if (topicId != m_topic) {
        m_options.selected.clear();
        m_options.current = 0;
        m_options.cases.clear();
    }
    m_topic = topicId;
    m_posts.clear();
    m_hasMore = false;
    if (const auto h = thread::header(m_db, topicId)) {
        m_header = *h;
        m_posts = thread::posts(m_db, topicId, 0, PageSize);
        m_hasMore = m_posts.size() == PageSize;
    } else {
        m_header = {};
    }
    // A pass over every user: read again at most once a minute, not for each thread shown.
    if (!m_topContributorsAge.isValid() || m_topContributorsAge.hasExpired(60000)) {
        m_options.topContributorLikes = thread::topContributorLikes(m_db);
        m_topContributorsAge.start();
    }
    render(false);
    Q_EMIT selectionChanged(int(m_options.selected.size()));
}

void ThreadView::refresh()
{
    if (m_topic == 0)
        return;
    const int last = m_posts.isEmpty() ? 0 : m_posts.last().post.postNumber;
    if (const auto h = thread::header(m_db, m_topic))
        m_header = *h;
    // Posts may have moved away or arrived: read everything up to the last one shown.
    const int wanted = std::max<int>(PageSize, int(m_posts.size()));
    m_posts = thread::posts(m_db, m_topic, 0, std::max(wanted, last));
    m_hasMore =
        !thread::posts(m_db, m_topic, m_posts.isEmpty() ? 0 : m_posts.last().post.postNumber, 1)
             .isEmpty();
    for (auto it = m_options.selected.begin(); it != m_options.selected.end();) {
        const bool present = std::any_of(m_posts.cbegin(), m_posts.cend(),
                                         [&](const auto& p) { return p.post.id == *it; });
        it = present ? std::next(it) : m_options.selected.erase(it);
    }
    render(true);
    Q_EMIT selectionChanged(int(m_options.selected.size()));
}

void ThreadView::loadMore()
{
    if (!m_hasMore || m_posts.isEmpty())
        return;
    const QList<thread::ThreadPost> more =
        thread::posts(m_db, m_topic, m_posts.last().post.postNumber, PageSize);
    m_posts += more;
    m_hasMore = more.size() == PageSize;
    render(true);
}

QList<Id> ThreadView::selectedPosts() const
{
    QList<Id> ids;
    for (const thread::ThreadPost& p : m_posts) // in post order
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

void ThreadView::render(bool keepScroll)
{
    const int scroll = verticalScrollBar()->value();
    QSignalBlocker block(verticalScrollBar()); // a re-layout is not the user scrolling
    if (m_header.id == 0)
        showHtml(QStringLiteral("<p>%1</p>")
                     .arg(tr("This topic is not in the local copy.").toHtmlEscaped()));
    else {
        m_options.pending = thread::openPostOperations(m_db, m_topic);
        showHtml(threadHtml(m_header, m_posts, m_hasMore, m_options));
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
