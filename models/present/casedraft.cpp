// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/present/casedraft.h"

#include "models/present/posthtml.h"

#include <QRegularExpression>

namespace steward {

QString plainTextOfCooked(const QString& cooked, int maxChars)
{
    static const QRegularExpression breaks(
        QStringLiteral("<br\\s*/?>|</(p|div|li|pre|blockquote|h[1-6]|tr)>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression items(QStringLiteral("<li(\\s[^>]*)?>"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r]+"));
    static const QRegularExpression blankLines(QStringLiteral("\\n(\\s*\\n)+"));
    QString text = sanitizePostHtml(cooked);
    text.replace(breaks, QStringLiteral("\n"));
    text.replace(items, QStringLiteral("- "));
    text.remove(tags);
    text = decodeHtmlEntities(text);
    text.replace(spaces, QStringLiteral(" "));
    text.replace(QStringLiteral("\n "), QStringLiteral("\n"));
    text.replace(QStringLiteral(" \n"), QStringLiteral("\n"));
    text.replace(blankLines, QStringLiteral("\n\n"));
    text = text.trimmed();
    if (text.size() <= maxChars)
        return text;
    qsizetype cut = text.lastIndexOf(QRegularExpression(QStringLiteral("\\s")), maxChars - 1);
    if (cut < maxChars / 2)
        cut = maxChars - 1;
    return text.left(cut).trimmed() + QStringLiteral("…");
}

CaseDraft caseDraftFor(const thread::Header& topic, const thread::ThreadPost& post,
                       const QUrl& site, const QString& raisedBy)
{
    CaseDraft d;
    d.topicId = topic.id;
    d.postId = post.post.id;
    d.customer = post.author.username;
    d.customerName = post.author.name;
    const QString slug = topic.slug.isEmpty() ? QStringLiteral("-") : topic.slug;
    QString path = QStringLiteral("/t/%1/%2").arg(slug).arg(topic.id);
    if (post.post.postNumber > 1)
        path += QStringLiteral("/%1").arg(post.post.postNumber);
    d.threadUrl = site.resolved(QUrl(path));
    d.title = topic.title;
    d.excerpt = plainTextOfCooked(post.post.cooked, ExcerptLimit);
    d.raisedBy = raisedBy;
    return d;
}

} // namespace steward
