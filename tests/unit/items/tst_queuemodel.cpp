// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The queue's models over a store synced from the small sandbox: structure (checked by
// QAbstractItemModelTester), what each filter keeps, full-text search, sorting, and the
// outbox's decisions showing in the status column.
#include "models/items/queuefiltermodel.h"
#include "models/items/queuemodel.h"
#include "models/store/reviewqueries.h"
#include "models/sync/moderationaction.h"
#include "models/sync/outbox.h"
#include "tests/support/synctesting.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace steward;
using namespace steward::testing;
using steward::sandbox::ReviewRecord;

class TestQueueModel : public QObject
{
    Q_OBJECT
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<SyncRig> m_rig;

    int countWhere(const std::function<bool(const ReviewRecord&)>& keep) const
    {
        int n = 0;
        for (const ReviewRecord& r : m_server->community().reviews)
            n += keep(r) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = startSandbox();
        m_rig = std::make_unique<SyncRig>(m_dir.filePath("q.db"), adminSite(*m_server));
        QVERIFY(m_rig->sync());
    }

    void modelsAreWellFormed()
    {
        QueueModel model(m_rig->store);
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QueueFilterModel filter(model);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), int(m_server->community().reviews.size()));
        QueueFilter all;
        all.statuses.clear();
        filter.setFilter(all);
        filter.sort(QueueModel::Age, Qt::AscendingOrder);
        filter.sort(QueueModel::Priority, Qt::DescendingOrder);
        model.reload(); // same ids: an in-place update
        QCOMPARE(filter.rowCount(), model.rowCount());
    }

    void rowsCarryWhatTheTableShows()
    {
        QueueModel model(m_rig->store);
        model.reload();
        int withExcerpt = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QueueRow* r = model.rowData(row);
            QVERIFY(r->id > 0);
            QVERIFY2(!model.rowText(row).author.isEmpty(), qPrintable(QString::number(r->id)));
            if (r->type == ReviewableType::FlaggedPost) {
                QVERIFY(!r->reasons.isEmpty());
                QVERIFY(r->targetPostId > 0);
                withExcerpt +=
                    model.rowText(row).excerpt.isEmpty() || r->status != ReviewableStatus::Pending
                        ? 0
                        : 1;
                // As a reader sees the post: no markup of the cooked HTML or of Markdown.
                const QString& excerpt = model.rowText(row).excerpt;
                for (const char* markup : {"<p>", "</", "&amp;", "**", "[quote", "<aside"})
                    QVERIFY2(!excerpt.contains(QLatin1StringView(markup)), qPrintable(excerpt));
            }
        }
        // Every pending flagged post's text is in the local copy (handled ones may be in
        // topics deleted since, which no listing shows).
        const int flagged = countWhere([](const ReviewRecord& r) {
            return r.item.isPending() && r.item.type == ReviewableType::FlaggedPost;
        });
        QVERIFY(flagged > 0);
        QCOMPARE(withExcerpt, flagged);
        // Newest first, as a moderator opens it.
        QVERIFY(model.rowData(0)->createdAtMs >= model.rowData(model.rowCount() - 1)->createdAtMs);
    }

    void filtersKeepExactlyTheirItems()
    {
        QueueModel model(m_rig->store);
        model.reload();
        QueueFilterModel filter(model);
        const int pending = countWhere([](const ReviewRecord& r) { return r.item.isPending(); });
        QCOMPARE(filter.rowCount(), pending); // the default view: pending only

        QueueFilter f;
        f.types = {int(ReviewableType::FlaggedPost)};
        filter.setFilter(f);
        QCOMPARE(filter.rowCount(), countWhere([](const ReviewRecord& r) {
                     return r.item.isPending() && r.item.type == ReviewableType::FlaggedPost;
                 }));

        f = {};
        f.reasonTypeId = ScoreTypeId::Spam;
        filter.setFilter(f);
        QCOMPARE(filter.rowCount(), countWhere([](const ReviewRecord& r) {
                     return r.item.isPending() &&
                            std::any_of(r.item.scores.cbegin(), r.item.scores.cend(),
                                        [](const ReviewableScore& s) {
                                            return s.scoreTypeId == ScoreTypeId::Spam;
                                        });
                 }));

        f = {};
        f.statuses = {int(ReviewableStatus::Rejected)};
        filter.setFilter(f);
        QCOMPARE(filter.rowCount(), countWhere([](const ReviewRecord& r) {
                     return r.item.status == ReviewableStatus::Rejected;
                 }));

        f = {};
        f.minPriority = int(ReviewPriority::High);
        filter.setFilter(f);
        for (int row = 0; row < filter.rowCount(); ++row)
            QCOMPARE(filter.index(row, QueueModel::Priority).data().toString(),
                     QStringLiteral("high"));
        QVERIFY(filter.rowCount() > 0 && filter.rowCount() < pending);
    }

    void searchFindsWordsOfThePostAndNames()
    {
        QueueModel model(m_rig->store);
        model.reload();
        QueueFilterModel filter(model);
        QueueFilter f;
        f.statuses.clear();
        // A word from one flagged post's text finds that item.
        const QueueRow* target = nullptr;
        QueueRowText text;
        for (int row = 0; row < model.rowCount() && !target; ++row)
            if (model.rowData(row)->type == ReviewableType::FlaggedPost &&
                model.rowText(row).excerpt.size() > 30) {
                target = model.rowData(row);
                text = model.rowText(row);
            }
        QVERIFY(target);
        QString word;
        for (const QString& w : text.excerpt.split(u' ', Qt::SkipEmptyParts))
            if (w.size() > word.size() &&
                std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); }))
                word = w;
        QVERIFY(word.size() >= 4);
        f.search = word.left(word.size() - 1); // the last word matches as a prefix
        filter.setFilter(f);
        bool found = false;
        for (int row = 0; row < filter.rowCount(); ++row)
            found =
                found || filter.index(row, 0).data(QueueModel::IdRole).toLongLong() == target->id;
        QVERIFY2(found, qPrintable(f.search));
        QVERIFY(filter.rowCount() < model.rowCount());

        f.search = text.author;
        filter.setFilter(f);
        QVERIFY(filter.rowCount() >= 1);
        f.search = QStringLiteral("\"unbalanced OR NOT (");
        filter.setFilter(f); // operators in input are words, never FTS syntax errors
        QCOMPARE(filter.rowCount(), 0);
    }

    void searchFindsSubstringsOfTitlesAndNamesAsTheyChange()
    {
        QueueModel model(m_rig->store);
        model.reload();
        QueueFilterModel filter(model);
        QueueFilter f;
        f.statuses.clear();
        int row = 0;
        while (row < model.rowCount() &&
               (model.rowData(row)->topicId == 0 || model.rowText(row).topicTitle.size() < 12))
            ++row;
        QVERIFY(row < model.rowCount());
        const QueueRow target = *model.rowData(row);
        const QString title = model.rowText(row).topicTitle;
        auto shownIds = [&filter] {
            QSet<Id> ids;
            for (int r = 0; r < filter.rowCount(); ++r)
                ids.insert(filter.index(r, 0).data(QueueModel::IdRole).toLongLong());
            return ids;
        };
        // The middle of a title, cut inside words and in another case, finds the item.
        f.search = title.mid(2, 8).toUpper();
        filter.setFilter(f);
        QVERIFY2(shownIds().contains(target.id), qPrintable(f.search));

        // A renamed topic is found by its new title and no longer by the old one.
        QSqlQuery rename(m_rig->database.connection());
        QVERIFY(rename.prepare(QStringLiteral("UPDATE topics SET title = ? WHERE id = ?")));
        rename.addBindValue(QStringLiteral("Zqxwv renamed topic"));
        rename.addBindValue(target.topicId);
        QVERIFY(rename.exec());
        f.search = QStringLiteral("qxwv rena");
        filter.setFilter(f);
        QVERIFY(shownIds().contains(target.id));
        for (Id id : shownIds())
            QCOMPARE(model.rowData(model.rowOf(id))->topicId, target.topicId);
        QVERIFY(
            !reviewqueries::namesMatching(m_rig->database, title).topics.contains(target.topicId));
        rename.bindValue(0, title);
        QVERIFY(rename.exec());

        // A user's name, by a part of it.
        const QString author = model.rowText(row).author;
        QVERIFY(author.size() >= 3);
        f.search = author.mid(1);
        filter.setFilter(f);
        QVERIFY(shownIds().contains(target.id));
    }

    void sortingByPriorityPutsTheHighestScoreFirst()
    {
        QueueModel model(m_rig->store);
        model.reload();
        QueueFilterModel filter(model);
        filter.sort(QueueModel::Priority, Qt::DescendingOrder);
        double last = 1e9;
        for (int row = 0; row < filter.rowCount(); ++row) {
            const double score = filter.index(row, 0).data(QueueModel::ScoreRole).toDouble();
            QVERIFY(score <= last);
            last = score;
        }
        filter.sort(QueueModel::Age, Qt::DescendingOrder); // oldest first
        QVERIFY(
            filter.index(0, 0).data(QueueModel::CreatedAtRole).toLongLong() <=
            filter.index(filter.rowCount() - 1, 0).data(QueueModel::CreatedAtRole).toLongLong());
    }

    void decisionsShowInTheStatusColumn()
    {
        QueueModel model(m_rig->store);
        model.reload();
        Outbox outbox(m_rig->client, m_rig->store, m_server->adminCredentials().username);
        outbox.setUndoWindowMs(60000);
        const QueueRow* row = nullptr;
        for (int i = 0; i < model.rowCount() && !row; ++i)
            if (model.rowData(i)->status == ReviewableStatus::Pending)
                row = model.rowData(i);
        QVERIFY(row);
        const int at = model.rowOf(row->id);
        const std::optional<Id> entry =
            outbox.submit(actions::performReview(row->id, QStringLiteral("ignore"), row->version));
        QVERIFY(entry);
        QTRY_COMPARE(model.index(at, QueueModel::Status).data(QueueModel::DecisionRole).toString(),
                     QStringLiteral("pending"));
        QVERIFY(model.index(at, QueueModel::Status).data().toString().contains(u"sending"));
        QVERIFY(outbox.undo(*entry));
        QTRY_VERIFY(model.index(at, QueueModel::Status)
                        .data(QueueModel::DecisionRole)
                        .toString()
                        .isEmpty());
    }

    void agesAreColouredByThresholds()
    {
        QueueModel model(m_rig->store);
        model.reload();
        const qint64 created = model.rowData(0)->createdAtMs;
        model.setAgeThresholds({2, 10});
        model.setNow(QDateTime::fromMSecsSinceEpoch(created + 3600 * 1000));
        QCOMPARE(model.index(0, QueueModel::Age).data(QueueModel::AgeLevelRole).toInt(), 0);
        QCOMPARE(model.index(0, QueueModel::Age).data().toString(), QStringLiteral("1 h"));
        model.setNow(QDateTime::fromMSecsSinceEpoch(created + 3 * 3600 * 1000));
        QCOMPARE(model.index(0, QueueModel::Age).data(QueueModel::AgeLevelRole).toInt(), 1);
        model.setNow(QDateTime::fromMSecsSinceEpoch(created + 3 * 24 * 3600 * 1000));
        QCOMPARE(model.index(0, QueueModel::Age).data(QueueModel::AgeLevelRole).toInt(), 2);
        QCOMPARE(model.index(0, QueueModel::Age).data().toString(), QStringLiteral("3 d"));
    }

    // Last: it adds an item to the shared copy.
    void aSyncPageChangesRowsInPlaceWithoutAReset()
    {
        QueueModel model(m_rig->store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        const int before = model.rowCount();
        const QueueRow* first = model.rowData(0);
        QVERIFY(first);
        const Id changedId = first->id;
        std::optional<Reviewable> changed =
            reviewqueries::reviewable(m_rig->store.database(), changedId);
        QVERIFY(changed);
        changed->claimedById = 1;
        Reviewable arrived = *changed;
        arrived.id = 9'000'001;
        arrived.createdAt = changed->createdAt.addSecs(60);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy updated(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(m_rig->store.begin() && m_rig->store.upsertReviewables({*changed, arrived}) &&
                m_rig->store.commit());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.rowData(model.rowOf(arrived.id))->id, arrived.id);
        QCOMPARE(model.rowOf(changedId), 0); // where it was
        QCOMPARE(model.rowData(0)->claimedById, Id(1));
        QVERIFY(std::any_of(updated.cbegin(), updated.cend(), [](const QList<QVariant>& args) {
            return args.at(0).toModelIndex().row() == 0;
        }));
    }
};

QTEST_GUILESS_MAIN(TestQueueModel)
#include "tst_queuemodel.moc"
