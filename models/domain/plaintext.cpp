// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/plaintext.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace steward {

namespace {

/// Runs of white space as one space, trimmed, cut to maxChars (with "…" when cut).
QString oneLine(const QString& text, qsizetype maxChars)
{
    QString out;
    out.reserve(std::min(text.size(), maxChars + 1));
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += c;
        if (out.size() > maxChars) {
            out.truncate(maxChars - 1);
            out += u'…';
            break;
        }
    }
    return out;
}

/// Elements whose end ends a run of text: a space between it and the next.
bool isBlock(const QString& name)
{
    static const QStringList blocks{
        QStringLiteral("p"),          QStringLiteral("div"),   QStringLiteral("li"),
        QStringLiteral("ul"),         QStringLiteral("ol"),    QStringLiteral("h1"),
        QStringLiteral("h2"),         QStringLiteral("h3"),    QStringLiteral("h4"),
        QStringLiteral("h5"),         QStringLiteral("h6"),    QStringLiteral("pre"),
        QStringLiteral("blockquote"), QStringLiteral("table"), QStringLiteral("tr"),
        QStringLiteral("td"),         QStringLiteral("th"),    QStringLiteral("details"),
        QStringLiteral("summary")};
    return blocks.contains(name);
}

QString attribute(const QString& tag, const QString& name)
{
    const QRegularExpression re(QStringLiteral("\\b%1\\s*=\\s*(\"([^\"]*)\"|'([^']*)')").arg(name),
                                QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(tag);
    return m.hasMatch() ? decodeHtmlEntities(m.captured(2) + m.captured(3)) : QString();
}

} // namespace

QString decodeHtmlEntities(const QString& text)
{
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);"));
    static const QHash<QString, QString> named{{QStringLiteral("amp"), QStringLiteral("&")},
                                               {QStringLiteral("lt"), QStringLiteral("<")},
                                               {QStringLiteral("gt"), QStringLiteral(">")},
                                               {QStringLiteral("quot"), QStringLiteral("\"")},
                                               {QStringLiteral("apos"), QStringLiteral("'")},
                                               {QStringLiteral("nbsp"), QStringLiteral(" ")},
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
            const uint code = name.startsWith(u"#x", Qt::CaseInsensitive)
                                  ? name.mid(2).toUInt(&ok, 16)
                                  : name.mid(1).toUInt(&ok);
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

QString plainTextFromCooked(const QString& cooked, qsizetype maxChars)
{
    static const QRegularExpression tagRe(QStringLiteral("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>"));
    QString text;
    int skipped = 0; // depth inside aside, script, style
    qsizetype at = 0;
    for (auto it = tagRe.globalMatch(cooked); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (skipped == 0)
            text += decodeHtmlEntities(cooked.mid(at, m.capturedStart() - at));
        at = m.capturedEnd();
        const bool closing = !m.captured(1).isEmpty();
        const QString name = m.captured(2).toLower();
        if (name == u"aside" || name == u"script" || name == u"style") {
            skipped = std::max(0, skipped + (closing ? -1 : 1));
            continue;
        }
        if (skipped > 0 || closing) {
            if (closing && skipped == 0 && isBlock(name))
                text += u' '; // the end of a paragraph, item or cell
            continue;
        }
        if (name == u"br")
            text += u' ';
        else if (name == u"img") {
            const QString tag = m.captured(3);
            const QString alt = attribute(tag, QStringLiteral("alt"));
            if (attribute(tag, QStringLiteral("class")).contains(QStringLiteral("emoji")))
                text += alt;
            else
                text += QStringLiteral(" [%1] ").arg(alt.isEmpty() ? QStringLiteral("image") : alt);
        }
        if (text.size() > 4 * maxChars)
            return oneLine(text, maxChars); // enough read: the rest would be cut anyway
    }
    if (skipped == 0 && at < cooked.size())
        text += decodeHtmlEntities(cooked.mid(at));
    return oneLine(text, maxChars);
}

QString plainTextFromMarkdown(const QString& raw, qsizetype maxChars)
{
    static const QRegularExpression quoteBlock(QStringLiteral("\\[quote[^\\]]*\\].*?\\[/quote\\]"),
                                               QRegularExpression::CaseInsensitiveOption |
                                                   QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression quoteLine(QStringLiteral("^\\s*>[^\\n]*$"),
                                              QRegularExpression::MultilineOption);
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression lineMarks(
        QStringLiteral("^\\s*(#{1,6}\\s+|[-*+]\\s+|\\d+\\.\\s+|```\\S*)"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression emphasis(QStringLiteral("(\\*\\*|__|~~|`|\\*)"));
    static const QRegularExpression bbcode(
        QStringLiteral("\\[/?(b|i|u|s|code|spoiler|details[^\\]]*)\\]"),
        QRegularExpression::CaseInsensitiveOption);
    QString text = raw;
    text.remove(quoteBlock);
    text.remove(quoteLine);
    text.replace(image, QStringLiteral("[\\1]"));
    text.replace(link, QStringLiteral("\\1"));
    text.remove(lineMarks);
    text.remove(emphasis);
    text.remove(bbcode);
    return oneLine(text, maxChars);
}

} // namespace steward
