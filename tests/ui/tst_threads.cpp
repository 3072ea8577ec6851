// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Thread curation in the main window against the sandbox: the browser's views and the
// thread view, then each operation through the outbox, checked in the sandbox's state
// afterwards; undo keeps an operation from the server; an edit against a topic changed
// meanwhile ends as a conflict; a bulk close changes exactly the previewed topics.
#include "app/session/communitysession.h"
#include "models/domain/clock.h"
#include "models/items/topiclistmodel.h"
#include "models/store/topicqueries.h"
#include "models/sync/caseservice.h"
#include "models/sync/outbox.h"
#include "models/sync/syncengine.h"
#include "tests/support/sessiontesting.h"
#include "ui/dialogs/bulkclosedialog.h"
#include "ui/dialogs/casedialog.h"
#include "ui/dialogs/casetargetdialog.h"
#include "ui/dialogs/movepostsdialog.h"
#include "ui/dialogs/topiceditdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/thread/threadspane.h"
#include "ui/thread/threadview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

using namespace steward;
using namespace steward::testing;

class TestThreads : public QObject
{
    Q_OBJECT
    VirtualClock m_clock{kNow}; ///< the sandbox's and the session's: outlives both
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CommunitySession> m_session;
    std::unique_ptr<MainWindow> m_window;

    ThreadsPane* pane() const { return m_window->threadsPane(); }
    const Topic& sandboxTopic(Id id) const
    {
        return m_server->community().topics[std::size_t(id - 1)].topic;
    }
    const sandbox::PostRecord& sandboxPost(Id id) const
    {
        return m_server->community().posts[std::size_t(id - 1)];
    }

    /// An open, listed, unpinned regular topic in a category that takes solutions, with a
    /// live reply by someone else and no accepted answer; skip picks another.
    Id plainTopic(int skip = 0) const
    {
        for (const sandbox::TopicRecord& t : m_server->community().topics) {
            const Topic& topic = t.topic;
            if (topic.isPrivateMessage() || topic.isDeleted() || topic.closed || topic.archived ||
                !topic.visible || topic.pinned || topic.hasAcceptedAnswer() || t.posts.size() < 3)
                continue;
            const Category* c = nullptr;
            for (const Category& each : m_server->community().categories)
                c = each.id == topic.categoryId ? &each : c;
            if (c && c->acceptedAnswersEnabled && skip-- == 0)
                return topic.id;
        }
        return 0;
    }

    void click(const char* button)
    {
        auto* b = pane()->findChild<QToolButton*>(QString::fromLatin1(button));
        QVERIFY(b);
        QVERIFY(b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton);
    }

    CaseTarget sandboxCases() const
    {
        CaseTarget t;
        t.kind = CaseTarget::Kind::ServiceNow;
        t.url = m_server->url();
        t.user = m_server->caseCredentials().username;
        t.staffNote = true;
        return t;
    }

