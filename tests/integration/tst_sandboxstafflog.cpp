// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's staff action log: what the generator logs of its moderation, and the log over
// loopback HTTP as Admin::StaffActionLogsController serves it: the generated rows, paging by
// page and limit, the filters, the rows the sandbox's own writes append, access, a restart.
#include "models/sandbox/generator/communitygenerator.h"
#include "tests/support/sandboxclient.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <functional>

using namespace Qt::StringLiterals;
using namespace steward;
using namespace steward::sandbox;
using namespace steward::testing;

namespace {

const QString kLog = QStringLiteral("/admin/logs/staff_action_logs.json");

QJsonObject logPage(Client& client, const QString& query = {})
{
    const Response r = client.get(query.isEmpty() ? kLog : kLog + u'?' + query);
    if (r.status != 200)
        qWarning("staff log answered %d: %s", r.status, r.body.constData());
    return r.json();
}

QJsonArray rowsOf(const QJsonObject& page)
{
    return page.value(QStringLiteral("staff_action_logs")).toArray();
}

qint64 totalOf(const QJsonObject& page)
{
    return page.value(QStringLiteral("total_rows_staff_action_logs")).toInteger(-1);
}

QJsonObject head(Client& client)
{
    return rowsOf(logPage(client, QStringLiteral("limit=1"))).first().toObject();
}

qint64 idOf(const QJsonValue& value, const char* key)
{
    return value.toObject().value(QString::fromLatin1(key)).toObject().value(u"id").toInteger();
}

qint64 countWhere(const SandboxCommunity& c, const std::function<bool(const StaffActionRecord&)>& f)
{
    return qint64(std::count_if(c.staffActions.begin(), c.staffActions.end(), f));
}

/// A pending queued post in an open topic (approve_post, not approve_post_closed) other than
/// except, or nullptr.
const ReviewRecord* pendingQueuedPost(const SandboxCommunity& c, Id except = 0)
{
    for (const ReviewRecord& r : c.reviews) {
        if (r.item.isPending() && r.item.type == ReviewableType::QueuedPost &&
            r.item.id != except && !c.topic(r.item.topicId)->topic.closed)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestSandboxStaffLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The medium community's log (about two thousand rows) is long enough to page.
        GeneratorParams params;
        params.scale = Scale::Medium;
        params.seed = 3;
        params.now = kNow;
        ServerOptions options;
        options.dataExplorer = false;
        m_medium = std::make_unique<SandboxServer>(params, options);
        QString error;
        QVERIFY2(m_medium->start(&error), qPrintable(error));
        QVERIFY(m_medium->community().staffActions.size() > 1000);
    }

    void theGeneratorLogsItsModeration()
    {
        GeneratorParams small;
        small.scale = Scale::Small;
        small.seed = 7;
        small.now = kNow;
        const SandboxCommunity smallCommunity = generateCommunity(small);
        const std::array<const SandboxCommunity*, 2> communities{&smallCommunity,
                                                                 &m_medium->community()};
        for (const SandboxCommunity* c : communities) {
            const std::vector<StaffActionRecord>& log = c->staffActions;
            QVERIFY(!log.empty());
            QHash<int, int> byAction;
            for (std::size_t i = 0; i < log.size(); ++i) {
                const StaffActionRecord& r = log[i];
                QCOMPARE(r.id, Id(i + 1));
                QVERIFY(i == 0 || r.createdAt >= log[i - 1].createdAt);
                QVERIFY(r.createdAt < c->now.toSecsSinceEpoch());
                const SandboxUser* actor = c->user(r.actingUserId);
                QVERIFY2(actor && actor->user.isStaff(), qPrintable(QString::number(r.id)));
                ++byAction[r.action];
            }
            // Every standing penalty is logged once; deletions by their authors are not.
            int suspended = 0, silenced = 0, deletedByStaff = 0;
            for (const SandboxUser& m : c->users) {
                suspended += m.suspendedAt.isValid();
                silenced += m.silencedAt.isValid();
            }
            for (const PostRecord& p : c->posts)
                deletedByStaff += p.deletedAt != 0 && p.deletedById != p.userId;
            QCOMPARE(byAction.value(UserHistoryAction::SuspendUser), suspended);
            QCOMPARE(byAction.value(UserHistoryAction::SilenceUser), silenced);
            QCOMPARE(byAction.value(UserHistoryAction::DeletePost) +
                         byAction.value(UserHistoryAction::DeleteTopic),
                     deletedByStaff);
            for (int action : {UserHistoryAction::SuspendUser, UserHistoryAction::SilenceUser,
                               UserHistoryAction::DeletePost, UserHistoryAction::DeleteTopic,
                               UserHistoryAction::PostApproved})
                QVERIFY2(byAction.value(action) > 0, qPrintable(QString::number(action)));
            qInfo("%zu staff log rows: suspend %d, silence %d, delete_post %d, delete_topic %d, "
                  "post_approved %d, post_rejected %d",
                  log.size(), byAction.value(UserHistoryAction::SuspendUser),
                  byAction.value(UserHistoryAction::SilenceUser),
                  byAction.value(UserHistoryAction::DeletePost),
                  byAction.value(UserHistoryAction::DeleteTopic),
                  byAction.value(UserHistoryAction::PostApproved),
                  byAction.value(UserHistoryAction::PostRejected));
        }
        // The same seed, the same log.
        const SandboxCommunity again = generateCommunity(small);
        QCOMPARE(again.staffActions.size(), smallCommunity.staffActions.size());
        QCOMPARE(again.staffActions.back().details, smallCommunity.staffActions.back().details);
        QCOMPARE(again.staffActions.back().createdAt, smallCommunity.staffActions.back().createdAt);
    }

    void generatedRowsAreServedAsDiscourseServesThem()
    {
        auto server = startServer();
        const SandboxCommunity& c = server->community();
        Client admin(*server, server->adminCredentials());
        const QJsonObject page = logPage(admin);
        const QJsonArray rows = rowsOf(page);
        QVERIFY(!c.staffActions.empty());
        QCOMPARE(totalOf(page), qint64(c.staffActions.size()));
        QCOMPARE(rows.size(), std::min<qsizetype>(200, qsizetype(c.staffActions.size())));
        QCOMPARE(rows.first().toObject().value(u"id").toInteger(), c.staffActions.back().id);
        QCOMPARE(page.value(u"load_more_staff_action_logs").toString(),
                 QStringLiteral("/admin/logs/staff_action_logs?page=1&page_size=200"));

        const QRegularExpression iso(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));
        QSet<QString> names;
        for (const QJsonValue& v : rows) {
            const QJsonObject row = v.toObject();
            for (const char* key :
                 {"id", "action", "action_name", "custom_type", "details", "context", "subject",
                  "previous_value", "new_value", "ip_address", "email", "created_at", "topic_id",
                  "post_id", "category_id", "acting_user", "target_user"})
                QVERIFY2(row.contains(QLatin1StringView(key)), key);
            QVERIFY(iso.match(row.value(u"created_at").toString()).hasMatch());
            const QString name = row.value(u"action_name").toString();
            names.insert(name);
            const StaffActionRecord& r = c.staffActions[std::size_t(row.value(u"id").toInt() - 1)];
            QCOMPARE(row.value(u"action").toInt(), r.action);
            QCOMPARE(idOf(row, "acting_user"), r.actingUserId);
            const QString details = row.value(u"details").toString();
            if (name == u"suspend_user") {
                QCOMPARE(details, c.user(r.targetUserId)->user.suspendReason);
                QCOMPARE(idOf(row, "target_user"), r.targetUserId);
            } else if (name == u"silence_user") {
                QCOMPARE(row.value(u"context").toString(),
                         QStringLiteral("silenced_by_staff: ") + details);
            } else if (name == u"delete_post") {
                // log_post_deletion: the post's id only, the post described in details.
                const Id postId = row.value(u"post_id").toInteger();
                QVERIFY(row.value(u"topic_id").isNull() && row.value(u"target_user").isNull());
                QVERIFY2(details.startsWith(QStringLiteral("id: %1\ncreated_at: ").arg(postId)),
                         qPrintable(details));
                QVERIFY(details.contains(
                    QStringLiteral("\npost_number: %1\nraw: ").arg(c.post(postId)->postNumber)));
            } else if (name == u"delete_topic") {
                const Id topicId = row.value(u"topic_id").toInteger();
                QVERIFY(row.value(u"post_id").isNull());
                QVERIFY(details.contains(
                    QStringLiteral("\ntitle: %1\n").arg(c.topic(topicId)->topic.title)));
            } else if (name == u"post_rejected") {
                QVERIFY(row.value(u"post_id").isNull());
                QVERIFY(details.contains(QStringLiteral("\nrejected_at: ")));
            }
        }
        for (const char* name : {"suspend_user", "silence_user", "delete_post"})
            QVERIFY2(names.contains(QLatin1StringView(name)), name);
        QVERIFY(names.contains(u"post_approved"_s) || names.contains(u"post_rejected"_s));

        const QJsonArray actions =
            page.value(u"extras").toObject().value(u"user_history_actions").toArray();
        QStringList ids;
        for (const QJsonValue& a : actions)
            ids << a.toObject().value(u"id").toString();
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(ids, sorted);
        QVERIFY(actions.contains(QJsonObject{{u"id"_s, u"suspend_user"_s}, {u"action_id"_s, 10}}));
        QVERIFY(actions.contains(QJsonObject{{u"id"_s, u"toggle_flag"_s}, {u"action_id"_s, 23}}));
        QVERIFY(!ids.contains(u"custom"_s)); // not a staff action
    }

