// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every KPI against values worked out by hand on a small community built to hold the edges of
// each definition: self-replies, whispers, small actions, deleted posts and topics, private
// messages, a reply stamped at the topic's own time, topics on the range's edges, time zones.
#include "models/analytics/definitions.h"
#include "models/analytics/report.h"
#include "models/analytics/reportexport.h"
#include "models/analytics/stats.h"
#include "models/domain/reviewable.h"
#include "tests/unit/analytics/kpibuilder.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace steward;
using namespace steward::analytics;
using steward::testing::at;

namespace {

constexpr Id kStaff = 9;

Dataset community()
{
    testing::KpiBuilder b;
    b.user(1, false)
        .user(2, false)
        .user(3, false)
        .user(kStaff, true)
        .user(10, false, "2026-03-05T08:00:00Z")
        .user(11, false, "2026-02-10T08:00:00Z");
    b.category(1).category(2, 1).category(3, 0, false);
    // T1: self-reply, staff whisper, small action, deleted reply, then the first real reply (2 h).
    b.topic(1, 1, 1, "2026-03-10T10:00:00Z", true, false, 105)
        .post(101, 1, 1, "2026-03-10T10:30:00Z")
        .post(102, 1, kStaff, "2026-03-10T11:00:00Z", PostType::Whisper)
        .post(103, 1, kStaff, "2026-03-10T11:10:00Z", PostType::SmallAction)
        .post(104, 1, 2, "2026-03-10T11:20:00Z", PostType::Regular, true)
        .post(105, 1, 3, "2026-03-10T12:00:00Z", PostType::Regular, false, 4, true)
        .post(106, 1, kStaff, "2026-03-10T14:00:00Z", PostType::Regular, false, 1);
    // T2: a private message; T3: a deleted topic. Neither counts anywhere.
    b.topic(2, 0, 1, "2026-03-11T10:00:00Z", false).post(201, 2, 2, "2026-03-11T11:00:00Z");
    b.topic(3, 1, 1, "2026-03-12T10:00:00Z", false).post(301, 3, 2, "2026-03-12T11:00:00Z");
    // T4: only its author: unanswered.
    b.topic(4, 3, 2, "2026-03-13T08:00:00Z").post(401, 4, 2, "2026-03-13T09:00:00Z");
    // T5 (a subcategory): staff reply after 30 min, closed a day after creation.
    b.topic(5, 2, 1, "2026-03-14T09:00:00Z", true, true)
        .post(501, 5, kStaff, "2026-03-14T09:30:00Z")
        .post(502, 5, kStaff, "2026-03-15T09:00:00Z", PostType::SmallAction);
    // T6: a reply stamped at the topic's own time: answered, but no positive response time.
    b.topic(6, 3, 2, "2026-03-15T12:00:00Z").post(601, 6, 3, "2026-03-15T12:00:00Z");
    // T7 starts exactly at the range's end, T8 exactly at its start.
    b.topic(7, 1, 3, "2026-04-01T00:00:00Z").post(701, 7, 2, "2026-04-01T01:00:00Z");
    b.topic(8, 1, 3, "2026-03-01T00:00:00Z").post(801, 8, 2, "2026-03-01T03:00:00Z");
    // T9: half an hour before March in UTC, but in March in Berlin.
    b.topic(9, 1, 2, "2026-02-28T23:30:00Z").post(901, 9, kStaff, "2026-03-01T01:30:00Z");
    // T10: its accepted answer was deleted: unsolved; first response the later reply (6 h).
    b.topic(10, 1, 1, "2026-03-20T10:00:00Z", true, false, 1001)
        .post(1001, 10, 2, "2026-03-20T15:00:00Z", PostType::Regular, true, 0, true)
        .post(1002, 10, 2, "2026-03-20T16:00:00Z");

    b.review(50, int(ReviewableStatus::Approved), "2026-03-02T00:00:00Z", "2026-03-02T06:00:00Z",
             kStaff, 1)
        .review(51, int(ReviewableStatus::Pending), "2026-03-20T00:00:00Z", nullptr, 0, 3)
        .review(52, int(ReviewableStatus::Rejected), "2026-03-25T00:00:00Z", "2026-03-26T08:00:00Z",
                kStaff, 1)
        .review(53, int(ReviewableStatus::Ignored), "2026-02-20T00:00:00Z", "2026-02-21T00:00:00Z",
                kStaff, 1);
    b.flag(0, ScoreTypeId::Spam, int(ScoreStatus::Agreed), "2026-03-02T00:00:00Z",
           "2026-03-02T06:00:00Z")
        .flag(0, ScoreTypeId::Spam, int(ScoreStatus::Agreed), "2026-03-02T00:00:00Z")
        .flag(1, ScoreTypeId::OffTopic, int(ScoreStatus::Pending), "2026-03-20T00:00:00Z")
        .flag(2, ScoreTypeId::Inappropriate, int(ScoreStatus::Disagreed), "2026-03-25T00:00:00Z",
              "2026-03-26T12:00:00Z")
        .flag(3, ScoreTypeId::Spam, int(ScoreStatus::Ignored), "2026-02-20T00:00:00Z",
              "2026-02-21T00:00:00Z");
    b.d.audit = {
        {at("2026-03-05T00:00:00Z"), QStringLiteral("User9"), QStringLiteral("approve"), true},
        {at("2026-03-06T00:00:00Z"), QStringLiteral("user9"), QStringLiteral("approve"), false},
        {at("2026-03-07T00:00:00Z"), QStringLiteral("ghost"), QStringLiteral("reject"), true}};
    return b.done();
}

Query march(ResponseDefinition definition = ResponseDefinition::Discourse)
{
    Query q;
    q.from = QDate(2026, 3, 1);
    q.to = QDate(2026, 3, 31);
    q.definition = definition;
    q.top = 3;
    return q;
}

} // namespace

