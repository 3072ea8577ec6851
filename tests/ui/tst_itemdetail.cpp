// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The detail pane on a store made by hand: hostile post HTML is shown inert, the Markdown
// source is highlighted with fenced code in its own language, and the action buttons are
// exactly each item's actions, also when moving between items that offer different ones.
#include "models/present/actionnames.h"
#include "models/store/database.h"
#include "models/store/store.h"
#include "tests/support/loopbackhttp.h"
#include "ui/queue/itemdetailview.h"
#include "ui/queue/postbrowser.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>
#include <QToolButton>

using namespace steward;

namespace {

const QDateTime kWhen(QDate(2026, 5, 1), QTime(10, 0), QTimeZone::UTC);

Reviewable flagged(Id id, Id postId, QStringList actions)
{
    Reviewable r;
    r.id = id;
    r.type = ReviewableType::FlaggedPost;
    r.typeName = reviewableTypeName(r.type);
    r.status = ReviewableStatus::Pending;
    r.score = 4;
    r.createdAt = kWhen;
    r.targetId = postId;
    r.topicId = 1;
    r.targetCreatedById = 2;
    for (const QString& action : actions) {
        ReviewableAction a;
        a.id = action;
        a.label = action.toUpper();
        r.actions.append(a);
    }
    return r;
}

/// A post awaiting approval: Markdown that the server never cooked.
Reviewable queued(Id id)
{
    Reviewable r = flagged(id, 0, {QStringLiteral("approve_post")});
    r.type = ReviewableType::QueuedPost;
    r.typeName = reviewableTypeName(r.type);
    r.targetId = 0;
    r.payloadRaw = QStringLiteral("[quote=\"ines, post:1, topic:1\"]\nWhere is it?\n[/quote]\n\n"
                                  "**Invoice history** is here:\n\n- open Settings\n- pick "
                                  "`Billing`\n");
    return r;
}

/// The distinct foreground colours the highlighter gave the block's text.
QSet<QRgb> coloursOf(const QTextBlock& block)
{
    QSet<QRgb> out;
    for (const QTextLayout::FormatRange& range : block.layout()->formats())
        if (range.format.hasProperty(QTextFormat::ForegroundBrush))
            out.insert(range.format.foreground().color().rgb());
    return out;
}

} // namespace

