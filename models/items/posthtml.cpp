// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/posthtml.h"

#include <QHash>
#include <QRegularExpression>

namespace steward {

namespace {

const QRegularExpression& dangerousElements()
{
    static const QRegularExpression re(
        QStringLiteral("<(script|style|iframe|object|embed|form|noscript|template|svg|math)\\b[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return re;
}

const QRegularExpression& strayTags()
{
    // Openers left without a closer, and lone void elements of the same families.
    static const QRegularExpression re(
        QStringLiteral("</?(script|style|iframe|object|embed|form|noscript|template|svg|math|link|meta|base)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& eventAttributes()
{
    static const QRegularExpression re(QStringLiteral("\\s+on[a-z]+\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& scriptUrls()
{
    static const QRegularExpression re(
        QStringLiteral("(href|src|action|formaction|xlink:href)\\s*=\\s*([\"']?)\\s*(javascript|vbscript|data):[^\"'>]*\\2"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& remoteImages()
{
    static const QRegularExpression re(QStringLiteral("<img\\b[^>]*\\bsrc\\s*=\\s*[\"']?((?:https?:)?//[^\"'\\s>]+)[^>]*>"),
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
    html.remove(eventAttributes());
    html.replace(scriptUrls(), QStringLiteral("\\1=\"#blocked\""));
    if (!allowRemoteImages)
        html.replace(remoteImages(), QStringLiteral("<a href=\"\\1\">[image: \\1]</a>"));
    return html;
}

int remoteImageCount(const QString& cooked)
{
    int count = 0;
    for (auto it = remoteImages().globalMatch(cooked); it.hasNext(); it.next())
        ++count;
    return count;
}

QString decodeHtmlEntities(const QString& text)
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

} // namespace steward
