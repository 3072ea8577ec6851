// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Triage by keyboard in the main window against the sandbox: each key's decision reaches
// the sandbox, an undone one never leaves, a stale one ends as a visible conflict, and a
// multi-selection is decided in one go.
#include "app/session/communitysession.h"
#include "models/domain/clock.h"
#include "models/items/queuefiltermodel.h"
#include "models/items/queuemodel.h"
#include "models/items/savedviews.h"
#include "models/net/discourseclient.h"
#include "models/net/retrypolicy.h"
#include "models/store/reviewqueries.h"
#include "models/store/usernotes.h"
#include "models/sync/outbox.h"
#include "models/sync/syncengine.h"
#include "models/sync/usernotesservice.h"
#include "tests/support/sessiontesting.h"
#include "ui/dialogs/penaltydialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/mainwindowactions.h"
#include "ui/queue/itemdetailview.h"
#include "ui/queue/queuepane.h"
#include "ui/queue/usernotesview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>

using namespace steward;
using namespace steward::testing;
using steward::sandbox::ReviewRecord;

class TestQueueTriage : public QObject
{
    Q_OBJECT
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CommunitySession> m_session;
    std::unique_ptr<MainWindow> m_window;
    /// Shared by the sandbox and the session. Auto-advancing: undo windows pass at once; the
    /// tests of undo stop it and move time themselves.
    std::unique_ptr<VirtualClock> m_clock;

    QueuePane* pane() const { return m_window->queuePane(); }

    const ReviewRecord* sandboxItem(Id id) const { return m_server->community().review(id); }

