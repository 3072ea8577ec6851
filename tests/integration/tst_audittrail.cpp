// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail over a real sync: the staff action log comes whole with the first sync and
// by its newest page after; a decision sent from Steward is linked to the server's entry it
// left (the sandbox's clock runs on the day it was generated for, a week from this computer's:
// the link reads the gap); another moderator's action from the web stays the web's; the
// search finds by reason.
#include "models/store/auditqueries.h"
#include "models/store/reviewqueries.h"
#include "models/sync/moderationaction.h"
#include "models/sync/outbox.h"
#include "tests/support/outboxtesting.h"
#include "tests/support/synctesting.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace steward;
using namespace steward::sandbox;
using namespace steward::testing;

namespace {

/// Regular members neither suspended nor silenced, by id.
QList<Id> quietMembers(const SandboxCommunity& c, int count)
{
    QList<Id> out;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const SandboxUser& m : c.users) {
        if (!m.user.isStaff() && !m.deleted && m.user.id > 20 && !m.user.isSuspendedAt(now) &&
            !m.user.isSilencedAt(now) && out.size() < count)
            out.append(m.user.id);
    }
    return out;
}

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linksStewardsDecisionsToTheServersLog()
    {
        auto server = startSandbox();
        QTemporaryDir dir;
        SyncRig rig(dir.filePath(QStringLiteral("s.db")), adminSite(*server));
        QVERIFY(rig.sync());
        const auto logged = qint64(server->community().staffActions.size());
        QVERIFY(logged > 10);
        QCOMPARE(rig.engine.summary().staffActions, logged); // the whole log, once

        const QList<Id> members = quietMembers(server->community(), 2);
        QCOMPARE(members.size(), 2);
        Outbox outbox(rig.client, rig.store, server->adminCredentials().username);
        outbox.setUndoWindowMs(0);
        const std::optional<Id> sent = outbox.submit(actions::suspendUser(
            members[0], QDateTime::currentDateTimeUtc().addDays(7), QStringLiteral("Spam links")));
        QVERIFY(sent && waitForState(outbox, *sent, OutboxState::Done));
        // A review decision and a note on a user: each names what it was about.
        std::optional<Reviewable> item;
        QString performed; // a disagreement, which the forum's staff log does not record
        for (const QueueRow& row : reviewqueries::queueRows(rig.database)) {
            const auto r = reviewqueries::reviewable(rig.database, row.id);
            for (const ReviewableAction& a :
                 r && r->isPending() ? r->actions : QList<ReviewableAction>())
                if (performed.isEmpty() && a.performId().startsWith(u"disagree")) {
                    item = r;
                    performed = a.performId();
                }
        }
        QVERIFY(item);
        const std::optional<Id> decided =
            outbox.submit(actions::performReview(item->id, performed, item->version));
        QVERIFY(decided && waitForState(outbox, *decided, OutboxState::Done));
        const std::optional<Id> noted =
            outbox.submit(actions::addUserNote(members[1], QStringLiteral("Watch the links."), 0));
        QVERIFY(noted && waitForState(outbox, *noted, OutboxState::Done));
        QVERIFY(item->topicId != 0);
        const std::optional<Id> claimed = outbox.submit(actions::claimTopic(item->topicId));
        QVERIFY(claimed && waitForState(outbox, *claimed, OutboxState::Done));

        // Another moderator, on the web (through their own key; no Steward decision here).
        SyncRig web(dir.filePath(QStringLiteral("web.db")), moderatorSite(*server));
        Outbox elsewhere(web.client, web.store, server->moderatorCredentials().username);
        elsewhere.setUndoWindowMs(0);
        const std::optional<Id> silenced = elsewhere.submit(
            actions::silenceUser(members[1], QDateTime::currentDateTimeUtc().addDays(3),
                                 QStringLiteral("Heated thread"), QString()));
        QVERIFY(silenced && waitForState(elsewhere, *silenced, OutboxState::Done));

        QVERIFY(rig.sync());
        // Only the newest page: the walk stops at what the first sync stored.
        QVERIFY2(rig.engine.summary().staffActions <= 200,
                 qPrintable(QString::number(rig.engine.summary().staffActions)));

        const StoreResult<QList<AuditTrailRow>> trail =
            queries::auditTrail(rig.database, AuditTrailFilter{});
        QVERIFY2(trail, qPrintable(trail.error()));
        int server_rows = 0;
        const AuditTrailRow* suspension = nullptr;
        const AuditTrailRow* silence = nullptr;
        for (const AuditTrailRow& r : *trail) {
            server_rows += r.staffActionId != 0 ? 1 : 0;
            if (r.action == StaffActionId::SuspendUser && r.targetUserId == members[0])
                suspension = &r;
            if (r.action == StaffActionId::SilenceUser && r.targetUserId == members[1])
                silence = &r;
        }
        QCOMPARE(server_rows, int(server->community().staffActions.size()));
        QVERIFY(suspension && silence);
        QVERIFY(suspension->fromSteward());
        QCOMPARE(suspension->stewardResult, QStringLiteral("done"));
        QCOMPARE(suspension->actor, server->adminCredentials().username);
        QVERIFY(suspension->details.contains(QStringLiteral("Spam links")));
        QVERIFY(!silence->fromSteward());
        QCOMPARE(silence->actor, server->moderatorCredentials().username);
        QCOMPARE(trail->first().at >= trail->last().at, true); // newest first
        // Neither leaves a line in the forum's staff log: each is a row of its own.
        const auto stewardRow = [&](const QString& kind) {
            const auto it = std::find_if(trail->begin(), trail->end(), [&](const AuditTrailRow& r) {
                return r.fromSteward() && r.actionName == kind;
            });
            return it == trail->end() ? nullptr : &*it;
        };
        const AuditTrailRow* review = stewardRow(QStringLiteral("review.perform"));
        QVERIFY(review);
        QVERIFY2(review->details.contains(performed), qPrintable(review->details));
        const AuditTrailRow* note = stewardRow(QStringLiteral("note.add"));
        QVERIFY(note);
        QCOMPARE(note->targetUserId, members[1]);
        QVERIFY2(!note->target.startsWith(u"note"), qPrintable(note->target));
        const AuditTrailRow* claim = stewardRow(QStringLiteral("review.claim"));
        QVERIFY(claim);
        QCOMPARE(claim->topicId, item->topicId); // a claim is on a topic, not a review item

        AuditTrailFilter search;
        search.text = QStringLiteral("spam LINKS");
        const StoreResult<QList<AuditTrailRow>> found = queries::auditTrail(rig.database, search);
        QVERIFY(found);
        QVERIFY(std::any_of(found->begin(), found->end(), [&](const AuditTrailRow& r) {
            return r.staffActionId == suspension->staffActionId;
        }));
        QVERIFY(std::none_of(found->begin(), found->end(),
                             [&](const AuditTrailRow& r) { return r.targetUserId == members[1]; }));
    }

    void aKeyThatMayNotReadTheLogLeavesItNotFetched()
    {
        // A moderator may read the log (the sandbox follows Discourse's staff controller);
        // a sync with the moderator's key gets it too, and no admin-only row is lost.
        auto server = startSandbox();
        QTemporaryDir dir;
        SyncRig rig(dir.filePath(QStringLiteral("m.db")), moderatorSite(*server));
        QVERIFY(rig.sync());
        QCOMPARE(rig.engine.summary().staffActions,
                 qint64(server->community().staffActions.size()));
        QCOMPARE(rig.engine.summary().notFetched, qint64(0));
    }
};

QTEST_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
