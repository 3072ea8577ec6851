// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Previews as a reader sees a post: the text of its cooked HTML, or of Markdown never cooked.
#include "models/domain/plaintext.h"

#include <QTest>

using namespace steward;

class TestPlainText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cookedHtmlReadsAsText()
    {
        // The shape of Discourse's cooked HTML: a quote (aside.quote), emphasis, a list, an
        // emoji and an image, entities.
        const QString cooked = QStringLiteral(
            "<aside class=\"quote no-group\" data-username=\"ines\" data-post=\"1\">\n"
            "<div class=\"title\">ines:</div><blockquote><p>Where is it?</p></blockquote>"
            "</aside>\n<p><strong>Invoice history</strong> is under Billing &amp; Plans "
            "<img src=\"/images/emoji/twitter/smile.png\" title=\":smile:\" class=\"emoji\" "
            "alt=\":smile:\"></p>\n<ul>\n<li>open&nbsp;Settings</li>\n<li>pick "
            "<code>Billing</code></li>\n</ul>\n<p><img src=\"https://cdn.example/a.png\" "
            "alt=\"screenshot\"></p>");
        QCOMPARE(plainTextFromCooked(cooked, 240),
                 QStringLiteral("Invoice history is under Billing & Plans :smile: open Settings "
                                "pick Billing [screenshot]"));
    }

    void inlineTagsJoinTheirWords()
    {
        // Only the end of a block makes a space: not a link or an emphasis inside a word.
        QCOMPARE(plainTextFromCooked(QStringLiteral("<p>see <a href=\"/d\">the docs</a>. "
                                                    "<strong>Hel</strong>lo</p><p>next</p>"),
                                     100),
                 QStringLiteral("see the docs. Hello next"));
    }

    void longTextIsCutWithAnEllipsis()
    {
        const QString text = plainTextFromCooked(
            QStringLiteral("<p>") + QString(500, u'a') + QStringLiteral("</p>"), 20);
        QCOMPARE(text.size(), 20);
        QVERIFY(text.endsWith(u'…'));
    }

    void markupInsideTextIsNotATag()
    {
        // Escaped markup is text; an unclosed "<" never swallows the rest.
        QCOMPARE(plainTextFromCooked(QStringLiteral("<p>a &lt;b&gt; c</p><p>x < y</p>"), 100),
                 QStringLiteral("a <b> c x < y"));
        QCOMPARE(plainTextFromCooked(QStringLiteral("<script>alert(1)</script><p>ok</p>"), 100),
                 QStringLiteral("ok"));
    }

    void markdownReadsAsText()
    {
        const QString raw = QStringLiteral(
            "[quote=\"ines, post:1, topic:7\"]\nWhere is it?\n[/quote]\n\n"
            "## **Invoice history**\n\n> an old quote\n\n- see [the docs](https://x.example/d)\n"
            "- ![shot](upload://a.png) and `code`\n");
        QCOMPARE(plainTextFromMarkdown(raw, 240),
                 QStringLiteral("Invoice history see the docs [shot] and code"));
    }
};

QTEST_APPLESS_MAIN(TestPlainText)
#include "tst_plaintext.moc"
