// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The topic browser's list over a store synced from the small sandbox: each view holds
// exactly the topics the sandbox's own record says it should, search, category subtrees,
// sorting, the in-memory index listing exactly what the SQL reference lists, and the model's
// structure and lazy rows.
#include "models/items/topiclistmodel.h"
#include "models/store/topicindex.h"
#include "models/store/topicqueries.h"
#include "tests/support/synctesting.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace steward;
using namespace steward::testing;

class TestTopicList : public QObject
{
    Q_OBJECT
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<SyncRig> m_rig;

    const sandbox::SandboxCommunity& community() const { return m_server->community(); }

    /// The listed topics by the sandbox's record: regular, not deleted, kept by keep.
    QSet<Id> expected(const std::function<bool(const sandbox::TopicRecord&)>& keep) const
    {
        QSet<Id> out;
        for (const sandbox::TopicRecord& t : community().topics) {
            if (!t.topic.isPrivateMessage() && !t.topic.isDeleted() && keep(t))
                out.insert(t.topic.id);
        }
        return out;
    }

    QSet<Id> listed(topics::View view, Id category = 0, int staleDays = 90)
    {
        topics::Filter f;
        f.view = view;
        f.categoryId = category;
        f.staleDays = staleDays;
        f.nowMs = kNow.toMSecsSinceEpoch();
        QString error;
        const QList<Id> ids = topics::ids(m_rig->database, f, &error);
        [&] { QVERIFY2(error.isEmpty(), qPrintable(error)); }();
        return QSet<Id>(ids.begin(), ids.end());
    }

