// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox against the sandbox: decisions are sent after the undo window, undone ones
// never leave, stale ones end as conflicts with the server's state, refusals fail with the
// server's message, and entries left in "sending" by a crash are resolved without resending.
#include "models/domain/clock.h"
#include "models/sync/outbox.h"
#include "tests/support/outboxtesting.h"
#include "tests/support/synctesting.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace steward;
using namespace steward::sandbox;
using namespace steward::testing;

namespace {

const ReviewRecord* pendingFlag(const SandboxCommunity& c, int skip = 0)
{
    for (const ReviewRecord& r : c.reviews)
        if (r.item.isPending() && r.item.type == ReviewableType::FlaggedPost && skip-- == 0)
            return &r;
    return nullptr;
}

QStringList auditResults(Outbox& outbox, Id id)
{
    QStringList out;
    for (const AuditEntry& a : outbox.entries().audit())
        if (a.outboxId == id)
            out.append(a.result);
    return out;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sendsAfterTheUndoWindow()
    {
        auto server = startSandbox();
        QTemporaryDir dir;
        VirtualClock clock; // declared first: it outlives what waits on it
        SyncRig rig(dir.filePath("s.db"), adminSite(*server));
        rig.client.setClock(&clock);
        QVERIFY(rig.sync(int(SyncScope::Queue)));
        Outbox outbox(rig.client, rig.store, server->adminCredentials().username);
        outbox.setUndoWindowMs(300);
        const ReviewRecord* r = pendingFlag(server->community());
        const Id reviewable = r->item.id;
        const int sentBefore = rig.client.stats().sent;
        const std::optional<Id> id =
            outbox.submit(actions::performReview(reviewable, "agree_and_keep", r->item.version));
        QVERIFY(id);
        QCOMPARE(outbox.entries().entry(*id)->state, OutboxState::Pending);
        QCOMPARE(outbox.queuedCount(), 1);
        clock.advance(299);
        QCoreApplication::processEvents();
        QCOMPARE(rig.client.stats().sent, sentBefore); // still inside the window
        QCOMPARE(outbox.entries().entry(*id)->state, OutboxState::Pending);
        QVERIFY(server->community().review(reviewable)->item.isPending());
        clock.advance(1);
        QVERIFY(waitForState(outbox, *id, OutboxState::Done));
        QCOMPARE(server->community().review(reviewable)->item.status, ReviewableStatus::Approved);
        QSqlQuery q(rig.database.connection());
        QVERIFY(
            q.exec(
                QStringLiteral("SELECT status FROM reviewables WHERE id = %1").arg(reviewable)) &&
            q.next());
        QCOMPARE(q.value(0).toInt(), int(ReviewableStatus::Approved));
        QCOMPARE(auditResults(outbox, *id), QStringList({"queued", "done"}));
        QCOMPARE(outbox.queuedCount(), 0);
    }

    void renamingAnUntaggedTopicIsNoEditConflict()
    {
        // Discourse compares any original_tags present (original_tags[]= too) with the topic's
        // tags: an untagged topic would refuse every edit with 409.
        auto server = startSandbox();
        QTemporaryDir dir;
        SyncRig rig(dir.filePath("s.db"), adminSite(*server));
        QVERIFY(rig.sync(int(SyncScope::Queue)));
        const TopicRecord* untagged = nullptr;
        for (const TopicRecord& t : server->community().topics)
            if (!untagged && t.topic.tags.isEmpty() && !t.topic.isDeleted() &&
                t.topic.archetype == Archetype::Regular)
                untagged = &t;
        QVERIFY(untagged);
        const Id topicId = untagged->topic.id;
        Outbox outbox(rig.client, rig.store, server->adminCredentials().username);
        outbox.setUndoWindowMs(0);
        TopicChange change;
        change.originalTitle = untagged->topic.title;
        change.title = QStringLiteral("Renamed: export stops at 10,000 rows");
        const std::optional<Id> id = outbox.submit(actions::updateTopic(topicId, change));
        QVERIFY(id);
        QVERIFY2(waitForState(outbox, *id, OutboxState::Done),
                 qPrintable(auditResults(outbox, *id).join(u' ')));
        QCOMPARE(server->community().topic(topicId)->topic.title,
                 QStringLiteral("Renamed: export stops at 10,000 rows"));
    }

    void anUndoneDecisionIsNeverSent()
    {
        auto server = startSandbox();
        QTemporaryDir dir;
        VirtualClock clock;
        SyncRig rig(dir.filePath("s.db"), adminSite(*server));
        rig.client.setClock(&clock);
        Outbox outbox(rig.client, rig.store, server->adminCredentials().username);
        outbox.setUndoWindowMs(300);
        const ReviewRecord* r = pendingFlag(server->community());
        const int version = r->item.version;
        const int sentBefore = rig.client.stats().sent;
        const std::optional<Id> id =
            outbox.submit(actions::performReview(r->item.id, "disagree", version));
        QVERIFY(outbox.undo(*id));
        clock.advance(60000); // far past the window
        QCoreApplication::processEvents();
        QCOMPARE(outbox.entries().entry(*id)->state, OutboxState::Cancelled);
        QCOMPARE(rig.client.stats().sent, sentBefore);
        QVERIFY(server->community().review(r->item.id)->item.isPending());
        QCOMPARE(server->community().review(r->item.id)->item.version, version);
        QCOMPARE(auditResults(outbox, *id), QStringList({"queued", "undone"}));
        QVERIFY(!outbox.undo(*id)); // only once
    }

    void aStaleItemBecomesAConflictWithTheServerState()
    {
        auto server = startSandbox();
        QTemporaryDir dir;
        SyncRig rig(dir.filePath("s.db"), adminSite(*server));
        Outbox outbox(rig.client, rig.store, server->adminCredentials().username);
        outbox.setUndoWindowMs(0);
        const ReviewRecord* r = pendingFlag(server->community());
        const std::optional<Id> id = outbox.submit(
            actions::performReview(r->item.id, "agree_and_keep", r->item.version - 1));
        QVERIFY(waitForState(outbox, *id, OutboxState::Conflict));
        const OutboxEntry e = *outbox.entries().entry(*id);
        QCOMPARE(e.serverState.value("reviewable").toObject().value("version").toInt(),
                 r->item.version);
        QVERIFY(e.error.contains("conflict"));
        QVERIFY(server->community().review(r->item.id)->item.isPending());
        QCOMPARE(auditResults(outbox, *id).last(), QStringLiteral("conflict"));
    }

    void aRefusalFailsWithTheServersMessage()
    {
        auto server = startSandbox();
        QTemporaryDir dir;
        SyncRig rig(dir.filePath("s.db"), adminSite(*server));
        Outbox outbox(rig.client, rig.store, server->adminCredentials().username);
        outbox.setUndoWindowMs(0);
        Id regular = 0;
        for (const SandboxUser& m : server->community().users)
            if (!m.user.isStaff() && !m.deleted &&
                !m.user.isSuspendedAt(QDateTime::currentDateTimeUtc()) && m.user.id > 20)
                regular = m.user.id;
        // Discourse requires a reason: 400 {"failed":"FAILED","errors":[...]}.
        const std::optional<Id> bad = outbox.submit(
            actions::suspendUser(regular, QDateTime::currentDateTimeUtc().addDays(7), QString()));
        QVERIFY(waitForState(outbox, *bad, OutboxState::Failed));
        QVERIFY2(outbox.entries().entry(*bad)->error.contains("bad_request"),
                 qPrintable(outbox.entries().entry(*bad)->error));
        const std::optional<Id> good = outbox.submit(actions::suspendUser(
            regular, QDateTime::currentDateTimeUtc().addDays(7), "Spam links"));
        QVERIFY(waitForState(outbox, *good, OutboxState::Done));
        QVERIFY(
            server->community().user(regular)->user.isSuspendedAt(QDateTime::currentDateTimeUtc()));
        QSqlQuery q(rig.database.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT suspended_until IS NOT NULL FROM users WHERE id = %1")
                           .arg(regular)) &&
                q.next());
        QVERIFY(q.value(0).toBool());
    }