    /// The case dialog open on the pane, its fields as the test left them, accepted.
    void acceptCaseDialog()
    {
        CaseDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = pane()->findChild<CaseDialog*>()) != nullptr);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        ok->click();
    }

    void waitForOutbox() { QTRY_COMPARE_WITH_TIMEOUT(m_session->outbox().queuedCount(), 0, 60000); }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock.setAutoAdvance(true);
        sandbox::ServerOptions options;
        options.clock = &m_clock;
        m_server = startSandbox(options);
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = std::make_unique<CommunitySession>();
        m_session->setClock(&m_clock);
        const QString error = openSynced(*m_session, *m_server, m_dir->filePath("t.db"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_session->outbox().setUndoWindowMs(0);
        m_window = std::make_unique<MainWindow>();
        m_window->attachCommunity(QStringLiteral("sandbox"), m_session->store(),
                                  m_session->outbox(), m_session->sync());
        m_window->attachCases(m_session->cases(), m_server->adminCredentials().username, QString());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showPane(MainWindow::Pane::Threads);
        QTRY_VERIFY(pane()->model().rowCount() > 0);
    }

    void cleanup()
    {
        // A test that stopped time or widened the undo window hands both back, failed or not.
        m_clock.setAutoAdvance(true);
        m_session->outbox().setUndoWindowMs(0);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
        m_server.reset();
    }

    void viewsListAndTheThreadShows()
    {
        pane()->setView(topics::View::Unanswered);
        topics::Filter f;
        f.view = topics::View::Unanswered;
        QCOMPARE(pane()->model().rowCount(), topics::ids(m_session->store().database(), f).size());
        pane()->setView(topics::View::Latest);
        // A solved topic: its answer is marked; its reply links to the post it answers.
        Id solved = 0;
        for (const sandbox::TopicRecord& t : m_server->community().topics)
            solved = solved == 0 && t.topic.hasAcceptedAnswer() && !t.topic.isDeleted() &&
                             !t.topic.isPrivateMessage()
                         ? t.topic.id
                         : solved;
        QVERIFY(solved != 0);
        pane()->selectTopic(solved);
        QCOMPARE(pane()->threadView()->topicId(), solved);
        const QString text = pane()->threadView()->toPlainText();
        QVERIFY(text.contains(sandboxTopic(solved).title));
        QVERIFY(text.contains(u"accepted answer"));
        QVERIFY(pane()->threadView()->loadedPosts() > 1);
        // A topic with a pending flag shows it on the post.
        Id flaggedPost = 0;
        for (const sandbox::ReviewRecord& r : m_server->community().reviews)
            flaggedPost =
                flaggedPost == 0 && r.item.isPending() && r.item.type == ReviewableType::FlaggedPost
                    ? r.item.targetId
                    : flaggedPost;
        QVERIFY(flaggedPost != 0);
        pane()->selectTopic(sandboxPost(flaggedPost).topicId);
        while (pane()->threadView()->hasMore())
            pane()->threadView()->loadMore();
        QVERIFY(pane()->threadView()->toPlainText().contains(u"flagged"));
    }

    void ctrlEndAndCtrlHomeScrollTheThread()
    {
        // The longest topic: taller than the thread view.
        Id longest = 0;
        int most = 0;
        for (const sandbox::TopicRecord& t : m_server->community().topics)
            if (!t.topic.isDeleted() && !t.topic.isPrivateMessage() && t.topic.postsCount > most) {
                most = t.topic.postsCount;
                longest = t.topic.id;
            }
        pane()->selectTopic(longest);
        QCOMPARE(pane()->threadView()->topicId(), longest);
        QScrollBar* bar = pane()->threadView()->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), 0);
        pane()->table()->setFocus(); // from the topic list, as a moderator reads down it
        QTest::keyClick(pane()->table(), Qt::Key_End, Qt::ControlModifier);
        QVERIFY(!pane()->threadView()->hasMore());
        QCOMPARE(bar->value(), bar->maximum());
        QCOMPARE(pane()->threadView()->topicId(), longest); // the list did not move
        QTest::keyClick(pane()->table(), Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(bar->value(), 0);
    }

    void closePinArchiveUnlistReachTheSandbox()
    {
        const Id id = plainTopic();
        QVERIFY(id != 0);
        pane()->selectTopic(id);
        QCOMPARE(pane()->currentTopic(), id);
        click("closeTopic");
        waitForOutbox();
        QTRY_VERIFY(sandboxTopic(id).closed);
        QTRY_VERIFY(pane()->threadView()->header().closed); // the store follows
        click("closeTopic");                                // now "Reopen"
        waitForOutbox();
        QTRY_VERIFY(!sandboxTopic(id).closed);
        click("pinTopic");
        waitForOutbox();
        QTRY_VERIFY(sandboxTopic(id).pinned);
        click("archiveTopic");
        waitForOutbox();
        QTRY_VERIFY(sandboxTopic(id).archived);
        click("listTopic");
        waitForOutbox();
        QTRY_VERIFY(!sandboxTopic(id).visible);
        const int row = pane()->model().rowOf(id);
        QVERIFY(row >= 0);
        QTRY_VERIFY(pane()
                        ->model()
                        .data(pane()->model().index(row, TopicListModel::Status))
                        .toString()
                        .contains(u"unlisted"));
    }

    void undoKeepsAnOperationFromTheServer()
    {
        const Id id = plainTopic(1);
        pane()->selectTopic(id);
        m_clock.setAutoAdvance(false); // time moves only when this test says
        m_session->outbox().setUndoWindowMs(1500);
        const int sentBefore = m_session->client().stats().sent;
        click("closeTopic");
        QCOMPARE(m_session->outbox().queuedCount(), 1);
        const int row = pane()->model().rowOf(id);
        QTRY_VERIFY(pane()
                        ->model()
                        .data(pane()->model().index(row, TopicListModel::Status))
                        .toString()
                        .contains(u"sending"));
        QCOMPARE(pane()->undoLast(), 1);
        QCOMPARE(m_session->outbox().queuedCount(), 0);
        m_clock.advance(60000); // far past the window
        QCoreApplication::processEvents();
        QCOMPARE(m_session->client().stats().sent, sentBefore);
        QVERIFY(!sandboxTopic(id).closed);
        m_session->outbox().setUndoWindowMs(0);
        m_clock.setAutoAdvance(true);
    }

    void editRenamesRecategorisesAndRetags()
    {
        const Id id = plainTopic(2);
        pane()->selectTopic(id);
        auto* dialog = qobject_cast<TopicEditDialog*>(pane()->openEditDialog());
        QVERIFY(dialog);
        const QString title = QStringLiteral("Renamed from Steward: sync stops at 99 percent");
        dialog->titleEdit()->setText(title);
        const int other = dialog->categoryBox()->currentIndex() == 0 ? 1 : 0;
        dialog->categoryBox()->setCurrentIndex(other);
        const Id category = dialog->categoryBox()->itemData(other).toLongLong();
        dialog->tagsEdit()->setText(QStringLiteral("steward, Needs Triage"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        waitForOutbox();
        QTRY_COMPARE(sandboxTopic(id).title, title);
        QCOMPARE(sandboxTopic(id).categoryId, category);
        QCOMPARE(sandboxTopic(id).tags,
                 (QStringList{QStringLiteral("steward"), QStringLiteral("needs-triage")}));
        QTRY_COMPARE(pane()->threadView()->header().title, title);
    }

    void anEditAgainstAChangedTopicIsAConflict()
    {
        const Id id = plainTopic(3);
        pane()->selectTopic(id);
        const QString shown = pane()->threadView()->header().title;
        // Someone renames it on the server; Steward's copy still has the old title.
        QJsonObject rename{{QStringLiteral("op"), QStringLiteral("topic.update")},
                           {QStringLiteral("actor"), 1},
                           {QStringLiteral("at"), kNow.toSecsSinceEpoch()},
                           {QStringLiteral("id"), id},
                           {QStringLiteral("title"),
                            QStringLiteral("Renamed on the web meanwhile, by another moderator")}};
        QCOMPARE(m_server->write(rename).status, 200);
        TopicChange change;
        change.originalTitle = shown;
        change.title = QStringLiteral("Steward's own rename, made against the old title");
        QVERIFY(pane()->editTopic(change));
        QSignalSpy changed(&m_session->outbox(), &Outbox::entryChanged);
        QTRY_VERIFY(std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant>& args) {
            return args.at(1).value<OutboxState>() == OutboxState::Conflict;
        }));
        QCOMPARE(sandboxTopic(id).title,
                 QStringLiteral("Renamed on the web meanwhile, by another moderator"));
        const int row = pane()->model().rowOf(id);
        QTRY_VERIFY(pane()
                        ->model()
                        .data(pane()->model().index(row, TopicListModel::Status))
                        .toString()
                        .contains(u"conflict"));
    }

    void postOperationsReachTheSandbox()
    {
        const Id id = plainTopic(4);
        pane()->selectTopic(id);
        const thread::ThreadPost reply = pane()->threadView()->posts().at(1);
        QVERIFY(!reply.post.isDeleted());
        const Id post = reply.post.id;
        Q_EMIT pane()->threadView()->anchorClicked(
            QUrl(QStringLiteral("steward:post/%1/accept").arg(post)));
        waitForOutbox();
        QTRY_COMPARE(sandboxTopic(id).acceptedAnswerPostId.value_or(0), post);
        QTRY_COMPARE(pane()->threadView()->header().acceptedPostId, post);
        Q_EMIT pane()->threadView()->anchorClicked(
            QUrl(QStringLiteral("steward:post/%1/unaccept").arg(post)));
        waitForOutbox();
        QTRY_VERIFY(!sandboxTopic(id).hasAcceptedAnswer());
        Q_EMIT pane()->threadView()->anchorClicked(
            QUrl(QStringLiteral("steward:post/%1/delete").arg(post)));
        waitForOutbox();
        QTRY_VERIFY(sandboxPost(post).deletedAt != 0);
        QTRY_VERIFY(pane()->threadView()->toPlainText().contains(u"deleted"));
        Q_EMIT pane()->threadView()->anchorClicked(
            QUrl(QStringLiteral("steward:post/%1/recover").arg(post)));
        waitForOutbox();
        QTRY_COMPARE(sandboxPost(post).deletedAt, qint64(0));
    }

    /// A topic with at least n regular, live posts from someone, for moving.
    Id longTopic(int n, int skip = 0) const
    {
        for (const sandbox::TopicRecord& t : m_server->community().topics) {
            if (t.topic.isPrivateMessage() || t.topic.isDeleted() || t.topic.closed ||
                int(t.posts.size()) < n)
                continue;
            const bool allRegular = std::all_of(t.posts.begin(), t.posts.end(), [&](int index) {
                const sandbox::PostRecord& p = m_server->community().posts[std::size_t(index)];
                return p.type == PostType::Regular && p.deletedAt == 0;
            });
            if (allRegular && skip-- == 0)
                return t.topic.id;
        }
        return 0;
    }

    QList<Id> sandboxPostIds(Id topic) const
    {
        QList<Id> ids;
        for (int index : m_server->community().topics[std::size_t(topic - 1)].posts)
            ids.append(m_server->community().posts[std::size_t(index)].id);
        return ids;
    }

    void splitMovesTheSelectedPostsToANewTopic()
    {
        const Id source = longTopic(4);
        QVERIFY(source != 0);
        pane()->selectTopic(source);
        const QList<thread::ThreadPost> posts = pane()->threadView()->posts();
        const QList<Id> moving{posts.at(2).post.id, posts.at(3).post.id};
        for (Id id : moving)
            Q_EMIT pane()->threadView()->anchorClicked(
                QUrl(QStringLiteral("steward:post/%1/select").arg(id)));
        QCOMPARE(pane()->threadView()->selectedPosts(), moving);
        auto* dialog = qobject_cast<MovePostsDialog*>(pane()->openMoveDialog());
        QVERIFY(dialog);
        const QString title = QStringLiteral("Split off: the follow-up about exports");
        dialog->titleEdit()->setText(title);
        const std::size_t topicsBefore = m_server->community().topics.size();
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        waitForOutbox();
        QTRY_COMPARE(m_server->community().topics.size(), topicsBefore + 1);
        const Id created = Id(topicsBefore + 1);
        QCOMPARE(sandboxTopic(created).title, title);
        QCOMPARE(sandboxPostIds(created), moving);
        for (Id id : moving)
            QVERIFY(!sandboxPostIds(source).contains(id));
        // The local copy follows: both topics are read again.
        QTRY_VERIFY_WITH_TIMEOUT(thread::header(m_session->store().database(), created).has_value(),
                                 15000);
        QTRY_COMPARE_WITH_TIMEOUT(
            thread::posts(m_session->store().database(), created, 0, 10).size(), 2, 15000);
        QTRY_VERIFY(std::none_of(
            pane()->threadView()->posts().cbegin(), pane()->threadView()->posts().cend(),
            [&](const thread::ThreadPost& p) { return moving.contains(p.post.id); }));
    }

    void mergeMovesTheSelectedPostsIntoAnotherTopic()
    {
        const Id source = longTopic(3, 1);
        const Id destination = plainTopic(5);
        QVERIFY(source != 0 && destination != 0 && source != destination);
        const int destinationPosts = int(sandboxPostIds(destination).size());
        pane()->selectTopic(source);
        const Id moving = pane()->threadView()->posts().at(2).post.id;
        pane()->threadView()->setSelected(moving, true);
        auto* dialog = qobject_cast<MovePostsDialog*>(pane()->openMoveDialog());
        QVERIFY(dialog);
        dialog->existingButton()->setChecked(true);
        dialog->destinationEdit()->setText(
            QStringLiteral("https://community.example/t/some-slug/%1").arg(destination));
        QCOMPARE(dialog->destinationTopicId(), destination);
        dialog->destinationEdit()->setText(QString::number(source)); // not into itself
        QCOMPARE(dialog->destinationTopicId(), Id(0));
        QVERIFY(!dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->destinationEdit()->setText(QString::number(destination));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        waitForOutbox();
        QTRY_COMPARE(int(sandboxPostIds(destination).size()), destinationPosts + 1);
        QCOMPARE(sandboxPostIds(destination).last(), moving);
        QCOMPARE(sandboxPost(moving).topicId, destination);
        const auto storedInDestination = [&] {
            const QList<thread::ThreadPost> stored =
                thread::posts(m_session->store().database(), destination, 0, 100);
            return std::any_of(stored.cbegin(), stored.cend(),
                               [&](const thread::ThreadPost& p) { return p.post.id == moving; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(storedInDestination(), 15000);
    }

    void escalationCreatesACaseAndTheThreadShowsItsNumber()
    {
        m_session->cases().setTarget(sandboxCases(), m_server->caseCredentials().key);
        const Id id = plainTopic(6);
        pane()->selectTopic(id);
        const thread::ThreadPost reply = pane()->threadView()->posts().at(1);
        QVERIFY(pane()->threadView()->toPlainText().contains(u"create support case"));
        const std::size_t casesBefore = m_server->community().cases.size();
        const std::size_t postsBefore =
            m_server->community().topics[std::size_t(id - 1)].posts.size();
        Q_EMIT pane()->threadView()->anchorClicked(
            QUrl(QStringLiteral("steward:post/%1/case").arg(reply.post.id)));
        auto* dialog = pane()->findChild<CaseDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->titleEdit()->text(), sandboxTopic(id).title);
        QCOMPARE(dialog->customerEdit()->text(), reply.author.username);
        QVERIFY(!dialog->excerptEdit()->toPlainText().isEmpty());
        QVERIFY(!dialog->excerptEdit()->toPlainText().contains(u'<')); // plain text, not HTML
        dialog->excerptEdit()->setPlainText(
            dialog->excerptEdit()->toPlainText() +
            QStringLiteral("\nCustomer is on the Enterprise plan."));
        acceptCaseDialog();

        QTRY_COMPARE(m_server->community().cases.size(), casesBefore + 1);
        const sandbox::CaseRecord& recorded = m_server->community().cases.back();
        QCOMPARE(recorded.fields.value(u"short_description").toString(), sandboxTopic(id).title);
        const QString description = recorded.fields.value(u"description").toString();
        QVERIFY2(description.contains(reply.author.username), qPrintable(description));
        QVERIFY(description.contains(QStringLiteral("/t/%1/%2/%3")
                                         .arg(sandboxTopic(id).slug)
                                         .arg(id)
                                         .arg(reply.post.postNumber)));
        QVERIFY(description.contains(u"Customer is on the Enterprise plan."));
        QCOMPARE(recorded.fields.value(u"correlation_id").toString(),
                 QStringLiteral("discourse-post-%1").arg(reply.post.id));
        QTRY_VERIFY(pane()->threadView()->toPlainText().contains(recorded.number));
        QVERIFY(m_window->statusBar()->currentMessage().contains(recorded.number));
        // The staff note: a whisper naming the case, on the topic in the sandbox.
        waitForOutbox();
        const sandbox::TopicRecord& topic = m_server->community().topics[std::size_t(id - 1)];
        QTRY_COMPARE(topic.posts.size(), postsBefore + 1);
        const sandbox::PostRecord& note =
            m_server->community().posts[std::size_t(topic.posts.back())];
        QCOMPARE(note.type, PostType::Whisper);
        QVERIFY(m_server->community().editedRaw.value(note.id).contains(recorded.number));
    }

    void aFailingCaseTargetSaysWhyAndKeepsTheCase()
    {
        m_session->cases().setTarget(sandboxCases(), QStringLiteral("a-wrong-password"));
        const Id id = plainTopic(7);
        pane()->selectTopic(id);
        const std::size_t casesBefore = m_server->community().cases.size();
        click("createCase"); // on the topic: its first post
        auto* dialog = pane()->findChild<CaseDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->customerEdit()->text(),
                 pane()->threadView()->posts().first().author.username);
        acceptCaseDialog();
        QTRY_VERIFY(pane()->threadView()->toPlainText().contains(u"support case failed"));
        const QString shown = pane()->threadView()->toPlainText();
        QVERIFY2(shown.contains(u"401") && shown.contains(u"User Not Authenticated"),
                 qPrintable(shown));
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"401"));
        QCOMPARE(m_server->community().cases.size(), casesBefore);
        const QList<SupportCase> stored = m_session->cases().cases().forTopic(id);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().state, CaseState::Failed);
        QCOMPARE(CaseDraft::fromJson(stored.first().request).title,
                 sandboxTopic(id).title); // nothing lost

        // The password fixed in File › Case System, then "send again" from the thread.
        CaseTargetDialog* settings = m_window->showCaseSystem();
        QVERIFY(settings);
        QCOMPARE(settings->userEdit()->text(), m_server->caseCredentials().username);
        settings->secretEdit()->setText(m_server->caseCredentials().key);
        settings->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(m_session->cases().secret(), m_server->caseCredentials().key);
        Q_EMIT pane()->threadView()->anchorClicked(
            QUrl(QStringLiteral("steward:case/%1/retry").arg(stored.first().id)));
        QTRY_COMPARE(m_server->community().cases.size(), casesBefore + 1);
        QTRY_VERIFY(pane()->threadView()->toPlainText().contains(
            m_server->community().cases.back().number));
        QVERIFY(!pane()->threadView()->toPlainText().contains(u"support case failed"));
    }

    void theCaseSystemDialogRefusesAWebhookTemplateThatIsNotJson()
    {
        CaseTargetDialog* settings = m_window->showCaseSystem();
        QVERIFY(settings);
        settings->kindBox()->setCurrentIndex(
            settings->kindBox()->findData(int(CaseTarget::Kind::Webhook)));
        settings->urlEdit()->setText(QStringLiteral("https://cases.example.com/hooks/steward"));
        auto* save = settings->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        QVERIFY(save->isEnabled());
        settings->templateEdit()->setPlainText(QStringLiteral("{\"title\": {{title}}}"));
        QVERIFY(!save->isEnabled());
        settings->urlEdit()->setText(QStringLiteral("http://cases.example.com/hooks"));
        settings->templateEdit()->setPlainText(CaseTarget::defaultTemplate());
        QVERIFY(!save->isEnabled()); // plain HTTP to another host
        settings->reject();
        QCOMPARE(m_session->cases().target().kind, CaseTarget::Kind::ServiceNow); // unchanged
    }

    void bulkCloseChangesExactlyThePreviewedTopics()
    {
        pane()->setView(topics::View::Stale);
        // Few enough to read: the stalest few percent.
        int days = 30;
        while (pane()->staleTopics().size() > 25)
            pane()->setStaleDays(days += 15);
        const QList<Id> previewed = pane()->staleTopics();
        QVERIFY(!previewed.isEmpty());
        QSet<Id> closedBefore;
        for (const sandbox::TopicRecord& t : m_server->community().topics)
            if (t.topic.closed)
                closedBefore.insert(t.topic.id);
        auto* dialog = qobject_cast<BulkCloseDialog*>(pane()->openBulkCloseDialog());
        QVERIFY(dialog);
        QCOMPARE(dialog->list()->count(), previewed.size());
        QCOMPARE(dialog->topicIds(), previewed);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        waitForOutbox();
        QSet<Id> expected = closedBefore;
        for (Id id : previewed)
            expected.insert(id);
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(previewed.cbegin(), previewed.cend(),
                                             [&](Id id) { return sandboxTopic(id).closed; }),
                                 15000);
        QSet<Id> closedAfter;
        for (const sandbox::TopicRecord& t : m_server->community().topics)
            if (t.topic.closed)
                closedAfter.insert(t.topic.id);
        QCOMPARE(closedAfter, expected);
        QTRY_COMPARE(pane()->model().rowCount(), 0); // closed topics are not stale
    }
};

QTEST_MAIN(TestThreads)
#include "tst_threads.moc"