    void pagesWalkTheWholeLogNewestFirst()
    {
        Client admin(*m_medium, m_medium->adminCredentials());
        const qint64 total = qint64(m_medium->community().staffActions.size());
        std::vector<qint64> ids;
        for (int page = 0;; ++page) {
            const QJsonObject body = logPage(admin, QStringLiteral("limit=50&page=%1").arg(page));
            QCOMPARE(totalOf(body), total);
            const QJsonArray rows = rowsOf(body);
            if (rows.isEmpty())
                break;
            QVERIFY(rows.size() == 50 || ids.size() + rows.size() == std::size_t(total));
            for (const QJsonValue& row : rows)
                ids.push_back(row.toObject().value(u"id").toInteger());
            QVERIFY(page < 1000);
        }
        // Newest first, every id once: N, N - 1, ..., 1.
        QCOMPARE(qint64(ids.size()), total);
        for (std::size_t i = 0; i < ids.size(); ++i)
            QCOMPARE(ids[i], total - qint64(i));
    }

    void limitIsClampedTo1Through200()
    {
        Client admin(*m_medium, m_medium->adminCredentials());
        QJsonObject page = logPage(admin, QStringLiteral("limit=1000"));
        QCOMPARE(rowsOf(page).size(), 200);
        QCOMPARE(page.value(u"load_more_staff_action_logs").toString(),
                 QStringLiteral("/admin/logs/staff_action_logs?page=1&page_size=200"));
        QCOMPARE(rowsOf(logPage(admin, QStringLiteral("limit=0"))).size(), 1);
        QCOMPARE(rowsOf(logPage(admin, QStringLiteral("limit=abc"))).size(), 1);
        QCOMPARE(rowsOf(logPage(admin, QStringLiteral("limit=7&page=2")))
                     .first()
                     .toObject()
                     .value(u"id")
                     .toInteger(),
                 qint64(m_medium->community().staffActions.size()) - 14);
        // The load_more link names page_size, which the controller does not read.
        page = logPage(admin, QStringLiteral("limit=20&page=1"));
        QCOMPARE(page.value(u"load_more_staff_action_logs").toString(),
                 QStringLiteral("/admin/logs/staff_action_logs?page=2&page_size=20"));
        QCOMPARE(rowsOf(logPage(admin, QStringLiteral("page_size=20"))).size(), 200);
    }

