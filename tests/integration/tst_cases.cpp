// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Support cases: to the sandbox's ServiceNow-compatible endpoint and to a JSON webhook on
// loopback, checking what the case system received; a failing target (bad password,
// nobody listening, an answer without a number) leaves the case failed with its reason and
// its draft kept, and it can be sent again.
#include "models/store/database.h"
#include "models/sync/caseservice.h"
#include "models/sync/moderationaction.h"
#include "models/sync/outbox.h"
#include "tests/support/loopbackhttp.h"
#include "tests/support/synctesting.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::testing;

class TestCases : public QObject
{
    Q_OBJECT
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QTemporaryDir m_dir;
    Database m_db;
    QNetworkAccessManager m_network;

    CaseDraft draft() const
    {
        CaseDraft d;
        d.topicId = 42;
        d.postId = 4242;
        d.customer = QStringLiteral("olga.kowalski");
        d.customerName = QStringLiteral("Olga Kowalski");
        d.threadUrl = QUrl(QStringLiteral("https://community.example/t/sync-stuck/42/3"));
        d.title = QStringLiteral("Sync stuck at \"invalid_grant\" after password change");
        d.excerpt = QStringLiteral("Since I changed my password the sync fails with "
                                   "invalid_grant.\nLine two: <b>not HTML</b>");
        d.raisedBy = QStringLiteral("moderator1");
        return d;
    }

    CaseTarget serviceNow(const QString& user) const
    {
        CaseTarget t;
        t.kind = CaseTarget::Kind::ServiceNow;
        t.url = m_server->url();
        t.user = user;
        return t;
    }

    static CaseTarget webhook(const QUrl& url)
    {
        CaseTarget t;
        t.kind = CaseTarget::Kind::Webhook;
        t.url = url;
        t.bodyTemplate = CaseTarget::defaultTemplate();
        return t;
    }

    /// Raises the draft and waits for its answer; the case as stored afterwards.
    SupportCase raise(CaseService& service)
    {
        QString error;
        const std::optional<Id> id = service.raise(draft(), &error);
        if (!id)
            qFatal("the case was not stored: %s", qPrintable(error));
        (void)QTest::qWaitFor([&] { return service.cases().get(*id)->state != CaseState::Sending; },
                              10000);
        return *service.cases().get(*id);
    }

    /// The longest listed topic: its notes land beyond the first chunk of posts.
    const sandbox::TopicRecord& longTopic() const
    {
        const sandbox::TopicRecord* longest = nullptr;
        for (const sandbox::TopicRecord& t : m_server->community().topics)
            if (!t.topic.isDeleted() && t.topic.visible &&
                (!longest || t.posts.size() > longest->posts.size()))
                longest = &t;
        if (!longest)
            qFatal("the sandbox has no topics");
        return *longest;
    }