class TestItemDetail : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("detail.db")), &error),
                 qPrintable(error));
        m_store = std::make_unique<Store>(*m_db);
        User author;
        author.id = 2;
        author.username = QStringLiteral("ines");
        author.createdAt = kWhen.addYears(-1);
        Topic topic;
        topic.id = 1;
        topic.title = QStringLiteral("Crash on start");
        topic.userId = 2;
        topic.createdAt = kWhen;
        Post first;
        first.id = 10;
        first.topicId = 1;
        first.postNumber = 1;
        first.userId = 2;
        first.username = author.username;
        first.createdAt = kWhen;
        first.raw = QStringLiteral(
            "It crashes here:\n\n```cpp\nint main() { return 42; }\n```\n\nand `plain` text.");
        first.cooked = QStringLiteral(
            "<p>It crashes</p><script>alert(1)</script><img src=\"https://tracker.example/p.gif\">"
            "<a href=\"javascript:steal()\">link</a><p onclick=\"evil()\">here</p>");
        Post second = first;
        second.id = 11;
        second.postNumber = 2;
        second.raw = QStringLiteral("Buy now");
        second.cooked = QStringLiteral("<p>Buy now</p>");
        // A longer thread: five posts of twelve paragraphs each, the third one flagged.
        Topic longer = topic;
        longer.id = 2;
        QList<Post> thread;
        for (int n = 1; n <= 5; ++n) {
            Post p = first;
            p.id = 20 + n;
            p.topicId = 2;
            p.postNumber = n;
            p.raw = QStringLiteral("Post %1").arg(n);
            p.cooked = QStringLiteral("<p>Post %1 says a lot.</p>").arg(n).repeated(12);
            thread.append(p);
        }
        QVERIFY(m_store->begin());
        QVERIFY(m_store->upsertUsers({author}, UserDetail::Full));
        QVERIFY(m_store->upsertTopics({topic, longer}));
        QVERIFY(m_store->upsertPosts(QList<Post>{first, second} + thread));
        QVERIFY2(
            m_store->upsertReviewables(
                {flagged(100, 10, {QStringLiteral("agree_and_keep"), QStringLiteral("disagree")}),
                 flagged(101, 11, {QStringLiteral("delete_spammer")}),
                 flagged(102, 12, {QStringLiteral("disagree")}), // its post not synced yet
                 queued(103), flagged(104, 23, {QStringLiteral("disagree")})}),
            qPrintable(m_store->lastError()));
        QVERIFY(m_store->commit());
    }

    void aPostNotSyncedYetSaysTheSyncIsUnderWay()
    {
        ItemDetailView view(*m_db);
        view.showItem(102);
        QVERIFY(view.renderedHtml().contains(QStringLiteral("not in the local copy.")));
        view.setSyncNote(QStringLiteral("Syncing posts… 40 %"));
        QVERIFY2(view.renderedHtml().contains(QStringLiteral("Syncing posts… 40 %")),
                 qPrintable(view.renderedHtml()));
        view.setSyncNote({}); // the sync ended without it
        QVERIFY(!view.renderedHtml().contains(QStringLiteral("Syncing")));
        view.showItem(100); // a post the copy has is shown whatever the sync does
        view.setSyncNote(QStringLiteral("Syncing posts… 41 %"));
        QVERIFY(view.renderedHtml().contains(QStringLiteral("It crashes")));
        QVERIFY(!view.renderedHtml().contains(QStringLiteral("Syncing")));
    }

    void theThreadTabOpensAtTheFlaggedPost()
    {
        ItemDetailView view(*m_db);
        view.resize(500, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showItem(104);
        view.tabs()->setCurrentWidget(view.threadView());
        QTextBrowser* thread = view.threadView();
        QVERIFY(thread->toPlainText().contains(QStringLiteral("Post 1 says")));
        QVERIFY(thread->verticalScrollBar()->value() > 0); // past posts #1 and #2
        // The flagged post's heading is in view.
        const QTextCursor at = thread->document()->find(QStringLiteral("▶"));
        QVERIFY(!at.isNull());
        QVERIFY(thread->viewport()->rect().contains(thread->cursorRect(at).center()));
    }

    void aQueuedPostIsShownAsTheForumWouldCookIt()
    {
        ItemDetailView view(*m_db);
        view.showItem(103);
        const QString html = view.renderedHtml();
        for (const char* raw : {"**", "[quote", "[/quote]", "- open"})
            QVERIFY2(!html.contains(QLatin1StringView(raw)), raw);
        QVERIFY(html.contains(QStringLiteral("Invoice history")));
        QTextDocument shown;
        shown.setHtml(html);
        QCOMPARE(shown.toPlainText().count(QStringLiteral("Where is it?")), 1); // as a quote
        // A list of two items, and the emphasis kept as bold.
        int items = 0;
        bool bold = false;
        for (QTextBlock b = shown.begin(); b.isValid(); b = b.next()) {
            items += b.textList() ? 1 : 0;
            for (const QTextLayout::FormatRange& r : b.textFormats())
                bold = bold || (r.format.fontWeight() >= QFont::Bold &&
                                b.text().mid(r.start, r.length).contains(u"Invoice"));
        }
        QCOMPARE(items, 2);
        QVERIFY(bold);
        // Inline code stays code (fixed pitch), whatever the desktop's fixed font is called.
        bool code = false;
        for (QTextBlock b = shown.begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it)
                code = code || (it.fragment().text().contains(u"Billing") &&
                                (it.fragment().charFormat().fontFixedPitch() ||
                                 it.fragment().charFormat().fontFamilies().toStringList().contains(
                                     QStringLiteral("monospace"))));
        QVERIFY(code);
    }

    void hostileHtmlIsShownInert()
    {
        ItemDetailView view(*m_db);
        view.showItem(100);
        const QString html = view.renderedHtml();
        QVERIFY(html.contains(QStringLiteral("It crashes")));
        for (const char* gone : {"alert(1)", "<img", "javascript:", "evil()"})
            QVERIFY2(!html.contains(QLatin1StringView(gone)), gone);
        QVERIFY(html.contains(
            QStringLiteral("[image: https://tracker.example/p.gif]"))); // named, not loaded
    }

    void imagesAreFetchedOnlyWhenAsked()
    {
        // A loopback server that answers /pic.png with a PNG and anything else with text.
        QByteArray png;
        {
            QImage picture(24, 16, QImage::Format_RGB32);
            picture.fill(Qt::red);
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            picture.save(&buffer, "PNG");
        }
        // Another service on this machine, which a post must not make Steward call over plain http.
        testing::LoopbackHttp other([&png](const QByteArray&) {
            return testing::LoopbackHttp::Response{200, "image/png", png};
        });
        QVERIFY(other.listen());
        const QString elsewhere = other.url().toString();
        testing::LoopbackHttp server([&png, elsewhere](const QByteArray& path) {
            if (path == "/moved.png")
                return testing::LoopbackHttp::Response{
                    302, "text/plain", "", "Location: " + elsewhere.toUtf8() + "/pic.png\r\n"};
            return path == "/pic.png"
                       ? testing::LoopbackHttp::Response{200, "image/png", png}
                       : testing::LoopbackHttp::Response{200, "text/plain", "not an image"};
        });
        QVERIFY(server.listen());
        QStringList& requested = server.requested();
        const QString base = server.url().toString();
        Post post;
        post.id = 12;
        post.topicId = 1;
        post.postNumber = 3;
        post.userId = 2;
        post.createdAt = kWhen;
        post.raw = QStringLiteral("pictures");
        post.cooked = QStringLiteral("<p>look</p><img src=\"%1/pic.png\"><img "
                                     "src=\"%1/fake.png\"><img src=\"%1/moved.png\">"
                                     "<img src=\"%2/pic.png\">")
                          .arg(base, elsewhere);
        QVERIFY(m_store->begin());
        QVERIFY(m_store->upsertPosts({post}));
        QVERIFY(m_store->upsertReviewables({flagged(102, 12, {QStringLiteral("agree_and_keep")})}));
        QVERIFY(m_store->commit());

        ItemDetailView view(*m_db);
        view.postView()->setSiteOrigin(server.url()); // the community (a sandbox) serves plain http
        view.resize(700, 500);
        view.show();
        view.showItem(102);
        auto* load = view.findChild<QPushButton*>(QStringLiteral("loadImages"));
        QVERIFY(load && load->isVisible());
        view.postView()->document()->size(); // laid out: every image it names was looked up
        QCOMPARE(view.postView()->pendingCount(), 0); // nothing asked for before the choice
        QCoreApplication::processEvents();
        QVERIFY(requested.isEmpty());
        QVERIFY(!view.renderedHtml().contains(QStringLiteral("<img")));

        QSignalSpy settled(view.postView(), &PostBrowser::imageSettled);
        load->click();
        QTRY_COMPARE(settled.size(),
                     3); // pic, fake, and moved, whose redirect off the site is refused
        QCOMPARE(view.postView()->pendingCount(), 0); // and nothing more is on its way
        QCOMPARE(view.postView()->fetchedCount(), 1);
        QCOMPARE(view.postView()->failedCount(), 2);
        QVERIFY2(other.requested().isEmpty(), qPrintable(other.requested().join(u' ')));
        const QVariant image = view.postView()->document()->resource(
            QTextDocument::ImageResource, QUrl(base + QStringLiteral("/pic.png")));
        QCOMPARE(image.value<QImage>().size(), QSize(24, 16));
        QVERIFY(!load->isVisible());

        // Nothing comes from the local disk, whatever the post names: a relative or file: source
        // would have QTextBrowser read the file (and /dev/zero for ever).
        QTemporaryDir disk;
        const QString local = disk.filePath(QStringLiteral("local.png"));
        QVERIFY(QImage(8, 8, QImage::Format_RGB32).save(local));
        for (const QUrl& url :
             {QUrl(local), QUrl::fromLocalFile(local), QUrl(QStringLiteral("/dev/zero"))})
            QVERIFY2(view.postView()->loadResource(QTextDocument::ImageResource, url).isNull(),
                     qPrintable(url.toString()));

        // Another item: the choice is per post, so nothing more is fetched.
        requested.clear();
        view.showItem(100);
        view.postView()->document()->size();
        QCOMPARE(view.postView()->pendingCount(), 0);
        QCoreApplication::processEvents();
        QVERIFY(requested.isEmpty());
    }

    void fencedCodeIsHighlightedInItsLanguage()
    {
        ItemDetailView view(*m_db);
        view.resize(700, 500);
        view.show();
        view.showItem(100);
        QVERIFY(view.highlightMarkdown());
        QTextDocument* doc = view.markdownView()->document();
        const QTextBlock code =
            doc->findBlock(doc->toPlainText().indexOf(QStringLiteral("int main")));
        const QTextBlock prose = doc->findBlock(0);
        QVERIFY(code.isValid() && code.text().startsWith(QStringLiteral("int main")));
        // C++ keywords, types and numbers each get their own colour; Markdown alone would
        // colour the whole line as one code span.
        QVERIFY2(coloursOf(code).size() >= 2, qPrintable(QString::number(coloursOf(code).size())));
        QVERIFY(coloursOf(prose).size() <= 1);
        // Moving on keeps highlighting the new item's source.
        view.showItem(101);
        QCOMPARE(doc->toPlainText(), QStringLiteral("Buy now"));
    }

    void aliasedActionsKeepTheirOwnNames()
    {
        // Newer servers run agree_and_suspend as agree_and_keep (ReviewableFlaggedPost
        // .action_aliases): the menu must still say which is which.
        ReviewableAction suspend;
        suspend.id = QStringLiteral("7-agree_and_suspend");
        suspend.serverAction = QStringLiteral("agree_and_keep");
        suspend.label = QStringLiteral("Agree and suspend user");
        QCOMPARE(suspend.performId(), QStringLiteral("agree_and_keep"));
        QCOMPARE(actionName(suspend), QStringLiteral("Agree, then suspend the author"));
        ReviewableAction unknown;
        unknown.id = QStringLiteral("7-escalate");
        unknown.label = QStringLiteral("Escalate");
        QCOMPARE(actionName(unknown), QStringLiteral("Escalate"));
    }

    void buttonsAreExactlyEachItemsActions()
    {
        ItemDetailView view(*m_db);
        auto labels = [&view] {
            QStringList out;
            for (QToolButton* b : view.findChildren<QToolButton*>())
                if (!b->text().isEmpty() && b->parentWidget() == &view)
                    out.append(b->text());
            out.sort();
            return out;
        };
        view.showItem(100);
        // Known actions under Steward's own (translated) names, whatever the site's language;
        // one Steward does not know under the server's label.
        QCOMPARE(labels(),
                 (QStringList{QStringLiteral("Agree, keep the post"), QStringLiteral("Disagree")}));
        QStringList requested;
        connect(&view, &ItemDetailView::actionRequested, this,
                [&requested](const ReviewableAction& a) { requested.append(a.id); });
        view.showItem(101);
        QCOMPARE(labels(), QStringList{QStringLiteral("DELETE_SPAMMER")});
        view.showItem(100);
        for (QToolButton* b : view.findChildren<QToolButton*>())
            if (b->text() == QStringLiteral("Disagree"))
                b->click();
        QCOMPARE(requested, QStringList{QStringLiteral("disagree")});
    }
};

QTEST_MAIN(TestItemDetail)
#include "tst_itemdetail.moc"