    void aCrashWhileSendingIsResolvedWithoutSendingTwice()
    {
        auto server = startSandbox();
        QTemporaryDir dir;
        const SandboxCommunity& c = server->community();
        const ReviewRecord* applied = pendingFlag(c, 0);
        const ReviewRecord* notApplied = pendingFlag(c, 1);
        const Id appliedId = applied->item.id;
        const Id notAppliedId = notApplied->item.id;
        Id first = 0, second = 0;
        {
            // The first process stored both as "sending" and died; only the first reached the
            // server.
            SyncRig rig(dir.filePath("s.db"), adminSite(*server));
            Outbox outbox(rig.client, rig.store, server->adminCredentials().username);
            outbox.setUndoWindowMs(60000);
            first = *outbox.submit(
                actions::performReview(appliedId, "agree_and_keep", applied->item.version));
            second = *outbox.submit(
                actions::performReview(notAppliedId, "ignore", notApplied->item.version));
            QVERIFY(outbox.entries().transition(first, OutboxState::Sending));
            QVERIFY(outbox.entries().transition(second, OutboxState::Sending));
            const Id admin = c.userByName(server->adminCredentials().username)->user.id;
            const sandbox::Reply reply = server->write({{"op", "review.perform"},
                                                        {"id", appliedId},
                                                        {"action", "agree_and_keep"},
                                                        {"version", applied->item.version},
                                                        {"actor", admin},
                                                        {"at", toSeconds(c.now) + 60}});
            QCOMPARE(reply.status, 200);
        }
        SyncRig rig(dir.filePath("s.db"), adminSite(*server));
        Outbox outbox(rig.client, rig.store, server->adminCredentials().username);
        outbox.setUndoWindowMs(0);
        const int versionAfterFirst = c.review(appliedId)->item.version;
        outbox.recover();
        QVERIFY(waitForState(outbox, first, OutboxState::Done));
        QVERIFY(waitForState(outbox, second, OutboxState::Done));
        QCOMPARE(c.review(appliedId)->item.version, versionAfterFirst); // not performed twice
        QCOMPARE(c.review(notAppliedId)->item.status, ReviewableStatus::Ignored);
        QVERIFY(auditResults(outbox, first).contains("done (confirmed from the server's state)"));
        QVERIFY(auditResults(outbox, second).contains("requeued (not in effect on the server)"));
    }