    /// The topic's posts that are whispers containing text.
    int whispersWith(Id topicId, const QString& text) const
    {
        const sandbox::SandboxCommunity& c = m_server->community();
        int n = 0;
        for (int index : c.topic(topicId)->posts) {
            const sandbox::PostRecord& p = c.posts[std::size_t(index)];
            n += p.type == PostType::Whisper && c.editedRaw.value(p.id).contains(text);
        }
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = startSandbox();
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath("c.db"), &error), qPrintable(error));
    }

    void serviceNowRecordsTheCaseWithItsFields()
    {
        CaseService service(m_db, &m_network);
        const sandbox::ApiCredentials credentials = m_server->caseCredentials();
        service.setTarget(serviceNow(credentials.username), credentials.key);
        const std::size_t before = m_server->community().cases.size();
        const SupportCase c = raise(service);
        QCOMPARE(c.state, CaseState::Done);
        QCOMPARE(m_server->community().cases.size(), before + 1);
        const sandbox::CaseRecord& recorded = m_server->community().cases.back();
        QCOMPARE(c.number, recorded.number);
        QVERIFY(c.number.startsWith(u"CS"));
        QCOMPARE(c.externalId, recorded.sysId);
        QVERIFY(c.url.toString().contains(recorded.sysId));
        QCOMPARE(recorded.fields.value(u"short_description").toString(), draft().title);
        const QString description = recorded.fields.value(u"description").toString();
        QVERIFY(description.contains(u"Olga Kowalski (olga.kowalski)"));
        QVERIFY(description.contains(draft().threadUrl.toString()));
        QVERIFY(description.contains(draft().excerpt));
        QCOMPARE(recorded.fields.value(u"correlation_id").toString(),
                 QStringLiteral("discourse-post-4242"));
        QCOMPARE(service.cases().forTopic(42).first().id, c.id);
    }

    void theStaffNoteIsWhisperedOnTheTopicOnceTheCaseExists()
    {
        SyncRig rig(m_dir.filePath("note.db"), adminSite(*m_server));
        Outbox outbox(rig.client, rig.store, m_server->adminCredentials().username);
        outbox.setUndoWindowMs(0);
        CaseService service(rig.database, &m_network);
        service.setOutbox(&outbox);
        const sandbox::ApiCredentials credentials = m_server->caseCredentials();
        CaseTarget target = serviceNow(credentials.username);
        target.staffNote = true;
        service.setTarget(target, credentials.key);
        CaseDraft d = draft();
        const sandbox::TopicRecord& topic = longTopic();
        d.topicId = topic.topic.id;
        const std::size_t postsBefore = topic.posts.size();
        QString error;
        const std::optional<Id> id = service.raise(d, &error);
        QVERIFY2(id, qPrintable(error));
        QTRY_COMPARE(service.cases().get(*id)->state, CaseState::Done);
        const QString number = service.cases().get(*id)->number;
        QTRY_COMPARE(whispersWith(d.topicId, number), 1);
        QCOMPARE(topic.posts.size(), postsBefore + 1);
        QTRY_COMPARE(outbox.queuedCount(), 0);
        const QList<OutboxEntry> done = outbox.entries().inState(OutboxState::Done);
        QVERIFY(std::any_of(done.cbegin(), done.cend(), [&](const OutboxEntry& e) {
            return e.kind == ActionKind::TopicNote && e.targetId == d.topicId;
        }));
    }

    void aNoteLeftSendingByACrashIsPostedExactlyOnce()
    {
        const sandbox::TopicRecord& topic = longTopic();
        const Id topicId = topic.topic.id;
        const QString reached = QStringLiteral("CS-REACHED-1");
        const QString lost = QStringLiteral("CS-LOST-2");
        Id first = 0, second = 0;
        {
            // The first process stored both as sending and died; only the first reached the server.
            SyncRig rig(m_dir.filePath("crash.db"), adminSite(*m_server));
            Outbox outbox(rig.client, rig.store, m_server->adminCredentials().username);
            outbox.setUndoWindowMs(60000);
            first = *outbox.submit(actions::addTopicNote(
                topicId, CaseService::staffNoteText(reached, {}), true, reached));
            second = *outbox.submit(
                actions::addTopicNote(topicId, CaseService::staffNoteText(lost, {}), true, lost));
            QVERIFY(outbox.entries().transition(first, OutboxState::Sending));
            QVERIFY(outbox.entries().transition(second, OutboxState::Sending));
            const sandbox::SandboxCommunity& c = m_server->community();
            const Id admin = c.userByName(m_server->adminCredentials().username)->user.id;
            const sandbox::Reply reply =
                m_server->write({{"op", "post.create"},
                                 {"topic_id", topicId},
                                 {"whisper", true},
                                 {"raw", CaseService::staffNoteText(reached, {})},
                                 {"actor", admin},
                                 {"at", sandbox::toSeconds(c.now) + 60}});
            QCOMPARE(reply.status, 200);
        }
        SyncRig rig(m_dir.filePath("crash.db"), adminSite(*m_server));
        Outbox outbox(rig.client, rig.store, m_server->adminCredentials().username);
        outbox.setUndoWindowMs(0);
        outbox.recover();
        QTRY_COMPARE(outbox.entries().entry(first)->state, OutboxState::Done);
        QTRY_COMPARE(outbox.entries().entry(second)->state, OutboxState::Done);
        QCOMPARE(whispersWith(topicId, reached), 1); // not posted twice
        QCOMPARE(whispersWith(topicId, lost), 1);
    }

    void aWrongPasswordFailsClearlyAndTheCaseCanBeSentAgain()
    {
        CaseService service(m_db, &m_network);
        const sandbox::ApiCredentials credentials = m_server->caseCredentials();
        service.setTarget(serviceNow(credentials.username), QStringLiteral("not-the-password"));
        const std::size_t before = m_server->community().cases.size();
        const SupportCase failed = raise(service);
        QCOMPARE(failed.state, CaseState::Failed);
        QVERIFY2(failed.error.contains(u"401") && failed.error.contains(u"User Not Authenticated"),
                 qPrintable(failed.error));
        QCOMPARE(m_server->community().cases.size(), before);
        QCOMPARE(CaseDraft::fromJson(failed.request).excerpt, draft().excerpt); // nothing lost
        service.setTarget(serviceNow(credentials.username), credentials.key);
        QSignalSpy changed(&service, &CaseService::caseChanged);
        QVERIFY(service.retry(failed.id));
        QTRY_COMPARE(service.cases().get(failed.id)->state, CaseState::Done);
        QCOMPARE(m_server->community().cases.size(), before + 1);
        QVERIFY(!service.retry(failed.id)); // done cases are not sent again
    }

    void aCaseLeftSendingByAnEndedProcessBecomesFailed()
    {
        QString error;
        std::optional<Id> id;
        {
            // Stored and sent; the process ends before the answer.
            CaseStore store(m_db);
            id = store.add(42, 4242, QStringLiteral("servicenow"), draft().toJson(), &error);
            QVERIFY2(id, qPrintable(error));
        }
        CaseService service(m_db, &m_network);
        QVERIFY(service.recover() >= 1);
        const SupportCase c = *service.cases().get(*id);
        QCOMPARE(c.state, CaseState::Failed);
        QVERIFY2(c.error.contains(u"may exist there already"), qPrintable(c.error));
        QCOMPARE(CaseDraft::fromJson(c.request).excerpt, draft().excerpt); // nothing lost
        const sandbox::ApiCredentials credentials = m_server->caseCredentials();
        service.setTarget(serviceNow(credentials.username), credentials.key);
        QVERIFY(service.retry(*id)); // and it can be sent again
        QTRY_COMPARE(service.cases().get(*id)->state, CaseState::Done);
    }

    void nobodyListeningFailsWithTheReason()
    {
        CaseService service(m_db, &m_network);
        CaseTarget t = serviceNow(QStringLiteral("x"));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        t.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();
        service.setTarget(t, QStringLiteral("y"));
        const SupportCase c = raise(service);
        QCOMPARE(c.state, CaseState::Failed);
        QVERIFY2(c.error.contains(u"refused", Qt::CaseInsensitive), qPrintable(c.error));
    }

    void plainHttpToAnotherHostIsRefusedBeforeSending()
    {
        CaseService service(m_db, &m_network);
        CaseTarget t = serviceNow(QStringLiteral("x"));
        t.url = QUrl(QStringLiteral("http://cases.example.com"));
        service.setTarget(t, QStringLiteral("secret"));
        QVERIFY(!service.isConfigured());
        const SupportCase c = raise(service);
        QCOMPARE(c.state, CaseState::Failed);
        QVERIFY(!c.error.isEmpty());
    }

    void aWebhookGetsItsTemplateFilledIn()
    {
        LoopbackHttp hook([](const QByteArray&) {
            return LoopbackHttp::Response{
                200, "application/json",
                "{\"case\": {\"id\": 7781, \"link\": \"https://cases.example/7781\"}}"};
        });
        QVERIFY(hook.listen());
        CaseTarget t = webhook(hook.url().resolved(QUrl(QStringLiteral("/hooks/cases"))));
        t.numberField = QStringLiteral("case.id");
        t.urlField = QStringLiteral("case.link");
        CaseService service(m_db, &m_network);
        service.setTarget(t, QStringLiteral("token-123"));
        const SupportCase c = raise(service);
        QCOMPARE(c.state, CaseState::Done);
        QCOMPARE(c.number, QStringLiteral("7781"));
        QCOMPARE(c.url, QUrl(QStringLiteral("https://cases.example/7781")));
        QCOMPARE(hook.requested(), QStringList{QStringLiteral("/hooks/cases")});
        QVERIFY(hook.headers().first().contains("Bearer token-123"));
        const QJsonObject sent = QJsonDocument::fromJson(hook.bodies().first()).object();
        QCOMPARE(sent.value(u"title").toString(), draft().title); // quotes survive as JSON
        QCOMPARE(sent.value(u"excerpt").toString(), draft().excerpt);
        QCOMPARE(sent.value(u"link").toString(), draft().threadUrl.toString());
    }

    void anEndlessAnswerIsCutOffWithAReason()
    {
        LoopbackHttp hook([](const QByteArray&) {
            return LoopbackHttp::Response{200, "application/json",
                                          "{\"number\": \"" + QByteArray(6 * 1024 * 1024, 'x') +
                                              "\"}"};
        });
        QVERIFY(hook.listen());
        CaseService service(m_db, &m_network);
        service.setTarget(webhook(hook.url()), {});
        const SupportCase c = raise(service);
        QCOMPARE(c.state, CaseState::Failed);
        QVERIFY2(c.error.contains(u"larger than 4 MB"), qPrintable(c.error));
    }

    void aWebhookAnswerWithoutANumberFails()
    {
        LoopbackHttp hook([](const QByteArray&) {
            return LoopbackHttp::Response{200, "text/html", "<html>ok</html>"};
        });
        QVERIFY(hook.listen());
        CaseService service(m_db, &m_network);
        service.setTarget(webhook(hook.url()), {});
        const SupportCase c = raise(service);
        QCOMPARE(c.state, CaseState::Failed);
        QVERIFY2(c.error.contains(u"not JSON"), qPrintable(c.error));
        CaseFailure error;
        QVERIFY(CaseSender::webhookBody(QStringLiteral("{\"a\": {{title}}}"), draft(), &error)
                    .isEmpty());
        QCOMPARE(error.kind, CaseFailure::Kind::TemplateNotJson);
        QVERIFY(!error.detail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCases)
#include "tst_cases.moc"