    /// A pending item of the type, not yet decided here, that offers an action starting with
    /// prefix.
    Id pendingItem(ReviewableType type, const QString& prefix, int skip = 0) const
    {
        for (const ReviewRecord& r : m_server->community().reviews) {
            if (!r.item.isPending() || r.item.type != type)
                continue;
            // What the item offers, as synced.
            const std::optional<Reviewable> local =
                reviewqueries::reviewable(m_session->store().database(), r.item.id);
            const bool offers = local && std::any_of(local->actions.cbegin(), local->actions.cend(),
                                                     [&prefix](const ReviewableAction& a) {
                                                         return a.performId().startsWith(prefix);
                                                     });
            if (offers && skip-- == 0)
                return r.item.id;
        }
        return 0;
    }

    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(pane()->table(), Qt::Key(key), modifiers);
    }

    void decideByKey(Id id, int key, Qt::KeyboardModifiers modifiers, ReviewableStatus expected)
    {
        QVERIFY(id != 0);
        pane()->selectItem(id);
        QCOMPARE(pane()->currentId(), id);
        press(key, modifiers);
        QCOMPARE(m_session->outbox().queuedCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(sandboxItem(id)->item.status, expected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->outbox().queuedCount(), 0, 5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Saved views go to settings: this test's own, not the user's.
        static QTemporaryDir settings;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    }

    void init()
    {
        m_clock = std::make_unique<VirtualClock>(kNow);
        m_clock->setAutoAdvance(true);
        sandbox::ServerOptions options;
        options.clock = m_clock.get();
        m_server = startSandbox(options);
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = std::make_unique<CommunitySession>();
        m_session->setClock(m_clock.get());
        const QString error = openSynced(*m_session, *m_server, m_dir->filePath("t.db"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_session->outbox().setUndoWindowMs(300);
        m_window = std::make_unique<MainWindow>();
        m_window->attachCommunity(QStringLiteral("sandbox"), m_session->store(),
                                  m_session->outbox(), m_session->sync());
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        pane()->table()->setFocus();
        QVERIFY(pane()->filterModel().rowCount() > 0);
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_dir.reset();
        m_server.reset();
        m_clock.reset();
    }

    void notesOnTheAuthorGoToTheForumFromThePeopleTab()
    {
        m_window->attachUserNotes(m_session->notes());
        const Id id = pendingItem(ReviewableType::FlaggedPost, "agree");
        pane()->selectItem(id);
        const Id author = pane()->detail()->authorId();
        QVERIFY(author != 0);
        UserNotesView* notes = pane()->detail()->notesView();
        QCOMPARE(notes->userId(), author);
        // Once the author has been shown for a moment, the forum is asked for their notes.
        QTRY_COMPARE_WITH_TIMEOUT(m_session->notes().plugin(), usernotes::Plugin::On,
                                  UserNotesView::kAskDelayMs + 5000);
        const int before = int(m_session->notes().notesOn(author).size());
        QTest::mouseClick(notes->editor()->viewport(), Qt::LeftButton);
        QTest::keyClicks(notes->editor(), QStringLiteral("Warned in PM about links."));
        QTest::keyClick(notes->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(notes->editor()->toPlainText(), QString());
        QCOMPARE(notes->list()->count(), before + 1);
        QVERIFY(notes->list()->item(0)->text().startsWith(u"Warned in PM about links.\n"));
        const auto onForum = [&] {
            for (const sandbox::UserNoteRecord& n : m_server->community().userNotes.value(author))
                if (n.raw == u"Warned in PM about links." &&
                    n.postId.toVariant().toLongLong() == sandboxItem(id)->item.targetId)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(onForum(), 10000); // about the flagged post
        QTRY_VERIFY_WITH_TIMEOUT(notes->list()->item(0)->text().endsWith(notes->tr("on the forum")),
                                 10000);
        QVERIFY(notes->list()->item(0)->text().startsWith(u"Warned in PM about links.\n"));
    }

    void anAuthorShownBeforeTheNotesCameIsAskedAbout()
    {
        // A window on a team database shows its first item before its session's notes are
        // attached; the forum was never asked about that author, and the notes said "asking"
        // for good.
        const Id asked = pane()->detail()->authorId();
        m_window->queuePane()->detail()->setUserNotes(nullptr);
        Id id = 0;
        for (int skip = 0; !id || pane()->detail()->authorId() == asked; ++skip) {
            id = pendingItem(ReviewableType::FlaggedPost, "agree", skip);
            QVERIFY(id != 0);
            pane()->selectItem(id);
        }
        const Id author = pane()->detail()->authorId();
        QSignalSpy fetched(&m_session->notes(), &UserNotesService::fetched);
        m_window->attachUserNotes(m_session->notes());
        const auto fetchedAuthor = [&] {
            return std::any_of(fetched.cbegin(), fetched.cend(), [&](const QList<QVariant>& a) {
                return a.first().value<Id>() == author;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(fetchedAuthor(), UserNotesView::kAskDelayMs + 10000);
        QCOMPARE(pane()->detail()->notesView()->userId(), author);
    }

    void columnsShownAndHiddenAreKept()
    {
        QHeaderView* header = pane()->table()->horizontalHeader();
        // The row's own state beside its age, on screen on a laptop.
        QVERIFY(header->visualIndex(QueueModel::Status) < header->visualIndex(QueueModel::Reasons));
        header->setSectionHidden(QueueModel::ClaimedBy, true);
        header->resizeSection(QueueModel::Reasons, 140);
        MainWindow again;
        again.attachCommunity(QStringLiteral("sandbox"), m_session->store(), m_session->outbox(),
                              m_session->sync());
        QHeaderView* kept = again.queuePane()->table()->horizontalHeader();
        QVERIFY(kept->isSectionHidden(QueueModel::ClaimedBy));
        QCOMPARE(kept->sectionSize(QueueModel::Reasons), 140);
        header->setSectionHidden(QueueModel::ClaimedBy, false);
    }

    void jAndKMoveAndTheDetailFollows()
    {
        const Id first = pane()->currentId();
        QVERIFY(first != 0);
        QCOMPARE(pane()->detail()->itemId(), first);
        press(Qt::Key_J);
        QVERIFY(pane()->currentId() != first);
        QCOMPARE(pane()->detail()->itemId(), pane()->currentId());
        press(Qt::Key_K);
        QCOMPARE(pane()->currentId(), first);
        press(Qt::Key_K); // stays on the first row
        QCOMPARE(pane()->currentId(), first);
    }

    void agreeDisagreeAndIgnoreReachTheSandbox()
    {
        decideByKey(pendingItem(ReviewableType::FlaggedPost, "agree"), Qt::Key_A, Qt::NoModifier,
                    ReviewableStatus::Approved);
        decideByKey(pendingItem(ReviewableType::FlaggedPost, "disagree"), Qt::Key_D, Qt::NoModifier,
                    ReviewableStatus::Rejected);
        decideByKey(pendingItem(ReviewableType::FlaggedPost, "ignore"), Qt::Key_I, Qt::NoModifier,
                    ReviewableStatus::Ignored);
        // The store followed the server, and the table with it.
        QTRY_VERIFY(pane()->model().rowCount() > 0);
    }

    void approveAndRejectQueuedPosts()
    {
        const Id approve = pendingItem(ReviewableType::QueuedPost, "approve");
        const Id reject = pendingItem(ReviewableType::QueuedPost, "reject", 1);
        if (approve == 0 || reject == 0 || approve == reject)
            QSKIP("the small sandbox holds fewer than two pending queued posts");
        decideByKey(approve, Qt::Key_A, Qt::ShiftModifier, ReviewableStatus::Approved);
        decideByKey(reject, Qt::Key_R, Qt::NoModifier, ReviewableStatus::Rejected);
    }

    /// Presses the key on the item, fills the penalty dialog by keyboard and confirms it.
    void penaliseByKey(Id id, int key, Qt::KeyboardModifiers modifiers, const QString& reason)
    {
        pane()->selectItem(id);
        press(key, modifiers);
        PenaltyDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = pane()->findChild<PenaltyDialog*>()) != nullptr &&
                    dialog->isVisible());
        // Offscreen has no window manager to activate the dialog: type where its focus is.
        QWidget* focused = dialog->focusWidget();
        const auto* reasonField = dialog->findChild<QComboBox*>(QStringLiteral("penaltyReason"));
        QVERIFY2(focused && (focused == reasonField || focused->parentWidget() == reasonField),
                 focused ? qPrintable(focused->objectName()) : "no focus");
        QTest::keyClicks(focused, reason);
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(!pane()->findChild<PenaltyDialog*>());
        m_window->activateWindow(); // the window manager's part again: the main window is back
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        pane()->table()->setFocus();
    }

    void suspendAndSilenceTheAuthorByKeyboard()
    {
        const Id id = pendingItem(ReviewableType::FlaggedPost, "agree");
        QVERIFY(id != 0);
        const Id author = pane()->model().rowData(pane()->model().rowOf(id))->authorId;
        QVERIFY(author > 0);
        QVERIFY(!m_server->community().user(author)->user.suspendedUntil.isValid());
        const QDateTime before = QDateTime::currentDateTimeUtc();
        penaliseByKey(id, Qt::Key_S, Qt::NoModifier, QStringLiteral("Spam links"));
        QCOMPARE(m_session->outbox().queuedCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->community().user(author)->user.suspendedUntil.isValid(),
                                 10000);
        const sandbox::SandboxUser* user = m_server->community().user(author);
        QCOMPARE(user->user.suspendReason, QStringLiteral("Spam links"));
        // The default preset: a week from now.
        QVERIFY(qAbs(user->user.suspendedUntil.secsTo(before.addDays(7))) < 120);

        penaliseByKey(id, Qt::Key_S, Qt::ShiftModifier, QStringLiteral("Cooling off"));
        QTRY_VERIFY_WITH_TIMEOUT(m_server->community().user(author)->user.silencedUntil.isValid(),
                                 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->outbox().queuedCount(), 0, 5000);
    }

    void anUndoneSuspensionIsNeverSent()
    {
        m_clock->setAutoAdvance(false);
        const Id id = pendingItem(ReviewableType::FlaggedPost, "agree", 1);
        const Id author = pane()->model().rowData(pane()->model().rowOf(id))->authorId;
        const int sentBefore = m_session->client().stats().sent;
        penaliseByKey(id, Qt::Key_S, Qt::NoModifier, QStringLiteral("Mistake"));
        QCOMPARE(m_session->outbox().queuedCount(), 1);
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_session->outbox().queuedCount(), 0);
        m_clock->advance(60000); // far past the undo window
        QCoreApplication::processEvents();
        QCOMPARE(m_session->client().stats().sent, sentBefore);
        QVERIFY(!m_server->community().user(author)->user.suspendedUntil.isValid());
    }

    void viewsSetEveryFilterAndSavedOnesComeBack()
    {
        QVERIFY(pane()->showView(SavedViews::builtIn()[1].name)); // high priority
        const int high = pane()->filterModel().rowCount();
        QVERIFY(high > 0);
        for (int row = 0; row < high; ++row)
            QCOMPARE(pane()->filterModel().index(row, QueueModel::Priority).data().toString(),
                     QStringLiteral("high"));
        auto* age = pane()->findChild<QComboBox*>(QStringLiteral("ageFilter"));
        age->setCurrentIndex(age->findData(24));
        QueueFilter mine = pane()->filterModel().filter();
        QCOMPARE(mine.minAgeHours, 24);
        QVERIFY(pane()->saveView(QStringLiteral("Old and urgent")));
        QVERIFY(pane()->showView(SavedViews::builtIn()[0].name));
        QCOMPARE(pane()->filterModel().filter(), SavedViews::builtIn()[0].filter);
        QVERIFY(pane()->showView(QStringLiteral("Old and urgent")));
        QCOMPARE(pane()->filterModel().filter(), mine);
        auto* views = pane()->findChild<QComboBox*>(QStringLiteral("queueViews"));
        QCOMPARE(views->currentText(), QStringLiteral("Old and urgent"));
        age->setCurrentIndex(0); // changed by hand: the filters are the built-in view again
        QCOMPARE(views->currentText(), SavedViews::builtIn()[1].name);
        age->setCurrentIndex(1); // and now no view's
        QCOMPARE(views->currentIndex(), 0);
        QVERIFY(pane()->deleteView(QStringLiteral("Old and urgent")));
        QVERIFY(!pane()->showView(QStringLiteral("Old and urgent")));
    }

    void ageColoursFollowTheSavedThresholds()
    {
        pane()->setAgeThresholds(AgeThresholds{1, 2});
        QCOMPARE(pane()->model().ageThresholds().alarmHours, 2);
        // A pane opened later (the next start) reads them back.
        QueuePane again(m_session->store(), m_session->outbox());
        QCOMPARE(again.model().ageThresholds().warnHours, 1);
        QCOMPARE(again.model().ageThresholds().alarmHours, 2);
        pane()->setAgeThresholds(AgeThresholds{5, 3}); // overdue before ageing makes no sense
        QCOMPARE(pane()->model().ageThresholds().alarmHours, 6);
        pane()->setAgeThresholds(AgeThresholds{});
    }

    void theTitleNamesTheModeratorAndTheCommunity()
    {
        // Two windows, two moderators or two communities, are told apart in the task bar.
        QVERIFY2(m_window->windowTitle().startsWith(m_server->adminCredentials().username +
                                                    QStringLiteral(" on ")),
                 qPrintable(m_window->windowTitle()));
    }

    void anUndoneDecisionIsNeverSent()
    {
        const Id id = pendingItem(ReviewableType::FlaggedPost, "disagree");
        pane()->selectItem(id);
        const int version = sandboxItem(id)->item.version;
        const int sentBefore = m_session->client().stats().sent;
        m_clock->setAutoAdvance(false);
        press(Qt::Key_D);
        QCOMPARE(m_session->outbox().queuedCount(), 1);
        QVERIFY(pane()->currentId() != id); // on to the next
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_session->outbox().queuedCount(), 0);
        QCOMPARE(pane()->currentId(), id); // back to the item undone
        m_clock->advance(60000);           // well past the undo window
        QCoreApplication::processEvents();
        QCOMPARE(m_session->client().stats().sent, sentBefore);
        QVERIFY(sandboxItem(id)->item.isPending());
        QCOMPARE(sandboxItem(id)->item.version, version);
    }

    void theUndoToastUndoesAndGoesAway()
    {
        auto* toast = m_window->findChild<QToolButton*>(QStringLiteral("undoToast"));
        QVERIFY(toast && !toast->isVisible());
        const Id id = pendingItem(ReviewableType::FlaggedPost, "disagree");
        pane()->selectItem(id);
        press(Qt::Key_D);
        QVERIFY(toast->isVisible());
        toast->click();
        QCOMPARE(m_session->outbox().queuedCount(), 0);
        QVERIFY(!toast->isVisible());
        // Shown again for the next decision, and gone when undoing can no longer work.
        pane()->selectItem(id);
        press(Qt::Key_D);
        QVERIFY(toast->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!toast->isVisible(), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(sandboxItem(id)->item.status, ReviewableStatus::Rejected, 10000);
    }

    void aStaleItemEndsAsAVisibleConflict()
    {
        const Id id = pendingItem(ReviewableType::FlaggedPost, "agree");
        // Someone else decides on it from the web first.
        QNetworkAccessManager network;
        DiscourseClient other(adminSite(*m_server), &network);
        ApiRequest* request = other.send(
            "PUT", QStringLiteral("/review/%1/perform/ignore").arg(id),
            {{QStringLiteral("version"), QString::number(sandboxItem(id)->item.version)}});
        QSignalSpy done(request, &ApiRequest::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(sandboxItem(id)->item.status, ReviewableStatus::Ignored);
        pane()->selectItem(id);
        press(Qt::Key_A);
        const int row = pane()->model().rowOf(id);
        QTRY_COMPARE_WITH_TIMEOUT(pane()
                                      ->model()
                                      .index(row, QueueModel::Status)
                                      .data(QueueModel::DecisionRole)
                                      .toString(),
                                  QStringLiteral("conflict"), 10000);
        QCOMPARE(pane()->model().index(row, QueueModel::Status).data().toString(),
                 QStringLiteral("conflict"));
        QCOMPARE(sandboxItem(id)->item.status, ReviewableStatus::Ignored); // nothing overwritten

        // The detail says what happened; decided by someone else, it can only be discarded.
        pane()->selectItem(id);
        QTRY_VERIFY(pane()->detail()->problemText().contains(
            QStringLiteral("someone changed the item first")));
        QVERIFY(!pane()->reapplyProblem());
        QVERIFY(pane()->discardProblem());
        QVERIFY(pane()->detail()->problemText().isEmpty());
        const QList<AuditEntry> audit = m_session->outbox().entries().audit();
        QVERIFY(std::any_of(audit.cbegin(), audit.cend(),
                            [](const AuditEntry& a) { return a.result == u"discarded"; }));
        QTRY_VERIFY(pane()
                        ->model()
                        .index(pane()->model().rowOf(id), QueueModel::Status)
                        .data(QueueModel::DecisionRole)
                        .toString()
                        .isEmpty());
    }

    void aConflictOnAStillPendingItemIsReapplied()
    {
        const Id id = pendingItem(ReviewableType::FlaggedPost, "agree", 2);
        // The local copy is a version behind the server's, as after someone else's edit.
        QSqlQuery stale(m_session->store().database().connection());
        QVERIFY(stale.exec(
            QStringLiteral("UPDATE reviewables SET version = version - 1 WHERE id = %1").arg(id)));
        pane()->model().reload();
        pane()->selectItem(id);
        press(Qt::Key_A);
        const int row = pane()->model().rowOf(id);
        QTRY_COMPARE_WITH_TIMEOUT(pane()
                                      ->model()
                                      .index(row, QueueModel::Status)
                                      .data(QueueModel::DecisionRole)
                                      .toString(),
                                  QStringLiteral("conflict"), 10000);
        pane()->selectItem(id); // the cursor moved on after the decision
        QVERIFY2(pane()->detail()->problemText().contains(
                     QStringLiteral("someone changed the item first")),
                 qPrintable(pane()->detail()->problemText()));
        QCOMPARE(sandboxItem(id)->item.status, ReviewableStatus::Pending);
        QVERIFY(pane()->reapplyProblem());
        QVERIFY(pane()->detail()->problemText().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(sandboxItem(id)->item.status, ReviewableStatus::Approved, 10000);
    }

    void aSecondDecisionOnAnItemSaysWhyItIsRefused()
    {
        m_clock->setAutoAdvance(false); // the first decision stays pending
        const Id id = pendingItem(ReviewableType::FlaggedPost, "agree");
        pane()->selectItem(id);
        press(Qt::Key_A);
        QCOMPARE(m_session->outbox().queuedCount(), 1);
        QSignalSpy refused(pane(), &QueuePane::refused);
        pane()->selectItem(id);
        press(Qt::Key_D); // the keyboard
        QCOMPARE(refused.count(), 1);
        QVERIFY2(refused.last().first().toString().contains(u"already on its way"),
                 qPrintable(refused.last().first().toString()));
        // A button of the detail pane: refused too, not sent as a second decision.
        const std::optional<Reviewable> item =
            reviewqueries::reviewable(m_session->store().database(), id);
        QVERIFY(item && !item->actions.isEmpty());
        QVERIFY(!pane()->performAction(item->actions.last().performId()));
        QCOMPARE(refused.count(), 2);
        QVERIFY(refused.last().first().toString().contains(u"already on its way"));
        QCOMPARE(m_session->outbox().queuedCount(), 1);
    }

    void anItemDecidedElsewhereDoesNotPassItsKeyToTheNext()
    {
        // The moderator reads an item; a colleague decides it, and the next takes its place
        // under the pointer. A key meant for the old item must not decide the new one.
        m_clock->setAutoAdvance(false);
        const Id id = pendingItem(ReviewableType::FlaggedPost, "agree");
        pane()->selectItem(id);
        QCOMPARE(pane()->currentId(), id);
        QSignalSpy notice(pane(), &QueuePane::notice);
        QSignalSpy refused(pane(), &QueuePane::refused);
        std::optional<Reviewable> decided =
            reviewqueries::reviewable(m_session->store().database(), id);
        QVERIFY(decided);
        decided->status = ReviewableStatus::Approved; // as a sync reads it
        QVERIFY(m_session->store().begin());
        QVERIFY(m_session->store().upsertReviewables({*decided}));
        QVERIFY(m_session->store().commit());
        QTRY_COMPARE(notice.count(), 1);
        QVERIFY(pane()->currentId() != id);
        press(Qt::Key_A);
        QCOMPARE(refused.count(), 1);
        QCOMPARE(m_session->outbox().queuedCount(), 0);
        QTest::qWait(QueuePane::kReplacedHoldMs); // time to see what is shown now
        press(Qt::Key_A);
        QCOMPARE(m_session->outbox().queuedCount(), 1);
        // Its own decision moves this window on without a word.
        QTest::qWait(50);
        QCOMPARE(notice.count(), 1);

        // Nor does a narrower filter that an item already decided leaves.
        QueueFilter everything;
        everything.statuses.clear();
        pane()->filterModel().setFilter(everything);
        pane()->selectItem(id); // approved above
        QCOMPARE(pane()->currentId(), id);
        pane()->filterModel().setFilter(QueueFilter());
        QTest::qWait(50);
        QVERIFY(pane()->currentId() != id);
        QCOMPARE(notice.count(), 1);
        press(Qt::Key_Z, Qt::ControlModifier); // nothing is held: the last decision is undone
        QCOMPARE(m_session->outbox().queuedCount(), 0);
    }

    void closingSendsTheDecisionsStillInTheirUndoWindow()
    {
        // A moderator decides and quits at once: the decision goes out before the window
        // closes, not at the next start (on a team database nobody else may send it).
        m_clock->setAutoAdvance(false); // the undo window would never pass by itself
        m_window->show();
        const Id id = pendingItem(ReviewableType::FlaggedPost, "agree");
        pane()->selectItem(id);
        press(Qt::Key_A);
        QCOMPARE(m_session->outbox().queuedCount(), 1);
        QVERIFY(!m_window->close()); // held while the decision goes out
        QVERIFY(m_window->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), MainWindow::kCloseWaitMs);
        QCOMPARE(m_session->outbox().queuedCount(), 0);
        QCOMPARE(sandboxItem(id)->item.status, ReviewableStatus::Approved);
    }

    void closingAgainLeavesTheDecisionsForTheNextStart()
    {
        m_clock->setAutoAdvance(false);
        m_window->show();
        pane()->selectItem(pendingItem(ReviewableType::FlaggedPost, "agree"));
        press(Qt::Key_A);
        QVERIFY(!m_window->close());
        // The moderator insists: the window closes at once, and what has not gone out yet
        // stays queued for the next start.
        QVERIFY(m_window->close());
        QCOMPARE(m_session->outbox().queuedCount(), 1);
    }

    void offlineIsShownAndDecisionsWait()
    {
        const Id id = pendingItem(ReviewableType::FlaggedPost, "agree");
        QVERIFY(m_window->outboxStatus().startsWith(QStringLiteral("All decisions sent")));
        RetryPolicy once;
        once.maxAttempts = 1;
        m_session->client().setRetryPolicy(once);
        m_server.reset(); // the community cannot be reached any more
        QSignalSpy finished(&m_session->sync(), &SyncEngine::finished);
        m_window->actions()->syncNow->trigger();
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.first().first().toBool());
        QVERIFY2(m_window->outboxStatus().startsWith(QStringLiteral("Offline")),
                 qPrintable(m_window->outboxStatus()));
        pane()->selectItem(id);
        // Time stops here: otherwise the outbox's checks on the server would run back to back.
        m_clock->setAutoAdvance(false);
        const int sentBefore = m_session->client().stats().sent;
        press(Qt::Key_A);
        m_clock->advance(1000);
        // Past the undo window: sent, refused by the closed port, and kept.
        QTRY_VERIFY_WITH_TIMEOUT(m_session->client().stats().sent > sentBefore, 10000);
        QCOMPARE(m_session->outbox().queuedCount(),
                 1); // kept, to be sent when the community is back
        QVERIFY(m_window->outboxStatus().contains(QStringLiteral("Decisions queued: 1")));
    }

    void verifyShowsWhereTheCopyDiffers()
    {
        // A complete sync, never verified: nothing to warn about.
        auto* label = m_window->findChild<QLabel*>(QStringLiteral("incompleteCopy"));
        QVERIFY(label);
        QVERIFY(!label->isVisible());
        QVERIFY(m_window->actions()->verifyCopy->isEnabled());

        // The community gains a member the copy has not seen; File › Verify Copy says so.
        const qint64 at = sandbox::toSeconds(m_server->community().now) + 60;
        QCOMPARE(
            m_server
                ->write(QJsonObject{{"op", "user.create"}, {"username", "verify_me"}, {"at", at}})
                .status,
            200);
        // The result box is modal: a timer, which runs inside its event loop, reads and closes it.
        QString shown;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&shown] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->done(QMessageBox::Close);
            }
        });
        closer.start(50);
        m_window->actions()->verifyCopy->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        QVERIFY2(shown.contains(u"users: server") && shown.contains(u"copy lacks 1"),
                 qPrintable(shown));
        QVERIFY(label->isVisible());
        QVERIFY2(label->toolTip().contains(u"users: server"), qPrintable(label->toolTip()));

        // A sync brings the member; verifying again clears the warning.
        QSignalSpy synced(&m_session->sync(), &SyncEngine::finished);
        m_window->actions()->syncNow->trigger();
        QVERIFY(synced.wait(60000));
        shown.clear();
        m_window->actions()->verifyCopy->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        QVERIFY2(shown.contains(u"matches"), qPrintable(shown));
        QVERIFY(!label->isVisible());
    }

    void aMultiSelectionIsDecidedAtOnce()
    {
        QList<Id> ids;
        for (int skip = 0; ids.size() < 3; ++skip)
            ids.append(pendingItem(ReviewableType::FlaggedPost, "ignore", skip));
        QItemSelectionModel* selection = pane()->table()->selectionModel();
        selection->clearSelection();
        for (Id id : ids) {
            const QModelIndex index = pane()->filterModel().mapFromSource(
                pane()->model().index(pane()->model().rowOf(id), 0));
            selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        press(Qt::Key_I);
        QCOMPARE(m_session->outbox().queuedCount(), 3);
        for (Id id : ids)
            QTRY_COMPARE_WITH_TIMEOUT(sandboxItem(id)->item.status, ReviewableStatus::Ignored,
                                      10000);
    }
};

QTEST_MAIN(TestQueueTriage)
#include "tst_queuetriage.moc"