    void filters()
    {
        const SandboxCommunity& c = m_medium->community();
        Client admin(*m_medium, m_medium->adminCredentials());
        const auto suspensions = countWhere(c, [](const StaffActionRecord& r) {
            return r.action == UserHistoryAction::SuspendUser;
        });
        QJsonObject page = logPage(admin, QStringLiteral("action_name=suspend_user&limit=200"));
        QCOMPARE(totalOf(page), suspensions);
        for (const QJsonValue& row : rowsOf(page))
            QCOMPARE(row.toObject().value(u"action_name").toString(), u"suspend_user"_s);
        QCOMPARE(
            page.value(u"load_more_staff_action_logs").toString(),
            QStringLiteral(
                "/admin/logs/staff_action_logs?action_name=suspend_user&page=1&page_size=200"));
        QCOMPARE(totalOf(logPage(admin, QStringLiteral("action_id=10"))), suspensions);

        // target_user and acting_user are usernames, in any case.
        const StaffActionRecord& silence = *std::find_if(
            c.staffActions.begin(), c.staffActions.end(),
            [](const StaffActionRecord& r) { return r.action == UserHistoryAction::SilenceUser; });
        const SandboxUser* target = c.user(silence.targetUserId);
        page =
            logPage(admin, QStringLiteral("target_user=%1").arg(target->user.username.toUpper()));
        QCOMPARE(totalOf(page), countWhere(c, [&](const StaffActionRecord& r) {
                     return r.targetUserId == target->user.id;
                 }));
        for (const QJsonValue& row : rowsOf(page))
            QCOMPARE(idOf(row, "target_user"), target->user.id);
        page = logPage(
            admin,
            QStringLiteral("target_user=%1&action_name=silence_user").arg(target->user.username));
        QCOMPARE(totalOf(page), qint64(1));
        QCOMPARE(rowsOf(page).first().toObject().value(u"id").toInteger(), silence.id);
        const SandboxUser* actor = c.user(silence.actingUserId);
        QCOMPARE(
            totalOf(logPage(admin, QStringLiteral("acting_user=%1").arg(actor->user.username))),
            countWhere(
                c, [&](const StaffActionRecord& r) { return r.actingUserId == actor->user.id; }));

        // As UserHistory.with_filters: an unknown username matches nothing; an unknown action
        // name drops the action filter; custom_staff reads action_name as the custom type.
        QCOMPARE(totalOf(logPage(admin, QStringLiteral("target_user=nobody_at_all"))), qint64(0));
        QCOMPARE(totalOf(logPage(admin, QStringLiteral("action_name=no_such_action"))),
                 qint64(c.staffActions.size()));
        QCOMPARE(totalOf(logPage(admin, QStringLiteral("action_id=23&action_name=toggle_flag"))),
                 qint64(0));
        QCOMPARE(totalOf(logPage(admin, QStringLiteral("subject=anything"))), qint64(0));
    }

