// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/postbrowser.h"

#include "models/net/siteconnection.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTextDocument>
#include <QTimer>

namespace steward {

PostBrowser::PostBrowser(QWidget* parent)
    : QTextBrowser(parent)
{
}

void PostBrowser::showHtml(const QString& html)
{
    m_html = html;
    setHtml(html);
}

bool PostBrowser::mayFetch(const QUrl& url) const
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return false;
    return url.scheme() == u"https" || (m_site.isValid() && isSameOrigin(m_site, url));
}

QVariant PostBrowser::loadResource(int type, const QUrl& name)
{
    // Never QTextBrowser's own loader: it reads a relative or file: URL from the local disk,
    // so a post's <img src="/dev/zero"> would read for ever. Only what this class fetched.
    if (type != QTextDocument::ImageResource || !mayFetch(name))
        return {};
    if (const auto it = m_images.constFind(name); it != m_images.cend())
        return *it;
    if (m_allowed && !m_failed.contains(name))
        fetch(name);
    return {};
}

void PostBrowser::fetch(const QUrl& url)
{
    if (m_pending.contains(url))
        return;
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        connect(m_network, &QNetworkAccessManager::finished, this, &PostBrowser::onFinished);
    }
    m_pending.insert(url);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setTransferTimeout(20000);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::redirected, reply, [this, reply](const QUrl& to) {
        if (mayFetch(to))
            Q_EMIT reply->redirectAllowed();
        else
            reply->abort();
    });
    // A body larger than the limit is abandoned as it arrives, not buffered.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxImageBytes)
            reply->abort();
    });
    // However slowly it trickles, an image has a minute.
    QTimer::singleShot(MaxImageMs, reply, [reply] { reply->abort(); });
}

void PostBrowser::onFinished(QNetworkReply* reply)
{
    reply->deleteLater();
    const QUrl url = reply->request().url();
    m_pending.remove(url);
    QImage image;
    if (reply->error() == QNetworkReply::NoError)
        image.loadFromData(reply->readAll());
    if (image.isNull()) {
        m_failed.insert(url);
        Q_EMIT imageSettled(url, false);
        return;
    }
    m_images.insert(url, image);
    document()->addResource(QTextDocument::ImageResource, url, image);
    // Lay the post out again with the image in place.
    setHtml(m_html);
    Q_EMIT imageSettled(url, true);
}

} // namespace steward
