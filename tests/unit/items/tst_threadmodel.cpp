// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The thread view's model over a copy synced from the small sandbox: well-formed (checked by
// QAbstractItemModelTester), a page at a time in post order, and honest about a topic it lacks.
#include "models/items/threadmodel.h"
#include "tests/support/synctesting.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace steward;
using namespace steward::testing;

class TestThreadModel : public QObject
{
    Q_OBJECT
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<SyncRig> m_rig;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = startSandbox();
        m_rig = std::make_unique<SyncRig>(m_dir.filePath("t.db"), adminSite(*m_server));
        QVERIFY(m_rig->sync());
    }

    void aLongThreadComesAPageAtATimeInOrder()
    {
        // The longest stored thread.
        QHash<Id, int> postsOf;
        for (const sandbox::PostRecord& p : m_server->community().posts)
            if (p.deletedAt == 0)
                ++postsOf[p.topicId];
        Id longest = 0;
        for (auto it = postsOf.cbegin(); it != postsOf.cend(); ++it)
            if (longest == 0 || it.value() > postsOf.value(longest))
                longest = it.key();
        QVERIFY2(postsOf.value(longest) > ThreadModel::PageSize,
                 "the small sandbox has a thread longer than a page");

        ThreadModel model(m_rig->database);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.showTopic(longest);
        QVERIFY(model.hasTopic());
        QCOMPARE(model.rowCount(), ThreadModel::PageSize);
        QVERIFY(model.hasMore());
        while (model.hasMore())
            model.loadMore();
        QVERIFY(inserted.count() >= 1);
        QVERIFY(model.rowCount() > ThreadModel::PageSize);
        int previous = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const int number = model.index(row).data(ThreadModel::PostNumberRole).toInt();
            QVERIFY2(number > previous, "posts in post order");
            previous = number;
        }
        const int loaded = model.rowCount();
        model.refresh(); // keeps what was loaded
        QCOMPARE(model.rowCount(), loaded);
        QCOMPARE(model.index(0).data(ThreadModel::PostIdRole).value<Id>(),
                 model.posts().first().post.id);
    }

    void aTopicNotStoredIsEmptyNotAnError()
    {
        ThreadModel model(m_rig->database);
        model.showTopic(987654321);
        QVERIFY(!model.hasTopic());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.hasMore());
        QVERIFY(!model.loadMore());
        QVERIFY(model.pendingOperations().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestThreadModel)
#include "tst_threadmodel.moc"
