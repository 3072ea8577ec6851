// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The typed decisions: every ActionKind has a stored name that reads back, a descriptor of its
// own, and the request Discourse's routes expect (config/routes.rb, TopicsController#status,
// ReviewablesController#perform, Admin::UsersController, the solved plugin's routes).
#include "models/sync/moderationaction.h"
#include "models/sync/outboxrequests.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace steward;

namespace {

OutboxEntry entryOf(const ModerationAction& action)
{
    OutboxEntry e;
    e.kind = action.kind;
    e.targetId = action.targetId;
    e.params = action.params;
    return e;
}

} // namespace

class TestActionTypes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyKindHasItsNameAndDescriptor()
    {
        QSet<QString> names;
        for (int i = 0; i < kActionKindCount; ++i) {
            const auto kind = ActionKind(i);
            const QString name = actionKindName(kind);
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            QCOMPARE(actionKindFromName(name), kind);
            QCOMPARE(actionType(kind).kind, kind);
        }
        QCOMPARE(actionKindFromName(u"review.escalate"), std::nullopt); // a newer Steward's
        QCOMPARE(actionTargetType(ActionKind::SolutionAccept), QStringLiteral("solution"));
        for (TopicFlag flag : {TopicFlag::Closed, TopicFlag::Archived, TopicFlag::Visible,
                               TopicFlag::Pinned, TopicFlag::PinnedGlobally})
            QCOMPARE(topicFlagFromName(topicFlagName(flag)), flag);
        QCOMPARE(topicFlagName(TopicFlag::PinnedGlobally), QStringLiteral("pinned_globally"));
        for (CaseState state : {CaseState::Sending, CaseState::Done, CaseState::Failed})
            QCOMPARE(caseStateFromName(caseStateName(state)), state);
    }

    void requestsAreWhatTheRoutesExpect_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("target");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("statePath");
        const QDateTime until(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::UTC);
        const auto row = [](const char* name, const ModerationAction& a, const char* method,
                            const char* path, const char* form, const char* state) {
            QTest::newRow(name) << int(a.kind) << qint64(a.targetId) << a.params
                                << QByteArray(method) << QString::fromUtf8(path)
                                << QString::fromUtf8(form) << QString::fromUtf8(state);
        };
        row("perform", actions::performReview(7, QStringLiteral("agree_and_keep"), 3), "PUT",
            "/review/7/perform/agree_and_keep", "version=3", "/review/7");
        row("claim", actions::claimTopic(9), "POST", "/reviewable_claimed_topics",
            "reviewable_claimed_topic[topic_id]=9", "/t/9");
        row("suspend", actions::suspendUser(5, until, QStringLiteral("spam")), "PUT",
            "/admin/users/5/suspend", "suspend_until=2026-12-01T00:00:00Z&reason=spam",
            "/admin/users/5");
        row("unsilence", actions::unsilenceUser(5), "PUT", "/admin/users/5/unsilence", "",
            "/admin/users/5");
        row("close", actions::setTopicStatus(9, TopicFlag::Closed, true), "PUT", "/t/9/status",
            "status=closed&enabled=true", "/t/9");
        row("note", actions::addTopicNote(9, QStringLiteral("hi"), true, QStringLiteral("m")),
            "POST", "/posts", "topic_id=9&raw=hi&whisper=true", "/t/-/9/2147483647");
        row("delete", actions::deletePost(11), "DELETE", "/posts/11", "", "/posts/11");
        row("accept", actions::acceptSolution(11), "POST", "/solution/accept", "id=11",
            "/posts/11");
        // The user-notes plugin: the form's root is singular, the deletion names the user.
        row("note on user", actions::addUserNote(5, QStringLiteral("hi"), 11), "POST",
            "/user_notes", "user_note[user_id]=5&user_note[raw]=hi&user_note[post_id]=11",
            "/user_notes");
        row("delete note", actions::deleteUserNote(5, QStringLiteral("0af3")), "DELETE",
            "/user_notes/0af3?user_id=5", "", "/user_notes");
    }

    void requestsAreWhatTheRoutesExpect()
    {
        QFETCH(int, kind);
        QFETCH(qint64, target);
        QFETCH(QJsonObject, params);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, form);
        QFETCH(QString, statePath);
        const OutboxEntry e = entryOf(ModerationAction{ActionKind(kind), target, params});
        const ActionType& type = actionType(*e.kind);
        const OutboxRequest request = type.request(e);
        QCOMPARE(request.method, method);
        QCOMPARE(request.path, path);
        QCOMPARE(request.form.toString(QUrl::FullyDecoded), form);
        QCOMPARE(type.state(e).path, statePath);
        // The user-notes plugin's engine matches only the bare path (conformance §30).
        const bool plugin = path.startsWith(u"/user_notes");
        QCOMPARE(request.suffix, plugin ? UrlSuffix::None : UrlSuffix::Json);
        QCOMPARE(type.state(e).suffix, plugin ? UrlSuffix::None : UrlSuffix::Json);
    }

    void aDeletedPostThatIsGoneCountsAsDeleted()
    {
        const OutboxEntry del = entryOf(actions::deletePost(11));
        const OutboxEntry rec = entryOf(actions::recoverPost(11));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(actionType(*del.kind).applied(del, {}, now), Applied::Yes);
        QCOMPARE(actionType(*rec.kind).applied(rec, {}, now), Applied::Unknown);
        const OutboxEntry close = entryOf(actions::setTopicStatus(9, TopicFlag::Closed, true));
        QCOMPARE(actionType(*close.kind).applied(close, {}, now), Applied::Unknown);
        QCOMPARE(actionType(*close.kind).applied(close, {{"id", 9}, {"closed", true}}, now),
                 Applied::Yes);
        QCOMPARE(actionType(*close.kind).applied(close, {{"id", 9}, {"closed", false}}, now),
                 Applied::No);
    }

    void notesAreFoundByTheirTextAndWriter()
    {
        // Whether a note the process died sending reached the forum: its text by its writer;
        // a deletion, by the note's absence.
        OutboxEntry add = entryOf(actions::addUserNote(5, QStringLiteral("Warned twice")));
        add.actor = QStringLiteral("alice");
        add.createdAt = QDateTime(QDate(2026, 11, 20), QTime(15, 0), QTimeZone::UTC);
        const auto served = [](const char* raw, const char* by, const char* at) {
            return QJsonObject{
                {"extras", QJsonObject{{"username", "bob"}}},
                {"user_notes",
                 QJsonArray{QJsonObject{{"id", "6f1c0d2b9a8e4f7d8c3b2a1e0f9d8c7b"},
                                        {"user_id", 5},
                                        {"raw", raw},
                                        {"created_by", QJsonObject{{"id", 1}, {"username", by}}},
                                        {"created_at", at},
                                        {"can_delete", true}}}}};
        };
        const ActionType& type = actionType(ActionKind::NoteAdd);
        const QDateTime now = add.createdAt.addSecs(5);
        QCOMPARE(
            type.applied(add, served("Warned twice", "alice", "2026-11-20T15:00:01.000Z"), now),
            Applied::Yes);
        QCOMPARE(
            type.applied(add, served("Warned twice", "carol", "2026-11-20T15:00:01.000Z"), now),
            Applied::No);
        QCOMPARE(type.applied(add, served("Warned", "alice", "2026-11-20T15:00:01.000Z"), now),
                 Applied::No);
        // The same words by the same writer, known before the decision, are an earlier note.
        add.params.insert("earlier", QJsonArray{"6f1c0d2b9a8e4f7d8c3b2a1e0f9d8c7b"});
        QCOMPARE(
            type.applied(add, served("Warned twice", "alice", "2026-11-20T15:00:01.000Z"), now),
            Applied::No);
        QCOMPARE(type.applied(add, {}, now), Applied::Unknown); // the plugin is gone
        const OutboxEntry del =
            entryOf(actions::deleteUserNote(5, QStringLiteral("6f1c0d2b9a8e4f7d8c3b2a1e0f9d8c7b")));
        const ActionType& deletion = actionType(ActionKind::NoteDelete);
        QCOMPARE(deletion.applied(del, served("x", "alice", "2026-11-20T15:00:01.000Z"), now),
                 Applied::No);
        QCOMPARE(deletion.applied(del, {{"user_notes", QJsonArray()}}, now), Applied::Yes);
    }
};

QTEST_GUILESS_MAIN(TestActionTypes)
#include "tst_actiontypes.moc"
