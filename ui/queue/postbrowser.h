// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QSet>
#include <QTextBrowser>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace steward {

/// A post's HTML with its images loaded from the network only once allowed (the "Load
/// images" choice): until then the sanitised HTML names them and nothing is fetched.
/// Fetches only https images, or any from the community's own origin (a sandbox on loopback
/// serves plain http), at most MaxImageBytes each, following redirects only to such places;
/// never other plain-http addresses, which a hostile post could aim at services on the
/// moderator's own machine. Nothing is ever read from the local disk. Keeps what it fetched for the
/// next time the post is shown.
class PostBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    static constexpr qint64 MaxImageBytes = 8 * 1024 * 1024;
    static constexpr int MaxImageMs = 60000; ///< a whole image, however slowly it arrives

    explicit PostBrowser(QWidget* parent = nullptr);

    /// Shows the (sanitised) HTML; kept to lay out again as images arrive.
    void showHtml(const QString& html);
    /// The community's base URL: its origin may serve images over plain http.
    void setSiteOrigin(const QUrl& site) { m_site = site; }
    /// Whether url may be fetched as an image.
    bool mayFetch(const QUrl& url) const;
    /// While false, loadResource never touches the network.
    void setRemoteImagesAllowed(bool allowed) { m_allowed = allowed; }
    /// Images fetched and failed so far (for the "Load images" button and tests).
    int fetchedCount() const { return int(m_images.size()); }
    int failedCount() const { return int(m_failed.size()); }
    /// Images asked for and not yet answered: a fetch starts the moment the document names an
    /// image it may load, so 0 right after showing a post means nothing was asked for.
    int pendingCount() const { return int(m_pending.size()); }

    QVariant loadResource(int type, const QUrl& name) override;

Q_SIGNALS:
    /// An image arrived (or failed) and the document was laid out again.
    void imageSettled(const QUrl& url, bool ok);

private:
    void fetch(const QUrl& url);
    void onFinished(QNetworkReply* reply);

    QNetworkAccessManager* m_network = nullptr;
    QUrl m_site;
    bool m_allowed = false;
    QString m_html;
    QHash<QUrl, QImage> m_images;
    QSet<QUrl> m_pending;
    QSet<QUrl> m_failed;
};

} // namespace steward
