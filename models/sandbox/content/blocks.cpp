// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/content/blocks.h"

#include <QRegularExpression>

namespace steward::sandbox {

QString cookInline(const QString& text)
{
    // Code, links and **strong**, as Discourse's markdown-it cooks them.
    static const QRegularExpression token(
        QStringLiteral("`([^`]+)`|\\[([^\\]]+)\\]\\((https?://[^)\\s]+)\\)|\\*\\*([^*]+)\\*\\*"));
    QString html;
    qsizetype last = 0;
    auto it = token.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        html += text.mid(last, m.capturedStart() - last).toHtmlEscaped();
        if (m.capturedLength(1) > 0)
            html += QStringLiteral("<code>%1</code>").arg(m.captured(1).toHtmlEscaped());
        else if (m.capturedLength(4) > 0)
            html += QStringLiteral("<strong>%1</strong>").arg(m.captured(4).toHtmlEscaped());
        else
            html += QStringLiteral("<a href=\"%1\" rel=\"noopener nofollow ugc\">%2</a>")
                        .arg(m.captured(3).toHtmlEscaped(), m.captured(2).toHtmlEscaped());
        last = m.capturedEnd();
    }
    html += text.mid(last).toHtmlEscaped();
    return html;
}

RenderedPost render(const QList<Block>& blocks)
{
    QStringList raw;
    QStringList cooked;
    for (const Block& b : blocks) {
        switch (b.kind) {
        case Block::Kind::Paragraph:
            raw << b.text;
            cooked << QStringLiteral("<p>%1</p>").arg(cookInline(b.text));
            break;
        case Block::Kind::Code:
            raw << QStringLiteral("```%1\n%2\n```").arg(b.language, b.text);
            cooked << QStringLiteral("<pre><code class=\"lang-%1\">%2\n</code></pre>")
                          .arg(b.language.isEmpty() ? QStringLiteral("plaintext") : b.language,
                               b.text.toHtmlEscaped());
            break;
        case Block::Kind::Quote:
            raw << QStringLiteral("[quote=\"%1, post:%2, topic:%3\"]\n%4\n[/quote]")
                       .arg(b.language)
                       .arg(b.quotedPost)
                       .arg(b.quotedTopic)
                       .arg(b.text);
            cooked << QStringLiteral("<aside class=\"quote no-group\" data-username=\"%1\" "
                                     "data-post=\"%2\" data-topic=\"%3\">\n<div class=\"title\">\n"
                                     "<div class=\"quote-controls\"></div>\n%1:</div>\n"
                                     "<blockquote>\n<p>%4</p>\n</blockquote>\n</aside>")
                          .arg(b.language.toHtmlEscaped())
                          .arg(b.quotedPost)
                          .arg(b.quotedTopic)
                          .arg(cookInline(b.text));
            break;
        case Block::Kind::List: {
            QStringList rawItems;
            QStringList htmlItems;
            for (const QString& item : b.items) {
                rawItems << QStringLiteral("- ") + item;
                htmlItems << QStringLiteral("<li>%1</li>").arg(cookInline(item));
            }
            raw << rawItems.join(u'\n');
            cooked << QStringLiteral("<ul>\n%1\n</ul>").arg(htmlItems.join(u'\n'));
            break;
        }
        case Block::Kind::Image:
            raw << QStringLiteral("![image](%1)").arg(b.text);
            cooked << QStringLiteral("<p><img src=\"%1\" alt=\"image\"></p>")
                          .arg(b.text.toHtmlEscaped());
            break;
        }
    }
    return {raw.join(QStringLiteral("\n\n")), cooked.join(u'\n')};
}

} // namespace steward::sandbox
