// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/content/postcontent.h"
#include "models/sandbox/generator/communitygenerator.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>

using namespace steward;
using namespace steward::sandbox;

namespace {

GeneratorParams smallParams(quint64 seed = 7)
{
    GeneratorParams p;
    p.scale = Scale::Small;
    p.seed = seed;
    p.now = QDateTime(QDate(2026, 11, 20), QTime(15, 0), QTimeZone::UTC);
    return p;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { m_community = generateCommunity(smallParams()); }

    void sizeMatchesTheScale()
    {
        const auto& c = m_community;
        QVERIFY2(c.posts.size() > 1500 && c.posts.size() < 2600, qPrintable(QString::number(c.posts.size())));
        QVERIFY(c.topics.size() > 300);
        QVERIFY(c.users.size() >= 400);
        QCOMPARE(c.categories.size(), 13);
    }

    void idsAreDenseAndChronological()
    {
        const auto& c = m_community;
        for (std::size_t i = 0; i < c.posts.size(); ++i) {
            QCOMPARE(c.posts[i].id, Id(i + 1));
            if (i > 0)
                QVERIFY(c.posts[i].createdAt >= c.posts[i - 1].createdAt);
            QVERIFY(c.posts[i].createdAt < c.now.toSecsSinceEpoch());
            QVERIFY(c.posts[i].createdAt >= c.start.toSecsSinceEpoch());
        }
        for (const TopicRecord& t : c.topics) {
            QVERIFY(!t.posts.empty());
            for (std::size_t n = 0; n < t.posts.size(); ++n) {
                const PostRecord& p = c.posts[std::size_t(t.posts[n])];
                QCOMPARE(p.topicId, t.topic.id);
                QCOMPARE(p.postNumber, int(n + 1));
            }
            const SandboxUser* author = c.user(t.topic.userId);
            QVERIFY(author);
            QVERIFY(author->user.createdAt <= t.topic.createdAt);
        }
    }

    void usernamesAreUniqueIgnoringCase()
    {
        QSet<QString> seen;
        for (const SandboxUser& m : m_community.users)
            QVERIFY2(!seen.contains(m.user.username.toLower()), qPrintable(m.user.username));
        for (const SandboxUser& m : m_community.users)
            seen.insert(m.user.username.toLower());
        QCOMPARE(seen.size(), qsizetype(m_community.users.size()));
        QCOMPARE(m_community.userIdsByName.size(), qsizetype(m_community.users.size()));
    }

    void sameSeedSameCommunityOtherSeedOther()
    {
        const SandboxCommunity again = generateCommunity(smallParams());
        QCOMPARE(again.posts.size(), m_community.posts.size());
        QCOMPARE(again.topics.back().topic.title, m_community.topics.back().topic.title);
        QCOMPARE(again.users.back().user.username, m_community.users.back().user.username);
        QCOMPARE(postContent(again, again.posts[100]).cooked, postContent(m_community, m_community.posts[100]).cooked);
        const SandboxCommunity other = generateCommunity(smallParams(8));
        QVERIFY(other.users.back().user.username != m_community.users.back().user.username
                || other.posts.size() != m_community.posts.size());
    }

    void looksLikeASupportForum()
    {
        const auto& c = m_community;
        int questions = 0, unanswered = 0, solvable = 0, solved = 0, closed = 0, pinned = 0;
        std::vector<double> firstResponseHours;
        for (const TopicRecord& t : c.topics) {
            if (t.kind != TopicKind::Question)
                continue;
            ++questions;
            closed += t.topic.closed;
            const Category* cat = c.category(t.topic.categoryId);
            if (t.topic.replyCount == 0)
                ++unanswered;
            if (cat->acceptedAnswersEnabled && t.topic.replyCount > 0) {
                ++solvable;
                solved += t.topic.hasAcceptedAnswer();
            }
            for (std::size_t n = 1; n < t.posts.size(); ++n) {
                const PostRecord& p = c.posts[std::size_t(t.posts[n])];
                if (p.type == PostType::Regular && p.userId != t.topic.userId) {
                    firstResponseHours.push_back(double(p.createdAt - t.topic.createdAt.toSecsSinceEpoch()) / 3600.0);
                    break;
                }
            }
        }
        for (const TopicRecord& t : c.topics)
            pinned += t.topic.pinned;
        const double unansweredShare = double(unanswered) / questions;
        const double solvedShare = double(solved) / solvable;
        qInfo("small: unanswered %.2f, solved %.2f of answered questions in solved categories", unansweredShare, solvedShare);
        QVERIFY2(unansweredShare > 0.06 && unansweredShare < 0.25, qPrintable(QString::number(unansweredShare)));
        QVERIFY2(solvedShare > 0.25 && solvedShare < 0.55, qPrintable(QString::number(solvedShare)));
        const double ttfr = median(firstResponseHours);
        QVERIFY2(ttfr > 1.0 && ttfr < 12.0, qPrintable(QString::number(ttfr)));
        QVERIFY(closed > 0);
        QVERIFY(pinned >= 1);
    }

    void participationIsUnequal()
    {
        std::vector<int> counts;
        int total = 0;
        for (const SandboxUser& m : m_community.users) {
            if (m.user.postCount > 0)
                counts.push_back(m.user.postCount);
            total += m.user.postCount;
        }
        std::sort(counts.rbegin(), counts.rend());
        int top = 0;
        for (std::size_t i = 0; i < counts.size() / 10; ++i)
            top += counts[i];
        const double share = double(top) / total;
        qInfo("top 10%% of posters wrote %.2f of posts; %zu of %zu members posted", share, counts.size(), m_community.users.size());
        QVERIFY2(share > 0.4 && share < 0.85, qPrintable(QString::number(share)));
        QVERIFY(counts.size() < m_community.users.size() / 2);
    }

    void reviewQueueHasEveryKindAndHistory()
    {
        int pending = 0, flagged = 0, queued = 0, users = 0, resolved = 0, spam = 0;
        for (const ReviewRecord& r : m_community.reviews) {
            pending += r.item.isPending();
            resolved += !r.item.isPending();
            flagged += r.item.type == ReviewableType::FlaggedPost;
            queued += r.item.type == ReviewableType::QueuedPost;
            users += r.item.type == ReviewableType::User;
            for (const auto& s : r.item.scores)
                spam += s.scoreTypeId == ScoreTypeId::Spam;
            if (!r.item.isPending()) {
                QVERIFY(r.reviewedById != 0);
                QVERIFY(r.reviewedAt >= r.item.createdAt);
            }
        }
        QVERIFY(pending > 0);
        QVERIFY(resolved > 0);
        QVERIFY(flagged > 0 && queued > 0 && users > 0);
        QVERIFY(spam > 0);
        int suspended = 0;
        for (const SandboxUser& m : m_community.users)
            suspended += m.user.isSuspendedAt(m_community.now);
        QVERIFY(suspended > 0);
    }

    void cookedHtmlMatchesTheMarkdown()
    {
        bool sawCode = false;
        for (const PostRecord& p : m_community.posts) {
            const RenderedPost text = postContent(m_community, p);
            if (p.type == PostType::SmallAction) {
                QVERIFY(text.raw.isEmpty());
                continue;
            }
            QVERIFY2(!text.raw.isEmpty(), qPrintable(QString::number(p.id)));
            QVERIFY(text.cooked.startsWith(u'<'));
            QVERIFY(!text.cooked.contains(QStringLiteral("<script")));
            if (text.raw.contains(QStringLiteral("```"))) {
                sawCode = true;
                QVERIFY(text.cooked.contains(QStringLiteral("<pre><code class=\"lang-")));
            }
        }
        QVERIFY(sawCode);
    }

    void rhythmsGrowthAndPhasesAtMediumScale()
    {
        GeneratorParams p = smallParams(3);
        p.scale = Scale::Medium;
        const SandboxCommunity c = generateCommunity(p);
        QVERIFY2(c.posts.size() > 150'000 && c.posts.size() < 260'000, qPrintable(QString::number(c.posts.size())));

        // Weekends are quiet: a weekend day carries well under a weekday's posts.
        std::array<double, 8> byWeekday{};
        for (const PostRecord& post : c.posts)
            byWeekday[std::size_t(toDateTime(post.createdAt).date().dayOfWeek())] += 1;
        const double weekday = (byWeekday[2] + byWeekday[3] + byWeekday[4]) / 3.0;
        const double weekend = (byWeekday[6] + byWeekday[7]) / 2.0;
        QVERIFY2(weekend < 0.6 * weekday, qPrintable(QStringLiteral("%1 vs %2").arg(weekend).arg(weekday)));

        // Growth: the last three months carry several times the posts of the first three.
        const qint64 start = c.start.toSecsSinceEpoch();
        const qint64 month = 30 * 86400;
        int early = 0, late = 0;
        for (const PostRecord& post : c.posts) {
            const qint64 m = (post.createdAt - start) / month;
            early += m < 3;
            late += m >= 15;
        }
        QVERIFY2(late > 5 * early, qPrintable(QStringLiteral("%1 vs %2").arg(late).arg(early)));

        // Staff give most first responses at launch; the community takes over later.
        auto staffShare = [&](qint64 fromMonth, qint64 toMonth, std::vector<double>* hours) {
            int staff = 0, all = 0;
            for (const TopicRecord& t : c.topics) {
                const qint64 m = (t.topic.createdAt.toSecsSinceEpoch() - start) / month;
                if (t.kind != TopicKind::Question || m < fromMonth || m >= toMonth)
                    continue;
                for (std::size_t n = 1; n < t.posts.size(); ++n) {
                    const PostRecord& reply = c.posts[std::size_t(t.posts[n])];
                    if (reply.type != PostType::Regular || reply.userId == t.topic.userId)
                        continue;
                    ++all;
                    staff += c.user(reply.userId)->user.isStaff();
                    hours->push_back(double(reply.createdAt - t.topic.createdAt.toSecsSinceEpoch()) / 3600.0);
                    break;
                }
            }
            return double(staff) / std::max(1, all);
        };
        std::vector<double> earlyHours, lateHours;
        const double earlyStaff = staffShare(0, 4, &earlyHours);
        const double lateStaff = staffShare(12, 18, &lateHours);
        QVERIFY2(earlyStaff > 0.6 && lateStaff < 0.35, qPrintable(QStringLiteral("%1 then %2").arg(earlyStaff).arg(lateStaff)));
        // Long tail: p90 of first-response time is several times the median.
        // Medians near community-metrics.md's phases (1.5 h, then 3 h) and a long tail.
        std::sort(earlyHours.begin(), earlyHours.end());
        std::sort(lateHours.begin(), lateHours.end());
        const double earlyMedian = earlyHours[earlyHours.size() / 2];
        const double med = lateHours[lateHours.size() / 2];
        const double p90 = lateHours[lateHours.size() * 9 / 10];
        const QString figures = QStringLiteral("early median %1, late median %2, late p90 %3").arg(earlyMedian).arg(med).arg(p90);
        qInfo("%s; first responses by staff %.2f early, %.2f late; weekend/weekday %.2f; late/early posts %.1f",
              qPrintable(figures), earlyStaff, lateStaff, weekend / weekday, double(late) / early);
        QVERIFY2(earlyMedian > 0.7 && earlyMedian < 3.0, qPrintable(figures));
        QVERIFY2(med > 1.5 && med < 6.0 && p90 > 4 * med, qPrintable(figures));
    }

    void slugs()
    {
        QCOMPARE(slugify(QStringLiteral("App crashes on launch after updating to 4.2.1")),
                 QStringLiteral("app-crashes-on-launch-after-updating-to-4-2-1"));
        QCOMPARE(slugify(QStringLiteral("???")), QStringLiteral("topic"));
    }

private:
    SandboxCommunity m_community;
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
