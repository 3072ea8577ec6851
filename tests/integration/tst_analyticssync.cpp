// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The KPIs of a sandbox community synced over loopback, against what the generator itself
// recorded; and stewardctl report on the same database.
#include "models/analytics/report.h"
#include "tests/support/synctesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

using namespace steward;
using namespace steward::analytics;

namespace {

double percentileOf(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const double pos = p * double(v.size() - 1);
    const auto lo = std::size_t(pos);
    const std::size_t hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (v[hi] - v[lo]) * (pos - double(lo));
}

/// The generator's record, read with the definitions of docs/metrics.md.
struct Expected
{
    int topics = 0;
    int posts = 0;
    int unanswered = 0;
    int solved = 0;
    int flags = 0;
    std::vector<double> firstResponse;
};

Expected fromGenerator(const sandbox::SandboxCommunity& c, qint64 fromS, qint64 toS)
{
    Expected e;
    const auto inRange = [&](qint64 s) { return s >= fromS && s < toS; };
    const auto counted = [](const sandbox::TopicRecord& t) {
        return !t.topic.isPrivateMessage() && !t.topic.isDeleted();
    };
    for (const sandbox::PostRecord& p : c.posts) {
        const sandbox::TopicRecord* t = c.topic(p.topicId);
        if (t && counted(*t) && inRange(p.createdAt) && p.type == PostType::Regular &&
            p.deletedAt == 0)
            ++e.posts;
    }
    for (const sandbox::TopicRecord& t : c.topics) {
        const qint64 created = sandbox::toSeconds(t.topic.createdAt);
        if (!counted(t) || !inRange(created))
            continue;
        ++e.topics;
        qint64 first = 0;
        bool replied = false;
        for (int index : t.posts) {
            const sandbox::PostRecord& p = c.posts[std::size_t(index)];
            if (p.postNumber == 1 || p.deletedAt != 0 || p.userId == t.topic.userId ||
                p.type != PostType::Regular)
                continue;
            replied = true;
            if (p.createdAt > created && (first == 0 || p.createdAt < first))
                first = p.createdAt;
        }
        if (!replied)
            ++e.unanswered;
        if (first != 0)
            e.firstResponse.push_back(double(first - created) / 3600.0);
        if (t.topic.acceptedAnswerPostId) {
            const sandbox::PostRecord* answer = c.post(*t.topic.acceptedAnswerPostId);
            if (answer && answer->deletedAt == 0)
                ++e.solved;
        }
    }
    for (const sandbox::ReviewRecord& r : c.reviews) {
        for (const ReviewableScore& s : r.item.scores)
            e.flags +=
                inRange(sandbox::toSeconds(s.createdAt.isValid() ? s.createdAt : r.item.createdAt))
                    ? 1
                    : 0;
    }
    return e;
}

} // namespace

class TestAnalyticsSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<testing::SyncRig> m_rig;
    Dataset m_data;
    Query m_query;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = testing::startSandbox();
        m_rig = std::make_unique<testing::SyncRig>(m_dir.filePath(QStringLiteral("community.db")),
                                                   testing::adminSite(*m_server));
        QVERIFY(m_rig->sync());
        QString error;
        QVERIFY2(loadDataset(m_rig->database, &m_data, &error), qPrintable(error));
        m_query.to = testing::kNow.date();
        m_query.from = m_query.to.addDays(-89);
    }

    void kpisMatchTheGeneratorsRecord()
    {
        const Expected e =
            fromGenerator(m_server->community(), m_query.startMs() / 1000, m_query.endMs() / 1000);
        QVERIFY(e.topics > 20);
        const Report r = computeReport(m_data, m_query);
        qInfo("90 days: %d topics, %d posts, %d unanswered, %d solved, %d flags, first response "
              "median %.2f h p90 %.2f h",
              r.activity.total.topics, r.activity.total.posts, r.unanswered.count,
              r.resolution.solved, r.flags.total, r.response.hours.median, r.response.hours.p90);
        QCOMPARE(r.activity.total.topics, e.topics);
        QCOMPARE(r.activity.total.posts, e.posts);
        QCOMPARE(r.unanswered.count, e.unanswered);
        QCOMPARE(r.resolution.solved, e.solved);
        QCOMPARE(r.flags.total, e.flags);
        QCOMPARE(r.response.hours.count, int(e.firstResponse.size()));
        QCOMPARE(r.response.hours.median, percentileOf(e.firstResponse, 0.5));
        QCOMPARE(r.response.hours.p90, percentileOf(e.firstResponse, 0.9));
        // community-metrics.md: a few hours' median response; staff and community both answer.
        QVERIFY2(r.response.hours.median > 0.5 && r.response.hours.median < 24,
                 qPrintable(QString::number(r.response.hours.median)));
        QVERIFY(r.response.staffFirst > 0 && r.response.communityFirst > 0);
        int perDay = 0;
        for (const ActivityBucket& b : r.activity.buckets)
            perDay += b.counts.topics;
        QCOMPARE(perDay, r.activity.total.topics);
    }

    void stewardctlReportsTheSameNumbers()
    {
        const Report r = computeReport(m_data, m_query);
        QProcess ctl;
        ctl.start(QStringLiteral(STEWARDCTL),
                  {QStringLiteral("report"), QStringLiteral("all"), QStringLiteral("--db"),
                   m_dir.filePath(QStringLiteral("community.db")), QStringLiteral("--from"),
                   m_query.from.toString(Qt::ISODate), QStringLiteral("--to"),
                   m_query.to.toString(Qt::ISODate), QStringLiteral("--format"),
                   QStringLiteral("json")});
        QVERIFY(ctl.waitForFinished(60000));
        QCOMPARE(ctl.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(ctl.readAllStandardOutput()).object();
        QCOMPARE(json[u"parameters"][u"from"].toString(), m_query.from.toString(Qt::ISODate));
        QCOMPARE(json[u"parameters"][u"definition"].toString(), QStringLiteral("discourse"));
        QCOMPARE(json[u"activity"][u"new_topics"][u"value"].toInt(), r.activity.total.topics);
        QCOMPARE(json[u"unanswered"][u"unanswered"][u"value"].toInt(), r.unanswered.count);
        QCOMPARE(json[u"response"][u"first_response"][u"value"][u"count"].toInt(),
                 r.response.hours.count);
        QVERIFY(!json[u"definitions"][u"first_response"][u"definition"].toString().isEmpty());

        const QString csvPath = m_dir.filePath(QStringLiteral("unanswered.csv"));
        ctl.start(QStringLiteral(STEWARDCTL),
                  {QStringLiteral("report"), QStringLiteral("unanswered"), QStringLiteral("--db"),
                   m_dir.filePath(QStringLiteral("community.db")), QStringLiteral("--from"),
                   m_query.from.toString(Qt::ISODate), QStringLiteral("--to"),
                   m_query.to.toString(Qt::ISODate), QStringLiteral("--format"),
                   QStringLiteral("csv"), QStringLiteral("--definition"), QStringLiteral("staff"),
                   QStringLiteral("--out"), csvPath});
        QVERIFY(ctl.waitForFinished(60000));
        QCOMPARE(ctl.exitCode(), 0);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.value(0).trimmed(), QByteArray("unanswered"));
        QVERIFY(lines.value(1).startsWith("topic_id,created_at,category,title"));
        // Section name, header, one line per topic, then an empty line before the definitions.
        QCOMPARE(lines.value(2 + r.unanswered.count).trimmed(), QByteArray());
    }

    void stewardctlRefusesWhatItCannotRead()
    {
        QProcess ctl;
        ctl.start(QStringLiteral(STEWARDCTL),
                  {QStringLiteral("report"), QStringLiteral("all"), QStringLiteral("--db"),
                   m_dir.filePath(QStringLiteral("missing.db"))});
        QVERIFY(ctl.waitForFinished(60000));
        QCOMPARE(ctl.exitCode(), 74);
        QVERIFY(ctl.readAllStandardError().contains("no database at"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.db"))));
        ctl.start(QStringLiteral(STEWARDCTL),
                  {QStringLiteral("report"), QStringLiteral("all"), QStringLiteral("--db"),
                   m_dir.filePath(QStringLiteral("community.db")), QStringLiteral("--category"),
                   QStringLiteral("999")});
        QVERIFY(ctl.waitForFinished(60000));
        QCOMPARE(ctl.exitCode(), 64);
        QVERIFY(ctl.readAllStandardError().contains("no category 999"));
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsSync)
#include "tst_analyticssync.moc"
