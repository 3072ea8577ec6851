// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Notes on users against the sandbox's user-notes plugin (docs/discourse-conformance.md §30):
// a note written in Steward reaches the forum through the outbox, the forum's notes reach
// Steward, deletions go both ways, a forum without the plugin keeps notes in Steward, a
// Steward-only note can be sent later without being lost to an undo, and a note the process
// died sending is found on the forum rather than written twice.
#include "models/net/parse/parse.h"
#include "models/store/usernotes.h"
#include "models/sync/outbox.h"
#include "models/sync/usernotesservice.h"
#include "tests/support/outboxtesting.h"
#include "tests/support/synctesting.h"

#include <QTemporaryDir>

using namespace steward;
using namespace steward::sandbox;
using namespace steward::testing;

namespace {

Id ordinaryUser(const SandboxServer& server, int skip = 0)
{
    for (const SandboxUser& u : server.community().users)
        if (!u.user.isStaff() && u.user.id > 0 && skip-- == 0)
            return u.user.id;
    return 0;
}

/// Steward's side: a store, its client, outbox and notes, as one moderator.
struct NotesRig
{
    NotesRig(const QString& path, const SandboxServer& server)
        : rig(path, adminSite(server))
        , outbox(rig.client, rig.store, server.adminCredentials().username)
        , notes(rig.client, rig.store, outbox, server.adminCredentials().username)
    {
        outbox.setUndoWindowMs(0);
    }
    /// Reads the user's notes from the forum; the error, empty when it worked.
    QString refresh(Id user)
    {
        QSignalSpy fetched(&notes, &UserNotesService::fetched);
        notes.refresh(user, true);
        if (!fetched.wait(10000))
            return QStringLiteral("no answer");
        return fetched.first().at(1).toString();
    }
    SyncRig rig;
    Outbox outbox;
    UserNotesService notes;
};

/// Waits for a request; its answer read inside its finished() (it deletes itself after), or
/// nullopt when it failed.
std::optional<QJsonObject> answer(ApiRequest* r)
{
    std::optional<QJsonObject> out;
    QObject guard; // a late answer, after the wait gave up, writes nowhere
    QObject::connect(r, &ApiRequest::finished, &guard, [r, &out] {
        if (r->succeeded())
            out = r->document().object();
    });
    QSignalSpy done(r, &ApiRequest::finished);
    done.wait(10000);
    return out;
}

/// The forum's web side: another staff member's own requests.
struct Web
{
    explicit Web(const SandboxServer& server)
        : client(moderatorSite(server), &network)
    {
    }
    QList<UserNote> notesOn(Id user)
    {
        const std::optional<QJsonObject> a = answer(client.get(
            QStringLiteral("/user_notes"),
            QUrlQuery{{QStringLiteral("user_id"), QString::number(user)}}, UrlSuffix::None));
        return a ? parse::userNotes(*a) : QList<UserNote>();
    }
    std::optional<UserNote> add(Id user, const QString& raw)
    {
        const std::optional<QJsonObject> a = answer(
            client.send("POST", QStringLiteral("/user_notes"),
                        QUrlQuery{{QStringLiteral("user_note[user_id]"), QString::number(user)},
                                  {QStringLiteral("user_note[raw]"), raw}},
                        UrlSuffix::None));
        return a ? parse::createdUserNote(*a) : std::nullopt;
    }
    bool remove(Id user, const QString& id)
    {
        return answer(client.send("DELETE",
                                  QStringLiteral("/user_notes/%1?user_id=%2").arg(id).arg(user), {},
                                  UrlSuffix::None))
            .has_value();
    }
    QNetworkAccessManager network;
    DiscourseClient client;
};

int countWithText(const QList<UserNote>& notes, const QString& raw)
{
    return int(std::count_if(notes.cbegin(), notes.cend(),
                             [&](const UserNote& n) { return n.raw == raw; }));
}

} // namespace