    void writesAppendToTheHead()
    {
        auto server = startServer();
        const SandboxCommunity& c = server->community();
        Client admin(*server, server->adminCredentials());
        const Id adminId = c.userByName(server->adminCredentials().username)->user.id;
        const qint64 before = qint64(c.staffActions.size());

        const SandboxUser* member = firstRegular(c);
        QVERIFY(member);
        QCOMPARE(admin
                     .put(QStringLiteral("/admin/users/%1/suspend.json").arg(member->user.id),
                          "suspend_until=2027-01-01T00:00:00Z&reason=Abusive+replies"
                          "&message=Please+read+the+guidelines.")
                     .status,
                 200);
        QJsonObject row = head(admin);
        QCOMPARE(row.value(u"id").toInteger(), before + 1);
        QCOMPARE(row.value(u"action_name").toString(), u"suspend_user"_s);
        QCOMPARE(row.value(u"action").toInt(), 10);
        QCOMPARE(row.value(u"details").toString(),
                 u"Abusive replies\n\nPlease read the guidelines."_s);
        QCOMPARE(idOf(row, "acting_user"), adminId);
        QCOMPARE(row.value(u"acting_user").toObject().value(u"username").toString(),
                 server->adminCredentials().username);
        QCOMPARE(idOf(row, "target_user"), member->user.id);
        QVERIFY(QDateTime::fromString(row.value(u"created_at").toString(), Qt::ISODateWithMs) >=
                kNow);

        QCOMPARE(
            admin.put(QStringLiteral("/admin/users/%1/unsuspend.json").arg(member->user.id)).status,
            200);
        row = head(admin);
        QCOMPARE(row.value(u"action_name").toString(), u"unsuspend_user"_s);
        QVERIFY(row.value(u"details").isNull());
        QCOMPARE(admin
                     .put(QStringLiteral("/admin/users/%1/silence.json").arg(member->user.id),
                          "silenced_till=2027-01-01T00:00:00Z&reason=Spam+links")
                     .status,
                 200);
        row = head(admin);
        QCOMPARE(row.value(u"action_name").toString(), u"silence_user"_s);
        QCOMPARE(row.value(u"details").toString(), u"Spam links"_s);
        QCOMPARE(row.value(u"context").toString(), u"silenced_by_staff: Spam links"_s);

        // Deleting someone else's reply logs delete_post; the opening post, delete_topic;
        // recovering it, recover_topic; the staff member's own post, nothing.
        const TopicRecord* topic = nullptr;
        for (const TopicRecord& t : c.topics) {
            const PostRecord& reply = c.posts[std::size_t(t.posts.back())];
            if (t.posts.size() > 2 && !t.topic.isDeleted() && t.topic.userId != adminId &&
                reply.userId != adminId && reply.deletedAt == 0 && !t.topic.isPrivateMessage()) {
                topic = &t;
                break;
            }
        }
        QVERIFY(topic);
        const Id replyId = c.posts[std::size_t(topic->posts.back())].id;
        const Id openingId = c.posts[std::size_t(topic->posts.front())].id;
        QCOMPARE(admin.request("DELETE", QStringLiteral("/posts/%1.json").arg(replyId)).status,
                 200);
        row = head(admin);
        QCOMPARE(row.value(u"action_name").toString(), u"delete_post"_s);
        QCOMPARE(row.value(u"post_id").toInteger(), replyId);
        QVERIFY(
            row.value(u"details").toString().startsWith(QStringLiteral("id: %1\n").arg(replyId)));
        QCOMPARE(admin.request("DELETE", QStringLiteral("/posts/%1.json").arg(openingId)).status,
                 200);
        row = head(admin);
        QCOMPARE(row.value(u"action_name").toString(), u"delete_topic"_s);
        QCOMPARE(row.value(u"topic_id").toInteger(), topic->topic.id);
        QCOMPARE(admin.put(QStringLiteral("/posts/%1/recover.json").arg(openingId)).status, 200);
        row = head(admin);
        QCOMPARE(row.value(u"action_name").toString(), u"recover_topic"_s);
        QCOMPARE(row.value(u"topic_id").toInteger(), topic->topic.id);
        const qint64 logged = totalOf(logPage(admin));
        const auto own = std::find_if(c.posts.begin(), c.posts.end(), [&](const PostRecord& p) {
            return p.userId == adminId && p.deletedAt == 0 && p.postNumber > 1;
        });
        QVERIFY(own != c.posts.end());
        QCOMPARE(admin.request("DELETE", QStringLiteral("/posts/%1.json").arg(own->id)).status,
                 200);
        QCOMPARE(totalOf(logPage(admin)), logged);

        // Queued posts: approving logs the created post, rejecting describes the post instead.
        const ReviewRecord* approve = pendingQueuedPost(c);
        QVERIFY(approve);
        const Id approveId = approve->item.id;
        Response r =
            admin.put(QStringLiteral("/review/%1/perform/approve_post.json").arg(approveId),
                      "version=" + QByteArray::number(approve->item.version));
        QCOMPARE(r.status, 200);
        row = head(admin);
        QCOMPARE(row.value(u"action_name").toString(), u"post_approved"_s);
        QCOMPARE(row.value(u"post_id").toInteger(), c.review(approveId)->createdPostId);
        const ReviewRecord* reject = pendingQueuedPost(c, approveId);
        QVERIFY(reject);
        const QString raw = reject->item.payloadRaw;
        r = admin.put(QStringLiteral("/review/%1/perform/reject_post.json").arg(reject->item.id),
                      "version=" + QByteArray::number(reject->item.version));
        QCOMPARE(r.status, 200);
        row = head(admin);
        QCOMPARE(row.value(u"action_name").toString(), u"post_rejected"_s);
        QVERIFY(row.value(u"post_id").isNull());
        QVERIFY(row.value(u"details").toString().endsWith(QStringLiteral("\nraw: ") + raw));

        // Approving an account names it; deleting one deletes (and logs) each of its posts,
        // then logs delete_user, which names the user in its details only.
        const ReviewRecord* signup = firstPending(c, ReviewableType::User);
        QVERIFY(signup);
        const Id signupUser = signup->item.targetId;
        QCOMPARE(
            admin
                .put(QStringLiteral("/review/%1/perform/approve_user.json").arg(signup->item.id),
                     "version=" + QByteArray::number(signup->item.version))
                .status,
            200);
        row = head(admin);
        QCOMPARE(row.value(u"action_name").toString(), u"approve_user"_s);
        QCOMPARE(idOf(row, "target_user"), signupUser);
        const ReviewRecord* queued = firstPending(c, ReviewableType::QueuedPost);
        QVERIFY(queued);
        const SandboxUser* author = c.user(queued->item.createdById);
        const Id authorId = author->user.id;
        const QString authorName = author->user.username;
        const qint64 livePosts =
            std::count_if(c.posts.begin(), c.posts.end(), [&](const PostRecord& p) {
                return p.userId == authorId && p.deletedAt == 0;
            });
        const qint64 logged2 = totalOf(logPage(admin));
        QCOMPARE(
            admin
                .put(QStringLiteral("/review/%1/perform/delete_user.json").arg(queued->item.id),
                     "version=" + QByteArray::number(queued->item.version))
                .status,
            200);
        const QJsonObject afterDelete = logPage(admin);
        QCOMPARE(totalOf(afterDelete), logged2 + livePosts + 1);
        row = rowsOf(afterDelete).first().toObject();
        QCOMPARE(row.value(u"action_name").toString(), u"delete_user"_s);
        QVERIFY(row.value(u"target_user").isNull());
        QVERIFY(row.value(u"details")
                    .toString()
                    .startsWith(
                        QStringLiteral("id: %1\nusername: %2\n").arg(authorId).arg(authorName)));
        QCOMPARE(idOf(row, "acting_user"), adminId);
        QCOMPARE(totalOf(logPage(admin, QStringLiteral("target_user=%1").arg(authorName))),
                 qint64(0)); // the user is gone
        QCOMPARE(totalOf(logPage(admin)), qint64(c.staffActions.size()));
    }