    bool answered(const sandbox::TopicRecord& t) const
    {
        for (std::size_t n = 1; n < t.posts.size(); ++n) {
            const sandbox::PostRecord& p = community().posts[std::size_t(t.posts[n])];
            if (p.deletedAt == 0 && p.type == PostType::Regular && p.userId != t.topic.userId)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = startSandbox();
        m_rig = std::make_unique<SyncRig>(m_dir.filePath("t.db"), adminSite(*m_server));
        QVERIFY(m_rig->sync());
    }

    void viewsHoldWhatTheSandboxRecorded()
    {
        const QSet<Id> all = expected([](const auto&) { return true; });
        QVERIFY(all.size() > 300);
        QCOMPARE(listed(topics::View::Latest), all);

        const QSet<Id> unanswered = expected([&](const auto& t) { return !answered(t); });
        QVERIFY(!unanswered.isEmpty());
        QCOMPARE(listed(topics::View::Unanswered), unanswered);

        const QSet<Id> unsolved = expected([&](const sandbox::TopicRecord& t) {
            const Category* c = nullptr;
            for (const Category& each : community().categories)
                c = each.id == t.topic.categoryId ? &each : c;
            return !t.topic.closed && !t.topic.hasAcceptedAnswer() && c &&
                   c->acceptedAnswersEnabled;
        });
        QVERIFY(!unsolved.isEmpty());
        QCOMPARE(listed(topics::View::Unsolved), unsolved);

        QCOMPARE(listed(topics::View::Closed),
                 expected([](const auto& t) { return t.topic.closed; }));
        QCOMPARE(listed(topics::View::Archived),
                 expected([](const auto& t) { return t.topic.archived; }));

        QSet<Id> flaggedTopics;
        for (const sandbox::ReviewRecord& r : community().reviews) {
            if (r.item.isPending() && r.item.topicId != 0)
                flaggedTopics.insert(r.item.topicId);
        }
        QVERIFY(!flaggedTopics.isEmpty());
        QCOMPARE(listed(topics::View::Flagged),
                 expected([&](const auto& t) { return flaggedTopics.contains(t.topic.id); }));
    }

    void staleCountsDaysSinceTheLastPost()
    {
        const qint64 cutoff = kNow.toSecsSinceEpoch() - 30 * 24 * 3600;
        const QSet<Id> stale = expected([&](const sandbox::TopicRecord& t) {
            qint64 last = 0;
            for (int index : t.posts)
                last = std::max(last, community().posts[std::size_t(index)].createdAt);
            return !t.topic.closed && !t.topic.archived && last < cutoff;
        });
        QVERIFY(!stale.isEmpty());
        QCOMPARE(listed(topics::View::Stale, 0, 30), stale);
        QVERIFY(listed(topics::View::Stale, 0, 365).size() < stale.size());
    }

    void categoryTakesItsSubcategories()
    {
        const QList<topics::CategoryNode> tree = topics::categoryTree(m_rig->database);
        QCOMPARE(tree.size(), community().categories.size());
        // Parents come before their children.
        QSet<Id> seen{0};
        for (const topics::CategoryNode& c : tree) {
            QVERIFY2(seen.contains(c.parentId), qPrintable(c.name));
            seen.insert(c.id);
        }
        Id parent = 0;
        for (const topics::CategoryNode& c : tree)
            parent = c.parentId != 0 ? c.parentId : parent;
        QVERIFY(parent != 0);
        const QList<Id> kept = topics::withSubcategories(tree, parent);
        QVERIFY(kept.size() >= 2);
        QCOMPARE(listed(topics::View::Latest, parent),
                 expected([&](const auto& t) { return kept.contains(t.topic.categoryId); }));
    }

    void searchFindsTitlesAndPostText()
    {
        const sandbox::TopicRecord& t = community().topics[10];
        const QString word = t.topic.title.split(u' ').value(1);
        topics::Filter f;
        f.search = t.topic.title.left(12);
        QVERIFY(topics::ids(m_rig->database, f).contains(t.topic.id));
        f.search = QStringLiteral("\"unbalanced");
        QString error;
        topics::ids(m_rig->database, f, &error); // quotes in input are text, not syntax
        QVERIFY2(error.isEmpty(), qPrintable(error));
        f.search = QStringLiteral("zzzqqqxxx");
        QVERIFY(topics::ids(m_rig->database, f).isEmpty());
        QVERIFY(!word.isEmpty());
    }

    /// Every view, order and direction, all categories and one subtree, with and without a
    /// search: the index lists what topics::ids() lists, in its order.
    void compareIndexWithSql(const TopicIndex& index, const char* when)
    {
        Id parent = 0;
        for (const topics::CategoryNode& c : topics::categoryTree(m_rig->database))
            parent = c.parentId != 0 ? c.parentId : parent;
        const Database& db = m_rig->database;
        for (const QString& search : {QString(), QStringLiteral("sync")}) {
            const std::optional<QSet<Id>> hits = TopicIndex::searchHits(db, search, nullptr);
            for (int view = 0; view < topics::ViewCount; ++view)
                for (auto sort :
                     {topics::Sort::Activity, topics::Sort::Created, topics::Sort::Replies,
                      topics::Sort::Views, topics::Sort::Likes, topics::Sort::Title})
                    for (bool descending : {true, false})
                        for (Id category : {Id(0), parent}) {
                            topics::Filter f;
                            f.view = topics::View(view);
                            f.sort = sort;
                            f.descending = descending;
                            f.categoryId = category;
                            f.search = search;
                            f.nowMs = kNow.toMSecsSinceEpoch();
                            const QList<Id> sql = topics::ids(db, f);
                            const QList<Id> memory = index.ids(db, f, hits ? &*hits : nullptr);
                            QVERIFY2(memory == sql,
                                     qPrintable(QStringLiteral("%1: view %2 sort %3 %4 category %5 "
                                                               "search '%6': %7 vs %8 topics")
                                                    .arg(QLatin1StringView(when))
                                                    .arg(view)
                                                    .arg(int(sort))
                                                    .arg(descending ? u"desc" : u"asc")
                                                    .arg(category)
                                                    .arg(search)
                                                    .arg(memory.size())
                                                    .arg(sql.size())));
                        }
        }
    }

    void theIndexListsWhatSqlLists()
    {
        TopicIndex index;
        QString error;
        QVERIFY2(index.load(m_rig->database, &error), qPrintable(error));
        QCOMPARE(qsizetype(index.size()), expected([](const auto&) { return true; }).size());
        const QHash<Id, int> counts = index.countByCategory();
        for (const Category& c : community().categories)
            QCOMPARE(counts.value(c.id), int(expected([&](const auto& t) {
                                                 return t.topic.categoryId == c.id;
                                             }).size()));
        compareIndexWithSql(index, "loaded");
        if (QTest::currentTestFailed())
            return;
        // Changes: one topic closed and retitled, one deleted, a reply that answers another.
        QList<Topic> changed;
        for (const sandbox::TopicRecord& each : community().topics)
            if (!each.topic.closed && !each.topic.isDeleted() && !each.topic.isPrivateMessage() &&
                changed.size() < 2)
                changed.append(each.topic);
        const QList<Topic> original = changed;
        changed[0].closed = true;
        changed[0].title = QStringLiteral("Aaaa renamed to sort first");
        changed[1].deletedAt = kNow;
        QVERIFY(m_rig->store.begin());
        QVERIFY(m_rig->store.upsertTopics(changed));
        QVERIFY(m_rig->store.commit());
        QVERIFY2(index.update(m_rig->database, {changed[0].id, changed[1].id}, &error),
                 qPrintable(error));
        QCOMPARE(qsizetype(index.size()), expected([](const auto&) { return true; }).size() - 1);
        compareIndexWithSql(index, "updated");
        QVERIFY(m_rig->store.begin()); // as the sandbox has them, for the tests after this one
        QVERIFY(m_rig->store.upsertTopics(original));
        QVERIFY(m_rig->store.commit());
    }

    void theModelWaitsWhilePostsAreBulkLoaded()
    {
        TopicListModel model(m_rig->store);
        topics::Filter f;
        f.view = topics::View::Closed;
        model.setFilter(f);
        const int before = model.rowCount();
        Topic t;
        for (const sandbox::TopicRecord& each : community().topics)
            t = t.id == 0 && !each.topic.closed && !each.topic.isDeleted() &&
                        !each.topic.isPrivateMessage()
                    ? each.topic
                    : t;
        const Topic original = t;
        t.closed = true;
        QVERIFY(m_rig->store.beginBulkLoad()); // the first walk over all posts
        QVERIFY(!m_rig->store.hasPostIndexes());
        QVERIFY(m_rig->store.begin());
        QVERIFY(m_rig->store.upsertTopics({t}));
        QVERIFY(m_rig->store.commit());
        model.reload();
        QCOMPARE(model.rowCount(), before); // the index waits for the posts' indexes
        QVERIFY(m_rig->store.createPostIndexes());
        model.reload();
        QCOMPARE(model.rowCount(), before + 1);
        QVERIFY(model.rowOf(t.id) >= 0);
        QVERIFY(m_rig->store.begin());
        QVERIFY(m_rig->store.upsertTopics({original}));
        QVERIFY(m_rig->store.commit());
    }

    void modelSortsInSqlAndReadsRowsLazily()
    {
        TopicListModel model(m_rig->store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), expected([](const auto&) { return true; }).size());
        model.sort(TopicListModel::Views, Qt::DescendingOrder);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.row(r - 1)->views >= model.row(r)->views);
        model.sort(TopicListModel::Title, Qt::AscendingOrder);
        QVERIFY(model.row(0)->title.compare(model.row(model.rowCount() - 1)->title,
                                            Qt::CaseInsensitive) <= 0);
        const Id id = model.idAt(5);
        QCOMPARE(model.data(model.index(5, TopicListModel::Title)).toString(),
                 community().topics[std::size_t(id - 1)].topic.title);
        QCOMPARE(model.rowOf(id), 5);
    }

    void modelFollowsTheStore()
    {
        TopicListModel model(m_rig->store);
        topics::Filter f;
        f.view = topics::View::Closed;
        model.setFilter(f);
        const int before = model.rowCount();
        QSignalSpy reloaded(&model, &TopicListModel::reloaded);
        Topic t;
        for (const sandbox::TopicRecord& each : community().topics)
            t = t.id == 0 && !each.topic.closed && !each.topic.isDeleted() &&
                        !each.topic.isPrivateMessage()
                    ? each.topic
                    : t;
        QVERIFY(t.id != 0);
        t.closed = true;
        QVERIFY(m_rig->store.begin());
        QVERIFY(m_rig->store.upsertTopics({t}));
        QVERIFY(m_rig->store.commit());
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(model.rowCount(), before + 1);
        QVERIFY(model.rowOf(t.id) >= 0);
        QVERIFY(model.data(model.index(model.rowOf(t.id), TopicListModel::Status))
                    .toString()
                    .contains(u"closed"));
    }
};

QTEST_GUILESS_MAIN(TestTopicList)
#include "tst_topiclist.moc"