class TestUserNotes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notesGoBothWaysWithThePlugin()
    {
        auto server = startSandbox();
        QTemporaryDir dir;
        NotesRig steward(dir.filePath("s.db"), *server);
        Web web(*server);
        const Id user = ordinaryUser(*server);
        QVERIFY(user != 0);
        QCOMPARE(steward.notes.plugin(), usernotes::Plugin::Unknown);
        QCOMPARE(steward.refresh(user), QString());
        QCOMPARE(steward.notes.plugin(), usernotes::Plugin::On);
        const qsizetype before = steward.notes.notesOn(user).size();

        // A note written on the web reaches Steward when the user is looked at again, with
        // its writer; a look within the minute asks nothing.
        const std::optional<UserNote> fromWeb = web.add(user, QStringLiteral("Asked by mail."));
        QVERIFY(fromWeb);
        QSignalSpy asked(&steward.notes, &UserNotesService::fetched);
        const int sent = steward.rig.client.stats().sent;
        steward.notes.refresh(user);
        QVERIFY(!asked.wait(300));
        QCOMPARE(steward.rig.client.stats().sent, sent); // nothing asked, however slow
        QCOMPARE(steward.refresh(user), QString());
        QList<UserNotesService::Shown> shown = steward.notes.notesOn(user);
        QCOMPARE(shown.size(), before + 1);
        QCOMPARE(shown.first().note.raw, QStringLiteral("Asked by mail."));
        QCOMPARE(shown.first().note.forumId, fromWeb->forumId);
        QCOMPARE(shown.first().note.createdBy, server->moderatorCredentials().username);

        // A note written in Steward waits in the outbox, then is the forum's.
        QString error;
        steward.outbox.setUndoWindowMs(60000);
        QVERIFY(steward.notes.add(user, QStringLiteral("  Second warning.  "), 0, &error));
        shown = steward.notes.notesOn(user);
        QCOMPARE(shown.first().state, UserNotesService::Shown::State::Sending);
        QCOMPARE(shown.first().note.raw, QStringLiteral("Second warning."));
        const Id entry = shown.first().outboxId;
        QVERIFY(steward.outbox.undo(entry)); // taken back: never leaves
        QCOMPARE(steward.notes.notesOn(user).size(), before + 1);
        steward.outbox.setUndoWindowMs(0);
        QVERIFY(steward.notes.add(user, QStringLiteral("Second warning."), 0, &error));
        const Id second = steward.notes.notesOn(user).first().outboxId;
        QVERIFY(waitForState(steward.outbox, second, OutboxState::Done));
        shown = steward.notes.notesOn(user);
        QCOMPARE(shown.first().state, UserNotesService::Shown::State::Stored);
        QVERIFY(shown.first().note.isOnForum());
        QCOMPARE(shown.first().note.createdBy, server->adminCredentials().username);
        QCOMPARE(countWithText(web.notesOn(user), QStringLiteral("Second warning.")), 1);

        // Steward deletes the web's note; the web deletes Steward's.
        const auto webNote = std::find_if(shown.cbegin(), shown.cend(), [&](const auto& s) {
            return s.note.forumId == fromWeb->forumId;
        });
        QVERIFY(webNote != shown.cend());
        QVERIFY(steward.notes.remove(webNote->note, &error));
        shown = steward.notes.notesOn(user);
        const auto deleting = std::find_if(shown.cbegin(), shown.cend(), [](const auto& s) {
            return s.state == UserNotesService::Shown::State::Deleting;
        });
        QVERIFY(deleting != shown.cend());
        QCOMPARE(deleting->note.forumId, fromWeb->forumId);
        QVERIFY(waitForState(steward.outbox, deleting->outboxId, OutboxState::Done));
        QCOMPARE(countWithText(web.notesOn(user), QStringLiteral("Asked by mail.")), 0);
        QCOMPARE(countWithText(usernotes::notesOn(steward.rig.database, user),
                               QStringLiteral("Asked by mail.")),
                 0);
        QVERIFY(web.remove(user, steward.notes.notesOn(user).first().note.forumId));
        QVERIFY(web.remove(user, QStringLiteral("00000000000000000000000000000000"))); // idempotent
        QCOMPARE(steward.refresh(user), QString());
        QCOMPARE(steward.notes.notesOn(user).size(), before);
    }

    void aGoneUserIsNoSignThatThePluginIsOff()
    {
        // The plugin answers 404 for a user it does not know as for itself being off.
        auto server = startSandbox();
        QTemporaryDir dir;
        NotesRig steward(dir.filePath("s.db"), *server);
        const QString error = steward.refresh(9999999);
        QVERIFY2(error.contains(u"does not know"), qPrintable(error));
        QCOMPARE(steward.notes.plugin(), usernotes::Plugin::On);
    }

    void aNoteWrittenBeforeTheForumAnsweredGoesThereAndARefusedOneStaysHere()
    {
        auto server = startSandbox();
        QTemporaryDir dir;
        NotesRig steward(dir.filePath("s.db"), *server);
        const Id user = ordinaryUser(*server, 4);
        QCOMPARE(steward.notes.plugin(), usernotes::Plugin::Unknown);
        QString error;
        QVERIFY(steward.notes.add(user, QStringLiteral("Before any answer."), 0, &error));
        const Id sent = steward.notes.notesOn(user).first().outboxId;
        QVERIFY(sent != 0);
        QVERIFY(waitForState(steward.outbox, sent, OutboxState::Done));
        QCOMPARE(countWithText(Web(*server).notesOn(user), QStringLiteral("Before any answer.")),
                 1);
        // Longer than max_post_length: the forum refuses it, and the words are kept here.
        const QString long_(32001, u'x');
        QVERIFY(steward.notes.add(user, long_, 0, &error));
        const Id refused = steward.notes.notesOn(user).first().outboxId;
        QVERIFY(waitForState(steward.outbox, refused, OutboxState::Failed));
        QTRY_COMPARE(countWithText(usernotes::notesOn(steward.rig.database, user), long_), 1);
        QVERIFY(!usernotes::notesOn(steward.rig.database, user).first().isOnForum());
    }

    void withoutThePluginNotesStayInSteward()
    {
        ServerOptions options;
        options.userNotes = false;
        auto server = startSandbox(options);
        QTemporaryDir dir;
        NotesRig steward(dir.filePath("s.db"), *server);
        const Id user = ordinaryUser(*server);
        QCOMPARE(steward.refresh(user), QString()); // a 404 is no error: the plugin is off
        QCOMPARE(steward.notes.plugin(), usernotes::Plugin::Off);
        QString error;
        QVERIFY(steward.notes.add(user, QStringLiteral("Kept here."), 0, &error));
        QCOMPARE(steward.outbox.queuedCount(), 0);
        QList<UserNotesService::Shown> shown = steward.notes.notesOn(user);
        QCOMPARE(shown.size(), 1);
        QVERIFY(!shown.first().note.isOnForum());
        QCOMPARE(shown.first().note.createdBy, server->adminCredentials().username);
        QVERIFY(!steward.notes.publish(shown.first().note, &error)); // nowhere to send it
        // Asked again within ten minutes, a forum without the plugin is not asked at all.
        QSignalSpy asked(&steward.notes, &UserNotesService::fetched);
        const int sent = steward.rig.client.stats().sent;
        steward.notes.refresh(ordinaryUser(*server, 1));
        QVERIFY(!asked.wait(300));
        QCOMPARE(steward.rig.client.stats().sent, sent); // nothing asked, however slow
        QVERIFY(steward.notes.remove(shown.first().note, &error));
        QVERIFY(steward.notes.notesOn(user).isEmpty());
    }

    void aStewardOnlyNoteIsSentToTheForumAndKeptUntilThere()
    {
        auto server = startSandbox();
        QTemporaryDir dir;
        NotesRig steward(dir.filePath("s.db"), *server);
        const Id user = ordinaryUser(*server, 2);
        UserNote old; // as an older Steward kept it: no writer
        old.userId = user;
        old.raw = QStringLiteral("Known spammer on the old forum.");
        QString error;
        QVERIFY(usernotes::addLocal(steward.rig.store, old, &error));
        QCOMPARE(steward.refresh(user), QString());
        const UserNote local = steward.notes.notesOn(user).last().note;
        QCOMPARE(local.raw, old.raw);
        QVERIFY(!local.isOnForum());

        steward.outbox.setUndoWindowMs(60000);
        QVERIFY(steward.notes.publish(local, &error));
        QList<UserNotesService::Shown> shown = steward.notes.notesOn(user);
        QCOMPARE(countWithText(usernotes::notesOn(steward.rig.database, user), old.raw), 1);
        QCOMPARE(shown.first().state, UserNotesService::Shown::State::Sending);
        QCOMPARE(std::count_if(shown.cbegin(), shown.cend(),
                               [&](const auto& s) { return s.note.raw == old.raw; }),
                 1); // the note waiting, not the note twice
        QVERIFY(steward.notes.undo(shown.first().outboxId));
        QVERIFY(!steward.notes.notesOn(user).last().note.isOnForum()); // still here

        steward.outbox.setUndoWindowMs(0);
        QVERIFY(steward.notes.publish(local, &error));
        const Id entry = steward.notes.notesOn(user).first().outboxId;
        QVERIFY(waitForState(steward.outbox, entry, OutboxState::Done));
        const QList<UserNote> stored = usernotes::notesOn(steward.rig.database, user);
        QCOMPARE(countWithText(stored, old.raw), 1);
        QVERIFY(std::all_of(stored.cbegin(), stored.cend(),
                            [](const UserNote& n) { return n.isOnForum(); }));
        QCOMPARE(countWithText(Web(*server).notesOn(user), old.raw), 1);
    }

    void aNoteLeftSendingIsFoundNotWrittenTwice()
    {
        auto server = startSandbox();
        QTemporaryDir dir;
        NotesRig steward(dir.filePath("s.db"), *server);
        const Id user = ordinaryUser(*server, 3);
        QCOMPARE(steward.refresh(user), QString());
        // Two notes were on their way when the process died: the first reached the forum.
        steward.outbox.setUndoWindowMs(60000);
        const std::optional<Id> arrived =
            steward.outbox.submit(actions::addUserNote(user, QStringLiteral("Arrived.")));
        const std::optional<Id> lost =
            steward.outbox.submit(actions::addUserNote(user, QStringLiteral("Lost.")));
        QVERIFY(arrived && lost);
        QVERIFY(steward.outbox.entries().transition(*arrived, OutboxState::Sending));
        QVERIFY(steward.outbox.entries().transition(*lost, OutboxState::Sending));
        NotesRig writer(dir.filePath("w.db"), *server); // the same moderator's request, landed
        Web as(*server);
        QVERIFY(answer(writer.rig.client.send(
            "POST", QStringLiteral("/user_notes"),
            QUrlQuery{{QStringLiteral("user_note[user_id]"), QString::number(user)},
                      {QStringLiteral("user_note[raw]"), QStringLiteral("Arrived.")}},
            UrlSuffix::None)));

        Outbox restarted(steward.rig.client, steward.rig.store,
                         server->adminCredentials().username);
        restarted.setUndoWindowMs(0);
        restarted.recover();
        QVERIFY(waitForState(restarted, *arrived, OutboxState::Done));
        QVERIFY(waitForState(restarted, *lost, OutboxState::Done));
        const QList<UserNote> onForum = as.notesOn(user);
        QCOMPARE(countWithText(onForum, QStringLiteral("Arrived.")), 1);
        QCOMPARE(countWithText(onForum, QStringLiteral("Lost.")), 1);
    }
};

QTEST_GUILESS_MAIN(TestUserNotes)
#include "tst_usernotes.moc"