    void staffReadItOthersDoNot()
    {
        auto server = startServer();
        Client moderator(*server, server->moderatorCredentials());
        const SandboxUser* mod =
            server->community().userByName(server->moderatorCredentials().username);
        QVERIFY(mod && mod->user.moderator && !mod->user.admin);
        const QJsonObject page = logPage(moderator);
        QCOMPARE(totalOf(page), qint64(server->community().staffActions.size()));
        const SandboxUser* regular = firstRegular(server->community());
        QVERIFY(regular);
        Client member(*server, {regular->user.username, server->adminCredentials().key});
        QCOMPARE(member.get(kLog).status, 404); // /admin is mounted for staff only
        const Response anonymous = Client(*server).get(kLog);
        QCOMPARE(anonymous.status, 403);
        QCOMPARE(anonymous.json().value(u"error_type").toString(), u"not_logged_in"_s);
    }

    void theLogSurvivesARestart()
    {
        QTemporaryDir dir;
        ServerOptions options;
        options.dataDirectory = dir.path();
        QByteArray served;
        {
            auto server = startServer(options);
            Client admin(*server, server->adminCredentials());
            const SandboxUser* member = firstRegular(server->community());
            QVERIFY(member);
            QCOMPARE(admin
                         .put(QStringLiteral("/admin/users/%1/silence.json").arg(member->user.id),
                              "silenced_till=2027-01-01T00:00:00Z&reason=Spam+links")
                         .status,
                     200);
            served = admin.get(kLog + u"?limit=5"_s).body;
        }
        auto server = startServer(options);
        Client admin(*server, server->adminCredentials());
        QCOMPARE(admin.get(kLog + u"?limit=5"_s).body, served);
    }

    void cleanupTestCase() { m_medium.reset(); }

private:
    std::unique_ptr<SandboxServer> m_medium;
};

QTEST_GUILESS_MAIN(TestSandboxStaffLog)
#include "tst_sandboxstafflog.moc"
