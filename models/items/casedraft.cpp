// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/casedraft.h"

#include "models/items/posthtml.h"

#include <QRegularExpression>

namespace steward {

namespace {

QString decodeEntities(const QString& text)
{
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);"));
    static const QHash<QString, QString> named{{QStringLiteral("amp"), QStringLiteral("&")},  {QStringLiteral("lt"), QStringLiteral("<")},
                                               {QStringLiteral("gt"), QStringLiteral(">")},   {QStringLiteral("quot"), QStringLiteral("\"")},
                                               {QStringLiteral("apos"), QStringLiteral("'")}, {QStringLiteral("nbsp"), QStringLiteral(" ")},
                                               {QStringLiteral("hellip"), QStringLiteral("…")}};
    QString out;
    qsizetype at = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.append(QStringView(text).mid(at, m.capturedStart() - at));
        const QString name = m.captured(1);
        QString replacement = m.captured(0);
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code = name.startsWith(u"#x", Qt::CaseInsensitive) ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok);
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                const char32_t c = code;
                replacement = QString::fromUcs4(&c, 1);
            }
        } else if (const auto found = named.constFind(name); found != named.cend()) {
            replacement = *found;
        }
        out += replacement;
        at = m.capturedEnd();
    }
    out.append(QStringView(text).mid(at));
    return out;
}

} // namespace

QString plainTextOfCooked(const QString& cooked, int maxChars)
{
    static const QRegularExpression breaks(QStringLiteral("<br\\s*/?>|</(p|div|li|pre|blockquote|h[1-6]|tr)>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression items(QStringLiteral("<li(\\s[^>]*)?>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r]+"));
    static const QRegularExpression blankLines(QStringLiteral("\\n(\\s*\\n)+"));
    QString text = sanitizePostHtml(cooked);
    text.replace(breaks, QStringLiteral("\n"));
    text.replace(items, QStringLiteral("- "));
    text.remove(tags);
    text = decodeEntities(text);
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

CaseDraft caseDraftFor(const thread::Header& topic, const thread::ThreadPost& post, const QUrl& site, const QString& raisedBy)
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
