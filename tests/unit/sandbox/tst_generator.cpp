// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/content/postcontent.h"
#include "models/sandbox/generator/communitygenerator.h"
#include "models/sandbox/server/routes.h"
#include "tests/unit/sandbox/metriccases.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
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

/// Whether a live regular reply by someone other than the author answers the topic.
bool answered(const SandboxCommunity& c, const TopicRecord& t)
{
    for (std::size_t n = 1; n < t.posts.size(); ++n) {
        const PostRecord& p = c.posts[std::size_t(t.posts[n])];
        if (p.type == PostType::Regular && p.deletedAt == 0 && p.userId != t.topic.userId)
            return true;
    }
    return false;
}

/// Calls a route handler of server as actor (nullptr: anonymous) with a path and query.
sandbox::Reply call(SandboxServer& server,
                    sandbox::Reply (*handler)(SandboxServer&, RequestContext&),
                    const SandboxUser* actor, const QString& pattern = {}, const QString& path = {},
                    const QString& query = {})
{
    RequestContext context;
    context.match = QRegularExpression(pattern).match(path);
    context.query = QUrlQuery(query);
    context.actor = actor;
    context.at = toSeconds(server.community().now);
    return handler(server, context);
}

QJsonObject json(const sandbox::Reply& reply)
{
    return QJsonDocument::fromJson(reply.body).object();
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
        QVERIFY2(c.posts.size() > 1500 && c.posts.size() < 2600,
                 qPrintable(QString::number(c.posts.size())));
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
        QCOMPARE(postContent(again, again.posts[100]).cooked,
                 postContent(m_community, m_community.posts[100]).cooked);
        const SandboxCommunity other = generateCommunity(smallParams(8));
        QVERIFY(other.users.back().user.username != m_community.users.back().user.username ||
                other.posts.size() != m_community.posts.size());
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
            if (!answered(c, t))
                ++unanswered;
            if (cat->acceptedAnswersEnabled && t.topic.replyCount > 0) {
                ++solvable;
                solved += t.topic.hasAcceptedAnswer();
            }
            for (std::size_t n = 1; n < t.posts.size(); ++n) {
                const PostRecord& p = c.posts[std::size_t(t.posts[n])];
                if (p.type == PostType::Regular && p.userId != t.topic.userId) {
                    firstResponseHours.push_back(
                        double(p.createdAt - t.topic.createdAt.toSecsSinceEpoch()) / 3600.0);
                    break;
                }
            }
        }
        for (const TopicRecord& t : c.topics)
            pinned += t.topic.pinned;
        const double unansweredShare = double(unanswered) / questions;
        const double solvedShare = double(solved) / solvable;
        qInfo("small: unanswered %.2f, solved %.2f of answered questions in solved categories",
              unansweredShare, solvedShare);
        QVERIFY2(unansweredShare > 0.06 && unansweredShare < 0.25,
                 qPrintable(QString::number(unansweredShare)));
        QVERIFY2(solvedShare > 0.25 && solvedShare < 0.55,
                 qPrintable(QString::number(solvedShare)));
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
        qInfo("top 10%% of posters wrote %.2f of posts; %zu of %zu members posted", share,
              counts.size(), m_community.users.size());
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
            if (!r.item.isPending() &&
                r.reviewedById == 0) { // set aside by the system: no who, no when
                QCOMPARE(r.item.status, ReviewableStatus::Ignored);
                QVERIFY(!r.reviewedAt.isValid());
            } else if (!r.item.isPending()) {
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
        const SandboxCommunity& c = medium();
        QVERIFY2(c.posts.size() > 150'000 && c.posts.size() < 260'000,
                 qPrintable(QString::number(c.posts.size())));

        // Weekends are quiet: a weekend day carries well under a weekday's posts.
        std::array<double, 8> byWeekday{};
        for (const PostRecord& post : c.posts)
            byWeekday[std::size_t(toDateTime(post.createdAt).date().dayOfWeek())] += 1;
        const double weekday = (byWeekday[2] + byWeekday[3] + byWeekday[4]) / 3.0;
        const double weekend = (byWeekday[6] + byWeekday[7]) / 2.0;
        QVERIFY2(weekend < 0.6 * weekday,
                 qPrintable(QStringLiteral("%1 vs %2").arg(weekend).arg(weekday)));

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
                    hours->push_back(
                        double(reply.createdAt - t.topic.createdAt.toSecsSinceEpoch()) / 3600.0);
                    break;
                }
            }
            return double(staff) / std::max(1, all);
        };
        std::vector<double> earlyHours, lateHours;
        const double earlyStaff = staffShare(0, 4, &earlyHours);
        const double lateStaff = staffShare(12, 18, &lateHours);
        QVERIFY2(earlyStaff > 0.6 && lateStaff < 0.35,
                 qPrintable(QStringLiteral("%1 then %2").arg(earlyStaff).arg(lateStaff)));
        // Long tail: p90 of first-response time is several times the median.
        // Medians near community-metrics.md's phases (1.5 h, then 3 h) and a long tail.
        std::sort(earlyHours.begin(), earlyHours.end());
        std::sort(lateHours.begin(), lateHours.end());
        const double earlyMedian = earlyHours[earlyHours.size() / 2];
        const double med = lateHours[lateHours.size() / 2];
        const double p90 = lateHours[lateHours.size() * 9 / 10];
        const QString figures = QStringLiteral("early median %1, late median %2, late p90 %3")
                                    .arg(earlyMedian)
                                    .arg(med)
                                    .arg(p90);
        qInfo("%s; first responses by staff %.2f early, %.2f late; weekend/weekday %.2f; "
              "late/early posts %.1f",
              qPrintable(figures), earlyStaff, lateStaff, weekend / weekday, double(late) / early);
        QVERIFY2(earlyMedian > 0.7 && earlyMedian < 3.0, qPrintable(figures));
        QVERIFY2(med > 1.5 && med < 6.0 && p90 > 4 * med, qPrintable(figures));
    }

    void categoriesHaveTheirDefinitionTopics()
    {
        const auto& c = m_community;
        for (const Category& category : c.categories) {
            const TopicRecord* t = c.topic(category.definitionTopicId);
            QVERIFY2(t, qPrintable(category.name));
            QCOMPARE(t->kind, TopicKind::CategoryAbout);
            QCOMPARE(t->topic.title, QStringLiteral("About the %1 category").arg(category.name));
            QCOMPARE(t->topic.categoryId, category.id);
            QCOMPARE(t->posts.size(), std::size_t(1));
            QVERIFY(t->topic.pinned && !t->topic.pinnedGlobally);
            QVERIFY(c.user(t->topic.userId)->user.admin);
            QVERIFY(t->topic.createdAt < c.start.addSecs(60));
            QCOMPARE(c.definedCategory(t->topic.id), &category);
            QVERIFY(postContent(c, c.posts[std::size_t(t->posts.front())])
                        .raw.startsWith(category.description));
        }
    }

    void privateMessagesAreBetweenAFewMembers()
    {
        const auto& c = m_community;
        int messages = 0, withStaff = 0;
        std::vector<int> publicPosts(c.users.size() + 1, 0);
        for (const TopicRecord& t : c.topics) {
            for (int index : t.posts) {
                const PostRecord& p = c.posts[std::size_t(index)];
                publicPosts[std::size_t(p.userId)] +=
                    !t.topic.isPrivateMessage() && p.deletedAt == 0 && p.type == PostType::Regular;
            }
            if (!t.topic.isPrivateMessage()) {
                QVERIFY(t.allowedUserIds.empty());
                continue;
            }
            ++messages;
            QCOMPARE(t.kind, TopicKind::PrivateMessage);
            QCOMPARE(t.topic.categoryId, Id(0));
            QVERIFY(t.topic.tags.isEmpty());
            QVERIFY(t.allowedUserIds.size() >= 2 && t.allowedUserIds.size() <= 4);
            QCOMPARE(t.allowedUserIds.front(), t.topic.userId);
            bool staff = false;
            for (int index : t.posts) {
                const Id author = c.posts[std::size_t(index)].userId;
                QVERIFY(std::find(t.allowedUserIds.begin(), t.allowedUserIds.end(), author) !=
                        t.allowedUserIds.end());
            }
            for (Id id : t.allowedUserIds)
                staff = staff || c.user(id)->user.isStaff();
            withStaff += staff;
        }
        QVERIFY(messages > 0 && withStaff > 0 && withStaff < messages);
        // As UserStat: posts in messages count nowhere (spam authors keep their deleted spam).
        for (const SandboxUser& m : c.users) {
            if (m.persona != Persona::Spammer)
                QCOMPARE(m.user.postCount, publicPosts[std::size_t(m.user.id)]);
        }
    }

    void theServerListsAndShowsTopicsAsDiscourseDoes()
    {
        SandboxServer server(smallParams(), {});
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const SandboxCommunity& c = server.community();
        const TopicRecord* message = nullptr;
        for (const TopicRecord& t : c.topics)
            message = !message && t.topic.isPrivateMessage() && !t.topic.isDeleted() ? &t : message;
        QVERIFY(message);
        const auto between = [&](const SandboxUser& u) {
            return std::find(message->allowedUserIds.begin(), message->allowedUserIds.end(),
                             u.user.id) != message->allowedUserIds.end();
        };
        const SandboxUser* admin = nullptr;
        const SandboxUser* moderator = nullptr;
        const SandboxUser* member = nullptr;
        const SandboxUser* participant = c.user(message->allowedUserIds.back());
        for (const SandboxUser& u : c.users) {
            admin = !admin && u.user.admin ? &u : admin;
            moderator =
                !moderator && u.user.moderator && !u.user.admin && !between(u) ? &u : moderator;
            member = !member && !u.user.isStaff() && !between(u) ? &u : member;
        }
        QVERIFY(admin && moderator && member && participant);

        // /latest leaves out messages and definition topics (ListController's no_definitions).
        QSet<Id> listed;
        for (int page = 0;; ++page) {
            const QJsonArray topics = json(call(server, routes::latest, admin, {}, {},
                                                QStringLiteral("page=%1").arg(page)))
                                          .value(QStringLiteral("topic_list"))
                                          .toObject()
                                          .value(QStringLiteral("topics"))
                                          .toArray();
            for (const QJsonValue& t : topics)
                listed.insert(t.toObject().value(QStringLiteral("id")).toInteger());
            if (topics.size() < 30)
                break;
        }
        QSet<Id> expected;
        for (const TopicRecord& t : c.topics) {
            if (!t.topic.isDeleted() && !t.topic.isPrivateMessage() &&
                t.kind != TopicKind::CategoryAbout)
                expected.insert(t.topic.id);
        }
        QCOMPARE(listed, expected);

        // A category's list shows its own definition topic, pinned first, not its subcategories'.
        const Category* integrations = c.category(4);
        QVERIFY(integrations && integrations->definitionTopicId);
        const QString path = QStringLiteral("/c/integrations/4");
        const QJsonArray first = json(call(server, routes::categoryTopics, admin,
                                           QStringLiteral("^/c/[^/]+/(\\d+)$"), path))
                                     .value(QStringLiteral("topic_list"))
                                     .toObject()
                                     .value(QStringLiteral("topics"))
                                     .toArray();
        QVERIFY(!first.isEmpty());
        QCOMPARE(first.first().toObject().value(QStringLiteral("id")).toInteger(),
                 integrations->definitionTopicId);
        for (const QJsonValue& t : first)
            QVERIFY(!c.definedCategory(t.toObject().value(QStringLiteral("id")).toInteger()) ||
                    t.toObject().value(QStringLiteral("id")).toInteger() ==
                        integrations->definitionTopicId);

        // /posts.json lists public posts only: the definition topics' posts, no message's.
        QSet<Id> latestPosts;
        for (Id before = Id(c.posts.size()) + 1;;) {
            const QJsonArray posts = json(call(server, routes::latestPosts, admin, {}, {},
                                               QStringLiteral("before=%1").arg(before)))
                                         .value(QStringLiteral("latest_posts"))
                                         .toArray();
            for (const QJsonValue& p : posts) {
                const Id id = p.toObject().value(QStringLiteral("id")).toInteger();
                latestPosts.insert(id);
                before = std::min(before, id);
            }
            if (posts.isEmpty())
                break;
        }
        for (Id id : latestPosts)
            QVERIFY(!c.topic(c.post(id)->topicId)->topic.isPrivateMessage());
        for (const Category& category : c.categories)
            QVERIFY(latestPosts.contains(
                c.posts[std::size_t(c.topic(category.definitionTopicId)->posts.front())].id));

        // A message: admins and its members see it; moderators and members outside it do not.
        const QString pattern = QStringLiteral("^/t/(\\d+)$");
        const QString topicPath = QStringLiteral("/t/%1").arg(message->topic.id);
        QCOMPARE(call(server, routes::topic, admin, pattern, topicPath).status, 200);
        QCOMPARE(call(server, routes::topic, participant, pattern, topicPath).status, 200);
        QCOMPARE(call(server, routes::topic, moderator, pattern, topicPath).status, 404);
        QCOMPARE(call(server, routes::topic, member, pattern, topicPath).status, 404);
        QCOMPARE(call(server, routes::topic, nullptr, pattern, topicPath).status, 404);
        const QJsonObject shown = json(call(server, routes::topic, admin, pattern, topicPath));
        QCOMPARE(shown.value(QStringLiteral("archetype")).toString(),
                 QStringLiteral("private_message"));
        QVERIFY(shown.value(QStringLiteral("category_id")).isNull());
        QCOMPARE(shown.value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("allowed_users"))
                     .toArray()
                     .size(),
                 qsizetype(message->allowedUserIds.size()));

        // Category counts leave out messages and definition topics (Category.update_stats).
        for (const Category& category : c.categories) {
            int topics = 0;
            for (const TopicRecord& t : c.topics)
                topics += t.topic.categoryId == category.id && !t.topic.isDeleted() &&
                          t.topic.visible && t.kind != TopicKind::CategoryAbout &&
                          !t.topic.isPrivateMessage();
            QCOMPARE(category.topicCount, topics);
        }
    }

    void longThreadsAndVariedTitles()
    {
        const auto& c = medium();
        QHash<QString, int> titles;
        int longThreads = 0;
        std::size_t longest = 0;
        for (const TopicRecord& t : c.topics) {
            ++titles[t.topic.title];
            longThreads += t.posts.size() >= 100;
            longest = std::max(longest, t.posts.size());
        }
        int most = 0;
        QString shared;
        for (auto it = titles.cbegin(); it != titles.cend(); ++it) {
            if (it.value() > most) {
                most = it.value();
                shared = it.key();
            }
        }
        qInfo("medium: %d topics with 100 posts or more, the longest %zu posts; %lld titles for "
              "%zu topics, "
              "the most shared %d times (\"%s\")",
              longThreads, longest, titles.size(), c.topics.size(), most, qPrintable(shared));
        QVERIFY2(longThreads >= 6 && longThreads <= 20, qPrintable(QString::number(longThreads)));
        QVERIFY(longest <= 800);
        QVERIFY2(most <= 6, qPrintable(shared)); // a handful

        std::size_t smallLongest = 0;
        for (const TopicRecord& t : m_community.topics)
            smallLongest = std::max(smallLongest, t.posts.size());
        QVERIFY2(smallLongest >= 40 && smallLongest < 150,
                 qPrintable(QString::number(smallLongest)));
    }

    void everyMetricClauseHasACase_data()
    {
        // One row per clause of docs/metrics.md: the medium community must hold a case of it.
        QTest::addColumn<QString>("clause");
        for (const auto& [key, clause] : testing::metricClauses())
            QTest::newRow(key) << QString::fromUtf8(clause);
    }

    void everyMetricClauseHasACase()
    {
        QFETCH(QString, clause);
        if (m_cases.isEmpty()) {
            m_cases = testing::metricCases(medium());
            QStringList all;
            for (auto it = m_cases.cbegin(); it != m_cases.cend(); ++it)
                all << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
            all.sort();
            qInfo("medium cases: %s", qPrintable(all.join(QStringLiteral(", "))));
        }
        const QString key = QString::fromUtf8(QTest::currentDataTag());
        QVERIFY2(m_cases.value(key) > 0,
                 qPrintable(QStringLiteral("no case of \"%1\"").arg(clause)));
    }

    void slugs()
    {
        QCOMPARE(slugify(QStringLiteral("App crashes on launch after updating to 4.2.1")),
                 QStringLiteral("app-crashes-on-launch-after-updating-to-4-2-1"));
        QCOMPARE(slugify(QStringLiteral("???")), QStringLiteral("topic"));
    }

private:
    /// The medium community, seed 3, generated once.
    const SandboxCommunity& medium()
    {
        if (m_medium.topics.empty()) {
            GeneratorParams p = smallParams(3);
            p.scale = Scale::Medium;
            QElapsedTimer timer;
            timer.start();
            m_medium = generateCommunity(p);
            qInfo("medium generated in %lld ms", qint64(timer.elapsed()));
        }
        return m_medium;
    }

    SandboxCommunity m_community;
    SandboxCommunity m_medium;
    QHash<QString, int> m_cases;
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
