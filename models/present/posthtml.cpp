// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/present/posthtml.h"

#include <QHash>
#include <QRegularExpression>

namespace steward {

namespace {

const QRegularExpression& dangerousElements()
{
    static const QRegularExpression re(
        QStringLiteral("<(script|style|iframe|object|embed|form|noscript|template|svg|math)\\b[^>]*"
                       ">.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return re;
}

const QRegularExpression& strayTags()
{
    // Openers left without a closer, and lone void elements of the same families.
    static const QRegularExpression re(
        QStringLiteral("</"
                       "?(script|style|iframe|object|embed|form|noscript|template|svg|math|link|"
                       "meta|base)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& openingTags()
{
    static const QRegularExpression re(QStringLiteral("<([a-zA-Z][a-zA-Z0-9]*)(\\s[^>]*)?>"));
    return re;
}

const QRegularExpression& attributes()
{
    static const QRegularExpression re(
        QStringLiteral("([^\\s=/>\"']+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?"));
    return re;
}

/// A URL attribute's value as the renderer would read it: entities decoded, and spaces and
/// control characters (which browsers skip inside a scheme) removed.
QString urlValue(const QString& raw)
{
    QString value = decodeHtmlEntities(raw);
    value.removeIf([](QChar c) { return c.unicode() <= 0x20 || c.unicode() == 0x7f; });
    return value;
}

/// Only the web's own schemes, mail and relative links survive; javascript:, data:, steward:
/// (the thread view's own actions) and every other scheme become "#blocked".
bool isSafeUrl(const QString& value)
{
    static const QRegularExpression scheme(QStringLiteral("^([a-zA-Z][a-zA-Z0-9+.-]*):"));
    const QRegularExpressionMatch m = scheme.match(value);
    if (!m.hasMatch())
        return true;
    const QString name = m.captured(1).toLower();
    return name == u"http" || name == u"https" || name == u"mailto";
}

/// Rebuilds every opening tag from the attributes that neither run nor fetch: no event
/// handlers, no style (CSS url()), no background, srcset or similar, and URLs only in the schemes
/// above.
QString normalizeTags(const QString& html)
{
    static const QStringList dropped{
        QStringLiteral("style"),  QStringLiteral("background"), QStringLiteral("srcset"),
        QStringLiteral("dynsrc"), QStringLiteral("lowsrc"),     QStringLiteral("poster"),
        QStringLiteral("action"), QStringLiteral("formaction"), QStringLiteral("xlink:href"),
        QStringLiteral("ping"),   QStringLiteral("manifest")};
    static const QStringList urls{QStringLiteral("href"), QStringLiteral("src"),
                                  QStringLiteral("cite"), QStringLiteral("longdesc")};
    QString out;
    qsizetype at = 0;
    for (auto tags = openingTags().globalMatch(html); tags.hasNext();) {
        const QRegularExpressionMatch tag = tags.next();
        out.append(QStringView(html).mid(at, tag.capturedStart() - at));
        at = tag.capturedEnd();
        QString rebuilt = u'<' + tag.captured(1);
        for (auto it = attributes().globalMatch(tag.captured(2)); it.hasNext();) {
            const QRegularExpressionMatch a = it.next();
            const QString name = a.captured(1).toLower();
            if (name.startsWith(u"on") || dropped.contains(name))
                continue;
            QString value = a.captured(2);
            if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') &&
                value.back() == value.front())
                value = value.mid(1, value.size() - 2);
            if (a.captured(2).isEmpty()) {
                rebuilt += u' ' + name;
                continue;
            }
            value = decodeHtmlEntities(value);
            if (urls.contains(name) && !isSafeUrl(urlValue(value)))
                value = QStringLiteral("#blocked");
            rebuilt += QStringLiteral(" %1=\"%2\"").arg(name, value.toHtmlEscaped());
        }
        const QString source = tag.captured(0);
        out += rebuilt + (source.endsWith(u"/>") ? QStringLiteral(" />") : QStringLiteral(">"));
    }
    out.append(QStringView(html).mid(at));
    return out;
}

const QRegularExpression& remoteImages()
{
    static const QRegularExpression re(
        QStringLiteral("<img\\b[^>]*\\bsrc\\s*=\\s*[\"']?((?:https?:)?//[^\"'\\s>]+)[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

QString sanitizePostHtml(const QString& cooked, bool allowRemoteImages)
{
    QString html = cooked;
    // Nested or repeated dangerous blocks: strip until nothing changes.
    for (QString previous; previous != html;) {
        previous = html;
        html.remove(dangerousElements());
    }
    html.remove(strayTags());
    html = normalizeTags(html);
    if (!allowRemoteImages)
        html.replace(remoteImages(), QStringLiteral("<a href=\"\\1\">[image: \\1]</a>"));
    return html;
}

int remoteImageCount(const QString& cooked)
{
    int count = 0;
    for (auto it = remoteImages().globalMatch(sanitizePostHtml(cooked, true)); it.hasNext();
         it.next())
        ++count;
    return count;
}

} // namespace steward