    void offlineDecisionsWaitAndGoLater()
    {
        // The server is unreachable: the entry stays queued ("sending", unresolved) and goes
        // through once the server is back on the same port.
        auto server = startSandbox();
        const QUrl url = server->url();
        const ApiCredentials admin = server->adminCredentials();
        const ReviewRecord* r = pendingFlag(server->community());
        const Id reviewable = r->item.id;
        const int version = r->item.version;
        server.reset();
        QTemporaryDir dir;
        VirtualClock clock;
        SyncRig rig(dir.filePath("s.db"), SiteConnection{url, admin.username, admin.key, 0});
        rig.client.setRetryPolicy(RetryPolicy{1, 10, 10});
        rig.client.setClock(&clock);
        Outbox outbox(rig.client, rig.store, admin.username);
        outbox.setUndoWindowMs(0);
        const std::optional<Id> id =
            outbox.submit(actions::performReview(reviewable, "agree_and_keep", version));
        // The decision and the read of its state both met a closed port; the read waits to
        // be tried again, and the decision stays "sending" until it can be resolved.
        QTRY_VERIFY_WITH_TIMEOUT(rig.client.stats().sent >= 2 && clock.pendingCount() > 0, 10000);
        QCOMPARE(outbox.entries().entry(*id)->state, OutboxState::Sending);
        QCOMPARE(outbox.queuedCount(), 1);
        clock.advance(10 * 60 * 1000); // minutes later, still offline: asked again, still unsure
        QTRY_VERIFY_WITH_TIMEOUT(rig.client.stats().sent >= 3 && clock.pendingCount() > 0, 10000);
        QCOMPARE(outbox.entries().entry(*id)->state, OutboxState::Sending);
        clock.setAutoAdvance(true);

        sandbox::ServerOptions options;
        options.port = quint16(url.port());
        auto back = startSandbox(options);
        QVERIFY(waitForState(outbox, *id, OutboxState::Done, 20000));
        QCOMPARE(back->community().review(reviewable)->item.status, ReviewableStatus::Approved);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
