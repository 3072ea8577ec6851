// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile post HTML: nothing that runs or fetches survives, and ordinary markup does; a
// support case's excerpt is the post's plain text.
#include "models/present/casedraft.h"
#include "models/present/posthtml.h"
#include "models/present/threaddocument.h"

#include <QTest>

using namespace steward;

class TestPostHtml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void removesWhatRunsOrFetches_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("script") << QStringLiteral("<p>a</p><script>alert(1)</script><p>b</p>");
        QTest::newRow("script caps")
            << QStringLiteral("<SCRIPT type=text/javascript>x()</SCRIPT >");
        QTest::newRow("nested") << QStringLiteral("<scr<script>x</script>ipt>alert(1)</script>");
        QTest::newRow("unclosed") << QStringLiteral("<p>a<script src=//evil.example/x.js>");
        QTest::newRow("iframe") << QStringLiteral("<iframe src=https://evil.example></iframe>");
        QTest::newRow("style") << QStringLiteral(
            "<style>body{background:url(https://evil.example/t)}</style>");
        QTest::newRow("handler") << QStringLiteral(
            "<img src=x onerror=alert(1)><a href=# onclick='go()'>x</a>");
        QTest::newRow("javascript url") << QStringLiteral(
            "<a href=\"javascript:alert(1)\">x</a><a href=' JaVaScRiPt:alert(2)'>y</a>");
        QTest::newRow("svg") << QStringLiteral(
            "<svg><script>alert(1)</script><image href=https://evil.example/t.png /></svg>");
        QTest::newRow("meta refresh")
            << QStringLiteral("<meta http-equiv=refresh content=0;url=https://evil.example>");
        // The thread view's own actions (delete, accept…) are steward: links: a post may not carry
        // one.
        QTest::newRow("steward action link") << QStringLiteral(
            "<a href=\"steward:post/12/delete\">click</a><a href='STEWARD:more'>m</a>");
        QTest::newRow("entity-encoded scheme") << QStringLiteral(
            "<a href=\"&#115;teward:post/1/accept\">a</a><a href=\"&#x6A;avascript:alert(1)\">b</a>"
            "<a href=\"java&#09;script:alert(1)\">c</a>");
        QTest::newRow("css url") << QStringLiteral(
            "<p style=\"background:url(https://evil.example/t.png)\">x</p>");
        QTest::newRow("table background") << QStringLiteral(
            "<table background=\"https://evil.example/t.png\"><tr><td>x</td></tr></table>");
    }

    void removesWhatRunsOrFetches()
    {
        QFETCH(QString, html);
        const QString safe = sanitizePostHtml(html).toLower();
        for (const char* bad : {"<script", "<iframe", "<style", "<svg", "<meta", "onerror",
                                "onclick", "javascript:", "evil.example/x.js",
                                "steward:", "evil.example/t", "style=", "background="})
            QVERIFY2(!safe.contains(QLatin1StringView(bad)), qPrintable(safe));
    }

    void keepsOrdinaryMarkup()
    {
        const QString html = QStringLiteral(
            "<p>Try <code>export --all</code> and <a href=\"https://docs.example/x\">the "
            "docs</a>.</p>"
            "<pre><code class=\"lang-cpp\">int main() {}</code></pre><img src=\"/uploads/a.png\">");
        const QString safe = sanitizePostHtml(html);
        QVERIFY(safe.contains(u"<code>export --all</code>"));
        QVERIFY(safe.contains(u"href=\"https://docs.example/x\""));
        QVERIFY(safe.contains(u"<img src=\"/uploads/a.png\">")); // local uploads are not remote
        QCOMPARE(remoteImageCount(html), 0);
    }

    void encodedImageSourcesAreStillRemote()
    {
        // An entity-encoded address is still fetched by the renderer: it must be counted and held
        // back.
        const QString html = QStringLiteral(
            "<img src=\"&#104;ttps://cdn.example/a.png\"><img src=&#x2F;&#x2F;cdn.example/b.png>");
        QCOMPARE(remoteImageCount(html), 2);
        QVERIFY(!sanitizePostHtml(html).contains(u"<img"));
    }

    void remoteImagesLoadOnlyWhenAllowed()
    {
        const QString html = QStringLiteral(
            "<p>x</p><img src=\"https://cdn.example/a.png\" alt=a><img src='//cdn.example/b.png'>");
        QCOMPARE(remoteImageCount(html), 2);
        QVERIFY(!sanitizePostHtml(html).contains(u"<img"));
        QVERIFY(sanitizePostHtml(html).contains(u"https://cdn.example/a.png")); // shown as a link
        QCOMPARE(sanitizePostHtml(html, true).count(u"<img"), 2);
    }

    void aCaseExcerptIsThePostsPlainText()
    {
        const QString cooked = QStringLiteral(
            "<p>Sync fails with <code>invalid_grant</code> &amp; retries&nbsp;forever.</p>\n\n\n"
            "<script>alert('x')</script><style>p{}</style>"
            "<ul><li>step one</li><li>step &#8220;two&#8221; &lt;b&gt;</li></ul><p>Line<br>break "
            "&#x1F600; &bogus;</p>");
        const QString text = plainTextOfCooked(cooked, 1000);
        QCOMPARE(text,
                 QStringLiteral("Sync fails with invalid_grant & retries forever.\n\n- step one\n- "
                                "step \u201Ctwo\u201D <b>\nLine\nbreak \U0001F600 &bogus;"));
        QVERIFY(!text.contains(u"alert"));
    }

    void codeReachesTheHighlighterDecoded()
    {
        QString code, language;
        const QString html = highlightCodeBlocks(
            QStringLiteral("<p>x</p><pre><code class=\"lang-cpp\">if (a &lt; b &amp;&amp; c) s = "
                           "&quot;&amp;lt;&#39;;</code></pre>"),
            [&](const QString& c, const QString& l) {
                code = c;
                language = l;
                return QStringLiteral("[code]");
            });
        QCOMPARE(code, QStringLiteral("if (a < b && c) s = \"&lt;';"));
        QCOMPARE(language, QStringLiteral("cpp"));
        QCOMPARE(html, QStringLiteral("<p>x</p><pre>[code]</pre>"));
    }

    void aLongExcerptIsCutAtAWord()
    {
        const QString cooked =
            QStringLiteral("<p>%1</p>").arg(QStringLiteral("word ").repeated(1000));
        const QString text = plainTextOfCooked(cooked, 52);
        QVERIFY(text.size() <= 52);
        QVERIFY(text.endsWith(QStringLiteral("word…")));
    }

    void aCaseDraftLinksThePostOnTheSite()
    {
        thread::Header topic;
        topic.id = 42;
        topic.slug = QStringLiteral("sync-stuck");
        topic.title = QStringLiteral("Sync stuck");
        thread::ThreadPost post;
        post.post.id = 4242;
        post.post.postNumber = 3;
        post.post.cooked = QStringLiteral("<p>Help</p>");
        post.author.username = QStringLiteral("olga");
        post.author.name = QStringLiteral("Olga K");
        const CaseDraft d = caseDraftFor(
            topic, post, QUrl(QStringLiteral("https://forum.example.com")), QStringLiteral("mod"));
        QCOMPARE(d.threadUrl, QUrl(QStringLiteral("https://forum.example.com/t/sync-stuck/42/3")));
        QCOMPARE(d.customer, QStringLiteral("olga"));
        QCOMPARE(d.customerName, QStringLiteral("Olga K"));
        QCOMPARE(d.excerpt, QStringLiteral("Help"));
        QCOMPARE(d.raisedBy, QStringLiteral("mod"));
        post.post.postNumber = 1;
        QCOMPARE(caseDraftFor(topic, post, QUrl(QStringLiteral("https://forum.example.com")), {})
                     .threadUrl,
                 QUrl(QStringLiteral("https://forum.example.com/t/sync-stuck/42")));
    }
};

QTEST_GUILESS_MAIN(TestPostHtml)
#include "tst_posthtml.moc"
