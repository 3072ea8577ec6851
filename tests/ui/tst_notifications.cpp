// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop notifications for new high-priority queue items, over a private D-Bus session
// bus (dbus-daemon, started here) on which this test plays the desktop's notification
// service: what arrives of high priority is announced once, its "Open" action selects the
// item, and low-priority arrivals stay quiet.
#include "app/session/communitysession.h"
#include "models/items/queuemodel.h"
#include "models/store/store.h"
#include "models/sync/syncengine.h"
#include "tests/support/sessionbus.h"
#include "tests/support/synctesting.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/queue/queuepane.h"
#include "ui/widgets/desktopnotifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

/// The desktop's side of org.freedesktop.Notifications: records what it is asked to show.
class NotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Shown
    {
        QString summary, body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Shown> shown;

public Q_SLOTS:
    uint Notify(const QString&, uint, const QString&, const QString& summary, const QString& body,
                const QStringList& actions, const QVariantMap& hints, int)
    {
        shown.append({summary, body, actions, hints});
        return uint(shown.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString& actionKey);
};

namespace {

Reviewable item(Id id, double score, Id postId = 0)
{
    Reviewable r;
    r.id = id;
    r.type = ReviewableType::FlaggedPost;
    r.typeName = reviewableTypeName(r.type);
    r.status = ReviewableStatus::Pending;
    r.score = score;
    r.createdAt = QDateTime::currentDateTimeUtc();
    r.targetId = postId;
    r.targetCreatedById = postId ? 5 : 0;
    return r;
}

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    NotificationService m_service;
    std::unique_ptr<CommunitySession> m_session;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        findNotifyConfigBesideBinary(); // the build's share/knotifications6/steward.notifyrc
        QDBusConnection desktop = QDBusConnection::connectToBus(
            qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("desktop"));
        QVERIFY2(desktop.isConnected(), "no session bus");
        QVERIFY(desktop.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_service,
                                       QDBusConnection::ExportAllSlots |
                                           QDBusConnection::ExportAllSignals));
        QVERIFY(desktop.registerService(QStringLiteral("org.freedesktop.Notifications")));

        m_session = std::make_unique<CommunitySession>();
        QString error;
        QVERIFY2(m_session->open(SiteConnection{QUrl(QStringLiteral("https://forum.invalid")),
                                                QStringLiteral("mod"), QStringLiteral("k"), 60},
                                 m_dir.filePath(QStringLiteral("n.db")), &error),
                 qPrintable(error));
        Store& store = m_session->store();
        QList<Reviewable> backlog;
        for (int i = 1; i <= 30; ++i)
            backlog.append(item(i, i));
        QVERIFY(store.begin() && store.upsertReviewables(backlog) && store.commit());
        m_window = std::make_unique<MainWindow>();
        m_window->attachCommunity(QStringLiteral("Example Forum"), store, m_session->outbox(),
                                  m_session->sync());
        m_window->setPollInterval(0);
        QVERIFY(m_window->notifier()->isAvailable());
    }

    void highPriorityArrivalsAreAnnouncedOnce()
    {
        User author;
        author.id = 5;
        author.username = QStringLiteral("spambot");
        Post post;
        post.id = 900;
        post.topicId = 1;
        post.postNumber = 2;
        post.userId = 5;
        post.createdAt = QDateTime::currentDateTimeUtc();
        post.raw = QStringLiteral("Cheap licence keys here");
        post.cooked = QStringLiteral("<p>Cheap licence keys here</p>");
        Topic topic;
        topic.id = 1;
        topic.title = QStringLiteral("Keys");
        Store& store = m_session->store();
        QVERIFY(store.begin());
        QVERIFY(store.upsertUsers({author}, UserDetail::Full) && store.upsertTopics({topic}) &&
                store.upsertPosts({post}));
        QVERIFY(store.upsertReviewables({item(101, 80, 900), item(102, 60), item(103, 2)}));
        QVERIFY(store.commit());
        QTRY_COMPARE(m_service.shown.size(), 1);
        const NotificationService::Shown& shown = m_service.shown.first();
        QCOMPARE(shown.summary, QStringLiteral("2 new high-priority items in Example Forum"));
        QVERIFY2(shown.body.contains(QStringLiteral("spambot")) &&
                     shown.body.contains(QStringLiteral("Cheap licence keys")),
                 qPrintable(shown.body));
        QVERIFY(shown.actions.contains(QStringLiteral("default")));
        QCOMPARE(shown.hints.value(QStringLiteral("urgency")).toInt(), 2);

        // Choosing the notification opens the item it announced.
        m_window->queuePane()->selectItem(5);
        Q_EMIT m_service.ActionInvoked(1, QStringLiteral("default"));
        QTRY_COMPARE(m_window->queuePane()->currentId(), Id(101));
    }

    void lowPriorityArrivalsStayQuiet()
    {
        const qsizetype before = m_service.shown.size();
        QSignalSpy announced(&m_window->queuePane()->model(), &QueueModel::highPriorityArrived);
        Store& store = m_session->store();
        QVERIFY(store.begin() && store.upsertReviewables({item(104, 1.5), item(105, 3)}) &&
                store.commit());
        // The queue takes a commit's rows as it is made: by now it has them and said nothing.
        QVERIFY(m_window->queuePane()->model().rowOf(105) >= 0);
        QCOMPARE(announced.count(), 0);
        QCOMPARE(m_service.shown.size(), before);
    }

    void aFirstSyncsBacklogIsNotAnnounced()
    {
        // A new community synced for the first time: its high-priority backlog is the
        // queue itself, not news.
        const auto server = testing::startSandbox();
        CommunitySession session;
        QString error;
        QVERIFY2(session.open(testing::adminSite(*server),
                              m_dir.filePath(QStringLiteral("first.db")), &error),
                 qPrintable(error));
        MainWindow window;
        window.attachCommunity(QStringLiteral("Fresh Forum"), session.store(), session.outbox(),
                               session.sync());
        window.setPollInterval(0);
        const qsizetype before = m_service.shown.size();
        QSignalSpy synced(&session.sync(), &SyncEngine::finished);
        session.sync().start();
        QVERIFY(synced.wait(60000));
        QVERIFY(synced.first().first().toBool());
        QVERIFY(window.queuePane()->model().rowCount() > 0); // taken as each page committed
        QCOMPARE(m_service.shown.size(), before);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }
};

int main(int argc, char* argv[])
{
    // A session bus of the test's own, before anything in Qt looks for one.
    steward::testing::PrivateSessionBus bus;
    if (!bus.start()) {
        fprintf(stderr, "cannot start dbus-daemon\n");
        return 1;
    }
    int status = 0;
    {
        QApplication app(argc, argv);
        TestNotifications test;
        status = QTest::qExec(&test, argc, argv);
    }
    return status;
}

#include "tst_notifications.moc"
