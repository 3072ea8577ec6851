// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox server's API over real loopback HTTP: authentication, request limits, version
// conflicts, writes seen by later reads, claims, approvals, paging and HTML. Its faults,
// determinism and restarts: tst_sandboxdurability.
#include "tests/support/sandboxclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

using namespace steward;
using namespace steward::sandbox;
using namespace steward::testing;

namespace {

/// Sends head, then up to maxBody bytes of body in 64 KiB writes, stopping once the server
/// answers; returns the answer's status line and how many body bytes had gone out. The server
/// runs on this thread, so every wait lets the event loop turn.
std::pair<QByteArray, qint64> sendLarge(const QUrl& base, const QByteArray& head, qint64 maxBody)
{
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    for (int waited = 0; waited < 5000 && socket.state() != QAbstractSocket::ConnectedState;
         waited += 10)
        QTest::qWait(10);
    socket.write(head);
    const QByteArray chunk(64 * 1024, 'x');
    qint64 sent = 0;
    QByteArray answer;
    QElapsedTimer clock;
    clock.start();
    while (!answer.contains("\r\n") && clock.elapsed() < 20000 &&
           socket.state() == QAbstractSocket::ConnectedState) {
        if (sent < maxBody && socket.bytesToWrite() < 4 * chunk.size()) {
            socket.write(chunk);
            sent += chunk.size();
        }
        QTest::qWait(1);
        answer += socket.readAll();
    }
    answer += socket.readAll();
    return {answer.left(answer.indexOf("\r\n")), sent};
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void authentication()
    {
        auto server = startServer();
        Client anonymous(*server);
        QCOMPARE(anonymous.get(QStringLiteral("/latest.json")).status, 200);
        Response r = anonymous.get(QStringLiteral("/review.json"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().value(QStringLiteral("error_type")).toString(),
                 QStringLiteral("not_logged_in"));

        Client wrongKey(*server, {server->adminCredentials().username, QString(64, u'0')});
        r = wrongKey.get(QStringLiteral("/latest.json"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().value(QStringLiteral("error_type")).toString(),
                 QStringLiteral("invalid_access"));

        const SandboxUser* regular = firstRegular(server->community());
        QVERIFY(regular);
        Client member(*server, {regular->user.username, server->adminCredentials().key});
        QCOMPARE(member.get(QStringLiteral("/latest.json")).status, 200);
        r = member.get(QStringLiteral("/review.json"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().value(QStringLiteral("error_type")).toString(),
                 QStringLiteral("invalid_access"));

        Client moderator(*server, server->moderatorCredentials());
        QCOMPARE(moderator.get(QStringLiteral("/review.json")).status, 200);
        QCOMPARE(moderator.get(QStringLiteral("/admin/reports/posts.json")).status, 200);
        QCOMPARE(moderator.get(QStringLiteral("/admin/logs/staff_action_logs.json")).status, 200);
        QCOMPARE(member.get(QStringLiteral("/admin/logs/staff_action_logs.json")).status, 404);
        Client impostor(*server,
                        {server->adminCredentials().username, server->moderatorCredentials().key});
        QCOMPARE(impostor.get(QStringLiteral("/review.json")).status, 403);
    }

    void oversizedRequestsAreRefusedBeforeTheyAreBuffered()
    {
        ServerOptions options;
        options.maxRequestBytes = 1024 * 1024;
        auto server = startServer(options);
        // Declared too large: refused on the headers, long before 300 MiB are sent.
        auto [status, sent] = sendLarge(server->url(),
                                        "POST /posts.json HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                        "application/x-www-form-urlencoded\r\n"
                                        "Content-Length: 314572800\r\n\r\n",
                                        300LL * 1024 * 1024);
        QCOMPARE(status, QByteArray("HTTP/1.1 413 Payload Too Large"));
        QVERIFY2(sent < 16 * 1024 * 1024, qPrintable(QString::number(sent)));
        // A header block that never ends is counted as it arrives.
        std::tie(status, sent) = sendLarge(
            server->url(), "GET /latest.json HTTP/1.1\r\nX-Padding: ", 64LL * 1024 * 1024);
        QCOMPARE(status, QByteArray("HTTP/1.1 413 Payload Too Large"));
        QVERIFY2(sent < 16 * 1024 * 1024, qPrintable(QString::number(sent)));
        // Under the cap, on the same server: an ordinary request.
        Client admin(*server, server->adminCredentials());
        QCOMPARE(admin.get(QStringLiteral("/latest.json")).status, 200);
        const QByteArray form = "raw=" + QByteArray(512 * 1024, 'a') + "&topic_id=1";
        const int posted = admin.post(QStringLiteral("/posts.json"), form).status;
        QVERIFY2(posted >= 200 && posted != 413, qPrintable(QString::number(posted)));
        QCOMPARE(admin.get(QStringLiteral("/latest.json")).status, 200);
    }

    void rateLimitAnswers429WithItsWait()
    {
        ServerOptions options;
        options.rateLimitPerMinute = 5;
        auto server = startServer(options);
        Client admin(*server, server->adminCredentials());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(admin.get(QStringLiteral("/site/basic-info.json")).status, 200);
        const Response limited = admin.get(QStringLiteral("/site/basic-info.json"));
        QCOMPARE(limited.status, 429);
        const QJsonObject body = limited.json();
        QCOMPARE(body.value(QStringLiteral("error_type")).toString(), QStringLiteral("rate_limit"));
        const int wait = body.value(QStringLiteral("extras"))
                             .toObject()
                             .value(QStringLiteral("wait_seconds"))
                             .toInt();
        QVERIFY2(wait >= 59 && wait <= 60, qPrintable(QString::number(wait)));
        QCOMPARE(limited.retryAfter.toInt(), wait);
        QCOMPARE(Client(*server).get(QStringLiteral("/site/basic-info.json")).status,
                 200); // anonymous: not in the bucket
    }

    void reviewActionsCheckTheVersion()
    {
        auto server = startServer();
        Client admin(*server, server->adminCredentials());
        const ReviewRecord* item = firstPending(server->community(), ReviewableType::FlaggedPost);
        QVERIFY(item);
        const Id id = item->item.id;
        const int version = item->item.version;
        const QString perform = QStringLiteral("/review/%1/perform/agree_and_keep.json").arg(id);

        QCOMPARE(admin.put(perform).status, 422);
        const Response stale = admin.put(perform, "version=" + QByteArray::number(version + 1));
        QCOMPARE(stale.status, 409);
        QVERIFY(!stale.json().value(QStringLiteral("errors")).toArray().isEmpty());
        QCOMPARE(admin
                     .put(QStringLiteral("/review/%1/perform/approve_user.json").arg(id),
                          "version=" + QByteArray::number(version))
                     .status,
                 403);

        const Response done = admin.put(perform, "version=" + QByteArray::number(version));
        QCOMPARE(done.status, 200);
        const QJsonObject result =
            done.json().value(QStringLiteral("reviewable_perform_result")).toObject();
        QCOMPARE(result.value(QStringLiteral("transition_to")).toString(),
                 QStringLiteral("approved"));
        QCOMPARE(result.value(QStringLiteral("version")).toInt(), version + 1);
        QCOMPARE(admin.put(perform, "version=" + QByteArray::number(version)).status, 409);

        const QJsonObject detail = admin.get(QStringLiteral("/review/%1.json").arg(id)).json();
        QCOMPARE(detail.value(QStringLiteral("reviewable"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toInt(),
                 1);
        QVERIFY(detail.value(QStringLiteral("actions")).toArray().isEmpty());
    }

    void writesAreVisibleToLaterReads()
    {
        auto server = startServer();
        Client admin(*server, server->adminCredentials());
        const TopicRecord* topic = nullptr;
        for (const TopicRecord& t : server->community().topics) {
            if (!t.topic.closed && t.topic.replyCount > 1 && t.kind == TopicKind::Question &&
                !t.topic.hasAcceptedAnswer() &&
                server->community().category(t.topic.categoryId)->acceptedAnswersEnabled) {
                topic = &t;
                break;
            }
        }
        QVERIFY(topic);
        const Id topicId = topic->topic.id;
        const int postsBefore = int(topic->posts.size());
        QCOMPARE(
            admin
                .put(QStringLiteral("/t/%1/status.json").arg(topicId), "status=closed&enabled=true")
                .status,
            200);
        QJsonObject t = admin.get(QStringLiteral("/t/%1.json").arg(topicId)).json();
        QVERIFY(t.value(QStringLiteral("closed")).toBool());
        QCOMPARE(t.value(QStringLiteral("post_stream"))
                     .toObject()
                     .value(QStringLiteral("stream"))
                     .toArray()
                     .size(),
                 postsBefore + 1);

        const Id answerId = server->community().posts[std::size_t(topic->posts[1])].id;
        QCOMPARE(
            admin
                .post(QStringLiteral("/solution/accept.json"), "id=" + QByteArray::number(answerId))
                .status,
            200);
        t = admin.get(QStringLiteral("/t/%1.json").arg(topicId)).json();
        QVERIFY(t.value(QStringLiteral("has_accepted_answer")).toBool());

        QCOMPARE(admin.put(QStringLiteral("/t/-/%1.json").arg(topicId), "title=Short").status, 422);
        QCOMPARE(admin
                     .put(QStringLiteral("/t/-/%1.json").arg(topicId),
                          "title=Renamed+by+a+moderator+today&category_id=3")
                     .status,
                 200);
        t = admin.get(QStringLiteral("/t/%1.json").arg(topicId)).json();
        QCOMPARE(t.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Renamed by a moderator today"));
        QCOMPARE(t.value(QStringLiteral("category_id")).toInt(), 3);

        QCOMPARE(admin.request("DELETE", QStringLiteral("/posts/%1.json").arg(answerId)).status,
                 200);
        QVERIFY(!admin.get(QStringLiteral("/posts/%1.json").arg(answerId))
                     .json()
                     .value(QStringLiteral("deleted_at"))
                     .isNull());
        QCOMPARE(admin.put(QStringLiteral("/posts/%1/recover.json").arg(answerId)).status, 200);
        QVERIFY(admin.get(QStringLiteral("/posts/%1.json").arg(answerId))
                    .json()
                    .value(QStringLiteral("deleted_at"))
                    .isNull());

        const SandboxUser* member = firstRegular(server->community());
        const QString suspend = QStringLiteral("/admin/users/%1/suspend.json").arg(member->user.id);
        QCOMPARE(admin.put(suspend, "reason=").status, 400);
        const Response suspended =
            admin.put(suspend, "suspend_until=2027-01-01T00:00:00Z&reason=Abusive+replies");
        QCOMPARE(suspended.status, 200);
        QCOMPARE(suspended.json()
                     .value(QStringLiteral("suspension"))
                     .toObject()
                     .value(QStringLiteral("suspend_reason"))
                     .toString(),
                 QStringLiteral("Abusive replies"));
        const Response again =
            admin.put(suspend, "suspend_until=2027-01-01T00:00:00Z&reason=Twice");
        QCOMPARE(again.status, 409);
        QCOMPARE(again.json().value(QStringLiteral("failed")).toString(), QStringLiteral("FAILED"));
        const QJsonObject adminView =
            admin.get(QStringLiteral("/admin/users/%1.json").arg(member->user.id)).json();
        QCOMPARE(adminView.value(QStringLiteral("full_suspend_reason")).toString(),
                 QStringLiteral("Abusive replies"));
    }

    void claimsArePerTopicAndExclusive()
    {
        auto server = startServer();
        const ReviewRecord* item = nullptr;
        for (const ReviewRecord& r : server->community().reviews) {
            if (r.item.isPending() && r.item.topicId && !r.item.claimedById)
                item = &r;
        }
        QVERIFY(item);
        const QByteArray form =
            "reviewable_claimed_topic%5Btopic_id%5D=" + QByteArray::number(item->item.topicId);
        Client admin(*server, server->adminCredentials());
        Client moderator(*server, server->moderatorCredentials());
        QCOMPARE(admin.post(QStringLiteral("/reviewable_claimed_topics.json"), form).status, 200);
        const QJsonObject detail =
            moderator.get(QStringLiteral("/review/%1.json").arg(item->item.id)).json();
        QCOMPARE(detail.value(QStringLiteral("reviewable"))
                     .toObject()
                     .value(QStringLiteral("claimed_by_id"))
                     .toInteger(),
                 server->community().userByName(server->adminCredentials().username)->user.id);
        QCOMPARE(moderator.post(QStringLiteral("/reviewable_claimed_topics.json"), form).status,
                 409);
        QCOMPARE(admin
                     .request("DELETE", QStringLiteral("/reviewable_claimed_topics/%1.json")
                                            .arg(item->item.topicId))
                     .status,
                 200);
        QCOMPARE(moderator.post(QStringLiteral("/reviewable_claimed_topics.json"), form).status,
                 200);
    }

    void queuedPostApprovalCreatesThePost()
    {
        auto server = startServer();
        Client admin(*server, server->adminCredentials());
        const ReviewRecord* item = firstPending(server->community(), ReviewableType::QueuedPost);
        QVERIFY(item);
        const QString raw = item->item.payloadRaw;
        // The server offers approve_post, or approve_post_closed in a closed topic.
        QString approve;
        for (const QJsonValue& a : admin.get(QStringLiteral("/review/%1.json").arg(item->item.id))
                                       .json()
                                       .value(QStringLiteral("actions"))
                                       .toArray()) {
            if (a.toObject()
                    .value(QStringLiteral("server_action"))
                    .toString()
                    .startsWith(QStringLiteral("approve_post")))
                approve = a.toObject().value(QStringLiteral("server_action")).toString();
        }
        QVERIFY(!approve.isEmpty());
        const Response r =
            admin.put(QStringLiteral("/review/%1/perform/%2.json").arg(item->item.id).arg(approve),
                      "version=" + QByteArray::number(item->item.version));
        QCOMPARE(r.status, 200);
        const Id created = r.json()
                               .value(QStringLiteral("reviewable_perform_result"))
                               .toObject()
                               .value(QStringLiteral("created_post_id"))
                               .toInteger();
        QVERIFY(created > 0);
        const QJsonObject post = admin.get(QStringLiteral("/posts/%1.json").arg(created)).json();
        QCOMPARE(post.value(QStringLiteral("raw")).toString(), raw);
    }

    void paging()
    {
        auto server = startServer();
        Client admin(*server, server->adminCredentials());
        const QJsonObject page0 = admin.get(QStringLiteral("/latest.json")).json();
        const QJsonObject list = page0.value(QStringLiteral("topic_list")).toObject();
        QCOMPARE(list.value(QStringLiteral("topics")).toArray().size(), 30);
        QCOMPARE(list.value(QStringLiteral("more_topics_url")).toString(),
                 QStringLiteral("/latest?page=1"));
        QVERIFY(list.value(QStringLiteral("topics"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("pinned_globally"))
                    .toBool());
        const QJsonObject page1 = admin.get(QStringLiteral("/latest.json?page=1")).json();
        QVERIFY(page1.value(QStringLiteral("topic_list"))
                    .toObject()
                    .value(QStringLiteral("topics"))
                    .toArray()
                    .first() != list.value(QStringLiteral("topics")).toArray().first());

        const QJsonArray posts = admin.get(QStringLiteral("/posts.json"))
                                     .json()
                                     .value(QStringLiteral("latest_posts"))
                                     .toArray();
        QCOMPARE(posts.size(), 50);
        const qint64 lowest = posts.last().toObject().value(QStringLiteral("id")).toInteger();
        const QJsonArray older = admin.get(QStringLiteral("/posts.json?before=%1").arg(lowest))
                                     .json()
                                     .value(QStringLiteral("latest_posts"))
                                     .toArray();
        QVERIFY(older.first().toObject().value(QStringLiteral("id")).toInteger() < lowest);

        const QJsonObject review = admin.get(QStringLiteral("/review.json?status=all")).json();
        QCOMPARE(review.value(QStringLiteral("reviewables")).toArray().size(), 10);
        const QString more = review.value(QStringLiteral("meta"))
                                 .toObject()
                                 .value(QStringLiteral("load_more_reviewables"))
                                 .toString();
        QVERIFY2(more.startsWith(QStringLiteral("/review?")) &&
                     more.contains(QStringLiteral("offset=10")),
                 qPrintable(more));
        QCOMPARE(admin.get(QStringLiteral("/review.json?status=bogus")).status, 400);

        const QString topicPath = QStringLiteral("/t/%1/posts.json?post_ids[]=%2&post_ids[]=%3");
        const TopicRecord& t = server->community().topics[10];
        const Id a = server->community().posts[std::size_t(t.posts.front())].id;
        const QJsonArray picked = admin.get(topicPath.arg(t.topic.id).arg(a).arg(a))
                                      .json()
                                      .value(QStringLiteral("post_stream"))
                                      .toObject()
                                      .value(QStringLiteral("posts"))
                                      .toArray();
        QCOMPARE(picked.size(), 1);
    }

    void htmlWithoutJsonSuffixOrAccept()
    {
        auto server = startServer();
        QNetworkAccessManager network;
        QNetworkReply* reply =
            network.get(QNetworkRequest(server->url().resolved(QUrl(QStringLiteral("/latest")))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader)
                    .toString()
                    .startsWith(QStringLiteral("text/html")));
        reply->deleteLater();
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