class TestKpis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstResponseDiscourse()
    {
        const Report r = computeReport(community(), march());
        // T1 2 h, T5 0.5 h, T8 3 h, T10 6 h; T4 unanswered and T6 (zero gap) drop out.
        QCOMPARE(r.response.hours.count, 4);
        QCOMPARE(r.response.hours.mean, 2.875);
        QCOMPARE(r.response.hours.median, 2.5);
        QCOMPARE(r.response.hours.p90, 5.1);
        QCOMPARE(r.response.withoutResponse, 2);
        QCOMPARE(r.response.staffFirst, 1);
        QCOMPARE(r.response.communityFirst, 3);
        QCOMPARE(r.response.communityShare, 0.75);
        // February: T9, answered by staff after 2 h.
        QCOMPARE(r.response.previousHours.count, 1);
        QCOMPARE(r.response.previousHours.median, 2.0);
        QCOMPARE(r.response.previousCommunityShare, 0.0);
        // By the day of creation: 10 March holds T1 only.
        QCOMPARE(r.response.buckets[9].start, QDate(2026, 3, 10));
        QCOMPARE(r.response.buckets[9].hours.count, 1);
        QCOMPARE(r.response.buckets[9].hours.median, 2.0);
        // Histogram: [0,1) T5; [2,4) T8 and T1, oldest first; [4,8) T10.
        QCOMPARE(r.response.histogram[0].topics, QList<Id>{5});
        QCOMPARE(r.response.histogram[1].topics, QList<Id>{});
        QCOMPARE(r.response.histogram[2].topics, (QList<Id>{8, 1}));
        QCOMPARE(r.response.histogram[3].topics, QList<Id>{10});
    }

    void firstResponseOtherDefinitions()
    {
        const Report staff = computeReport(community(), march(ResponseDefinition::Staff));
        QCOMPARE(staff.response.hours.count, 2); // T1 by 106 after 4 h, T5 after 0.5 h
        QCOMPARE(staff.response.hours.median, 2.25);
        QCOMPARE(staff.response.withoutResponse, 4);
        QCOMPARE(staff.response.communityFirst, 0);
        const Report any = computeReport(community(), march(ResponseDefinition::AnyReply));
        QCOMPARE(any.response.hours.count, 4); // the whisper answers T1 after 1 h
        QCOMPARE(any.response.hours.median, 2.0);
        QCOMPARE(any.response.staffFirst, 2);
    }

    void rangeFollowsTheTimeZone()
    {
        Query q = march();
        q.zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
        QVERIFY(q.zone.isValid());
        // March in Berlin is 28 Feb 23:00 UTC to 31 Mar 22:00 UTC (summer time from the 29th):
        // T9 comes in, T7 stays out, and the values are {0.5, 2, 2, 3, 6}.
        const Report r = computeReport(community(), q);
        QCOMPARE(r.response.hours.count, 5);
        QCOMPARE(r.response.hours.median, 2.0);
        QCOMPARE(r.activity.total.topics, 7);
        QCOMPARE(r.activity.buckets[0].topics, (QList<Id>{9, 8})); // oldest first
    }

    void activity()
    {
        const Report r = computeReport(community(), march());
        QCOMPARE(r.activity.total.topics, 6); // T1 T4 T5 T6 T8 T10
        QCOMPARE(r.activity.total.posts, 15);
        QCOMPARE(r.activity.total.activeUsers, 4);
        QCOMPARE(r.activity.total.newUsers, 1);
        QCOMPARE(r.activity.previous.topics, 1);
        QCOMPARE(r.activity.previous.posts, 1);
        QCOMPARE(r.activity.previous.newUsers, 1);
        QCOMPARE(r.activity.previous.activeUsers, 1);
        QCOMPARE(int(r.activity.buckets.size()), 31);
        const ActivityCounts& tenth = r.activity.buckets[9].counts;
        QCOMPARE(tenth.topics, 1);
        QCOMPARE(tenth.posts, 4); // first post, self-reply, the answer, the staff reply
        QCOMPARE(tenth.activeUsers, 3);
        QCOMPARE(r.activity.buckets[0].counts.posts, 3); // T8's two posts and T9's reply
    }

    void buckets()
    {
        Query q = march();
        q.granularity = Granularity::Week;
        const Buckets weeks = makeBuckets(q);
        // 1 March 2026 is a Sunday: a one-day first week, then Mondays.
        QCOMPARE(weeks.dates,
                 (std::vector<QDate>{QDate(2026, 3, 1), QDate(2026, 3, 2), QDate(2026, 3, 9),
                                     QDate(2026, 3, 16), QDate(2026, 3, 23), QDate(2026, 3, 30)}));
        // The weeks cut at the range's ends are partial; so is every week not over when the data
        // was read (here, 18 March at noon).
        QCOMPARE(weeks.cut, (std::vector<bool>{true, false, false, false, false, true}));
        const qint64 readAt =
            QDateTime(QDate(2026, 3, 18), QTime(12, 0), QTimeZone::UTC).toMSecsSinceEpoch();
        QList<bool> partial;
        for (int i = 0; i < weeks.size(); ++i)
            partial.append(weeks.isPartial(i, readAt));
        QCOMPARE(partial, (QList<bool>{true, false, false, true, true, true}));
        const Report r = computeReport(community(), q);
        QCOMPARE(r.activity.buckets[2].counts.topics, 4); // T1, T4, T5, T6 in the week of the 9th
        QVERIFY(r.activity.buckets.front().partial);
        QVERIFY(!r.activity.buckets[1].partial); // read after March: only the cut ones
        QVERIFY(r.activity.buckets.back().partial);
        q.granularity = Granularity::Month;
        q.from = QDate(2026, 1, 15);
        QCOMPARE(makeBuckets(q).dates,
                 (std::vector<QDate>{QDate(2026, 1, 15), QDate(2026, 2, 1), QDate(2026, 3, 1)}));
        QCOMPARE(makeBuckets(q).cut, (std::vector<bool>{true, false, false}));
        QCOMPARE(q.previous().to, QDate(2026, 1, 14));
        QCOMPARE(q.previous().days(), q.days());
    }

    void resolution()
    {
        const Report r = computeReport(community(), march());
        QCOMPARE(r.resolution.eligible, 4); // T4 and T6 are in a category without solutions
        QCOMPARE(r.resolution.solved, 1);   // T1; T10's answer was deleted
        QCOMPARE(r.resolution.solvedRate, 0.25);
        QCOMPARE(r.resolution.toSolution.count, 1);
        QCOMPARE(r.resolution.toSolution.median, 2.0);
        QCOMPARE(r.resolution.closedUnsolved, 1);
        QCOMPARE(r.resolution.toClose.median, 24.0);
        QCOMPARE(r.resolution.solvedPerBucket[9], 1);
    }

    void unanswered()
    {
        const Report r = computeReport(community(), march());
        QCOMPARE(r.unanswered.count, 1);
        QCOMPARE(r.unanswered.topics, QList<Id>{4});
        QCOMPARE(r.unanswered.previous, 0);
        QCOMPARE(r.unanswered.perBucket[12], 1);
    }

    void topicsAndCategories()
    {
        const Report r = computeReport(community(), march());
        QCOMPARE(int(r.activeTopics.size()), 3);
        QCOMPARE(r.activeTopics[0].topic, 1);
        QCOMPARE(r.activeTopics[0].posts, 4);
        QCOMPARE(r.activeTopics[1].topic, 4);
        QCOMPARE(r.activeTopics[2].topic, 5);
        QCOMPARE(int(r.categories.size()), 3);
        const CategoryRow& first = r.categories[0];
        QCOMPARE(first.category, 1);
        QCOMPARE(first.topics, 3);
        QCOMPARE(first.posts, 9);
        QCOMPARE(first.topicShare, 0.5);
        QCOMPARE(first.postShare, 0.6);
        QCOMPARE(first.previousTopics, 1);
        QCOMPARE(first.previousPosts, 1);
    }

    void categoryFilterTakesSubcategories()
    {
        Query q = march();
        q.categoryId = 1;
        const Report r = computeReport(community(), q);
        QCOMPARE(r.activity.total.topics, 4); // T1 T5 T8 T10
        QCOMPARE(r.response.hours.count, 4);
        QCOMPARE(r.response.withoutResponse, 0);
        QCOMPARE(r.unanswered.count, 0);
        QCOMPARE(int(r.categories.size()), 2);
        QCOMPARE(r.flags.total, 3); // the pending flag is in category 3
        QCOMPARE(r.moderators[0].resolved, 2);
    }

    void contributors()
    {
        const Report r = computeReport(community(), march());
        const auto& byPosts = r.contributors.community[int(ContributorMetric::Posts)];
        QCOMPARE(int(byPosts.size()), 3);
        QCOMPARE(byPosts[0].user, 2);
        QCOMPARE(byPosts[0].posts, 5);
        QCOMPARE(byPosts[1].user, 1);
        QCOMPARE(byPosts[1].posts, 4);
        QCOMPARE(byPosts[2].user, 3);
        const auto& bySolutions = r.contributors.community[int(ContributorMetric::Solutions)];
        QCOMPARE(int(bySolutions.size()), 1);
        QCOMPARE(bySolutions[0].user, 3);
        QCOMPARE(bySolutions[0].likes, 4);
        const auto& staff = r.contributors.staff[int(ContributorMetric::Posts)];
        QCOMPARE(int(staff.size()), 1);
        QCOMPARE(staff[0].user, kStaff);
        QCOMPARE(staff[0].posts, 3); // the whisper and the small action are not posts
        QCOMPARE(staff[0].likes, 1);
        QCOMPARE(r.contributors.activeStaff, 1);
        QCOMPARE(r.contributors.activeCommunity, 3);
    }

    void moderators()
    {
        const Report r = computeReport(community(), march());
        QCOMPARE(int(r.moderators.size()), 2);
        QCOMPARE(r.moderators[0].user, kStaff);
        QCOMPARE(r.moderators[0].resolved, 2);
        QCOMPARE(r.moderators[0].stewardDecisions, 1); // the failed one does not count
        QCOMPARE(r.moderators[1].name, QStringLiteral("ghost"));
        QCOMPARE(r.moderators[1].user, 0);
    }

    void flags()
    {
        const Report r = computeReport(community(), march());
        QCOMPARE(r.flags.total, 4);
        QCOMPARE(r.flags.previousTotal, 1);
        QCOMPARE(int(r.flags.reasons.size()), 3);
        QCOMPARE(r.flags.reasons[0].key, QStringLiteral("spam"));
        QCOMPARE(r.flags.reasons[0].agreed, 2);
        QCOMPARE(r.flags.reasons[1].scoreType, ScoreTypeId::OffTopic);
        QCOMPARE(r.flags.reasons[1].pending, 1);
        QCOMPARE(r.flags.reasons[2].disagreed, 1);
        QCOMPARE(r.flags.agreedShare, 2.0 / 3.0);
        QCOMPARE(r.flags.ignoredShare, 0.0);
        // 6 h (own time), 6 h (the item's time), 36 h.
        QCOMPARE(r.flags.handleHours.count, 3);
        QCOMPARE(r.flags.handleHours.median, 6.0);
        QCOMPARE(r.flags.handleHours.p90, 30.0);
        QCOMPARE(r.flags.previousHandleHours.median, 24.0);
    }

    void backlog()
    {
        const Report r = computeReport(community(), march());
        QCOMPARE(int(r.backlog.size()), 31);
        QCOMPARE(r.backlog[1].pending, 0);  // end of 2 March: 50 was handled at 06:00
        QCOMPARE(r.backlog[19].pending, 1); // end of 20 March: 51, a day old
        QCOMPARE(r.backlog[19].medianAgeHours, 24.0);
        QCOMPARE(r.backlog[24].pending, 2); // end of 25 March: 51 and 52
        QCOMPARE(r.backlog[24].oldestAgeHours, 144.0);
        QCOMPARE(r.backlog[24].medianAgeHours, 84.0);
        QCOMPARE(r.backlog[30].pending, 1); // now (31 March, noon): 51 alone
        QCOMPARE(r.backlog[30].oldestAgeHours, 276.0);
    }

    void summaryMatchesTheSortedRanks()
    {
        // summarize selects ranks without sorting; it must agree with percentile() over the
        // sorted values for every size, with ties and without.
        QRandomGenerator rng(7);
        for (int n = 1; n <= 60; ++n) {
            for (const int spread : {3, 1000}) {
                std::vector<double> values;
                for (int i = 0; i < n; ++i)
                    values.push_back(double(rng.bounded(spread)) / 4.0);
                std::vector<double> sorted = values;
                std::sort(sorted.begin(), sorted.end());
                const Summary s = summarize(values);
                QCOMPARE(s.count, n);
                QCOMPARE(s.median, percentile(sorted, 0.5));
                QCOMPARE(s.p90, percentile(sorted, 0.9));
            }
        }
        std::vector<double> known{9, 1, 5, 3, 7};
        const Summary s = summarize(known);
        QCOMPARE(s.mean, 5.0);
        QCOMPARE(s.median, 5.0);
        QCOMPARE(s.p90, 8.2); // between 7 and 9 at 0.6
    }

    void exportsCarryDefinitionsAndNeutraliseFormulas()
    {
        Dataset d = community();
        d.topics[std::size_t(d.topicIndex.value(4))].title =
            QStringLiteral("=HYPERLINK(\"x\"), now");
        const Report r = computeReport(d, march());
        const QByteArray csv = reportToCsv(r, d, {QStringLiteral("unanswered")});
        QVERIFY2(csv.contains("\"'=HYPERLINK(\"\"x\"\"), now\""), csv.constData());
        QVERIFY(csv.contains("topics_with_no_response"));
        QCOMPARE(csvCell(QStringLiteral("-2+3")), QByteArray("'-2+3"));
        QCOMPARE(csvCell(QStringLiteral("plain")), QByteArray("plain"));
        // A semicolon or tab separator (common where the decimal mark is a comma) must not open a
        // formula cell.
        QCOMPARE(csvCell(QStringLiteral("Billing;=HYPERLINK(\"x\")")),
                 QByteArray("\"Billing;=HYPERLINK(\"\"x\"\")\""));
        QCOMPARE(csvCell(QStringLiteral("a\t=1+1")), QByteArray("\"a\t=1+1\""));

        const QJsonObject json = reportToJson(r, d, {QStringLiteral("all")});
        QCOMPARE(json[u"parameters"][u"definition"].toString(), QStringLiteral("discourse"));
        QCOMPARE(json[u"parameters"][u"previous_from"].toString(), QStringLiteral("2026-01-29"));
        QCOMPARE(json[u"response"][u"first_response"][u"value"][u"median"].toDouble(), 2.5);
        QCOMPARE(json[u"unanswered"][u"rows"].toArray().size(), 1);
        QVERIFY(json[u"definitions"][u"first_response"][u"definition"].toString().contains(
            u"time_to_first_response"));
        for (const QString& section : sectionNames())
            QVERIFY2(json.contains(section), qPrintable(section));
    }

    void everyMetricIsDocumented()
    {
        QFile doc(QStringLiteral(STEWARD_SOURCE_DIR "/docs/metrics.md"));
        QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
        const QString text = QString::fromUtf8(doc.readAll());
        QList<MetricDefinition> all = Definitions::all();
        all.append(Definitions::firstResponse(ResponseDefinition::Discourse));
        for (const MetricDefinition& m : all)
            QVERIFY2(text.contains(QStringLiteral("`%1`").arg(m.key)), qPrintable(m.key));
        for (ResponseDefinition d : {ResponseDefinition::Discourse, ResponseDefinition::Staff,
                                     ResponseDefinition::AnyReply})
            QVERIFY2(text.contains(QStringLiteral("`%1`").arg(definitionName(d))),
                     qPrintable(definitionName(d)));
    }
};

QTEST_GUILESS_MAIN(TestKpis)
#include "tst_kpis.moc"
