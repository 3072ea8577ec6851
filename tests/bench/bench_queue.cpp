// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the moderation queue on a large store: 100,000 queue items over 1,000,000
// posts. Opening the queue (read, prioritise, filter, sort), a filter change, a full-text
// search, and one j/k step in the window (table cursor and detail pane), measured in a second
// process started on the built store. Run offscreen; prints Markdown for docs/benchmarks.md.
//
//   bench_queue [--items N] [--posts N] [--postgres]
#include "models/items/queuefiltermodel.h"
#include "models/items/queuemodel.h"
#include "models/net/discourseclient.h"
#include "models/store/database.h"
#include "models/store/store.h"
#include "models/sync/outbox.h"
#include "tests/bench/benchpostgres.h"
#include "ui/queue/queuepane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace steward;

namespace {

// Words of posts follow Zipf's law over a vocabulary of 8,000, as natural text does: the
// support terms a moderator searches for sit at ranks 60 to 400, so that each occurs in
// a few per cent of the posts, and the common filler words in most of them.
const QStringList kTerms{
    QStringLiteral("invoice"),   QStringLiteral("export"),   QStringLiteral("webhook"),
    QStringLiteral("login"),     QStringLiteral("refund"),   QStringLiteral("timeout"),
    QStringLiteral("dashboard"), QStringLiteral("sync"),     QStringLiteral("billing"),
    QStringLiteral("plugin"),    QStringLiteral("mobile"),   QStringLiteral("crash"),
    QStringLiteral("offer"),     QStringLiteral("discount"), QStringLiteral("password"),
    QStringLiteral("api")};
constexpr int kVocabulary = 8000;

struct Vocabulary
{
    QStringList words;       // by rank, most frequent first
    std::vector<double> cdf; // cumulative Zipf probabilities (s = 1)
};

const Vocabulary& vocabulary()
{
    static const Vocabulary v = [] {
        Vocabulary out;
        QRandomGenerator rng(7);
        const char* syllables[] = {"ka", "lo",  "mi", "ter", "an", "so",  "ve", "ri",
                                   "po", "den", "al", "us",  "ne", "tra", "bo", "li"};
        for (int rank = 0; rank < kVocabulary; ++rank) {
            if (rank >= 60 && rank % 22 == 16 && rank / 22 - 2 < kTerms.size()) {
                out.words.append(kTerms[rank / 22 - 2]);
                continue;
            }
            QString word;
            for (int s = 0, n = 1 + rng.bounded(3); s < n; ++s)
                word += QLatin1StringView(syllables[rng.bounded(16)]);
            out.words.append(word + QString::number(rank, 36));
        }
        double sum = 0;
        for (int rank = 1; rank <= kVocabulary; ++rank)
            out.cdf.push_back(sum += 1.0 / rank);
        for (double& c : out.cdf)
            c /= sum;
        return out;
    }();
    return v;
}

QString sentence(QRandomGenerator& rng, int words)
{
    const Vocabulary& v = vocabulary();
    QStringList out;
    for (int i = 0; i < words; ++i) {
        const auto at = std::lower_bound(v.cdf.begin(), v.cdf.end(), rng.generateDouble());
        out.append(v.words[int(std::min<std::ptrdiff_t>(at - v.cdf.begin(), kVocabulary - 1))]);
    }
    return out.join(u' ');
}

/// Fills the store as a first sync would, with synthetic but realistically sized rows.
void populate(Store& store, int items, int posts)
{
    QRandomGenerator rng(42);
    const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::UTC);
    const int users = std::max(1000, posts / 20);
    const int topics = std::max(100, posts / 10);
    store.begin();
    QList<Category> categories;
    for (int c = 1; c <= 12; ++c) {
        Category category;
        category.id = c;
        category.name = QStringLiteral("Category %1").arg(c);
        category.slug = QStringLiteral("c%1").arg(c);
        categories.append(category);
    }
    store.upsertCategories(categories);
    QList<User> batchUsers;
    for (int u = 1; u <= users; ++u) {
        User user;
        user.id = u;
        user.username = QStringLiteral("user%1").arg(u);
        user.createdAt = start.addSecs(u * 60);
        batchUsers.append(user);
    }
    store.upsertUsers(batchUsers, UserDetail::Full);
    QList<Topic> batchTopics;
    for (int t = 1; t <= topics; ++t) {
        Topic topic;
        topic.id = t;
        topic.title = sentence(rng, 6);
        topic.categoryId = 1 + rng.bounded(12);
        topic.userId = 1 + rng.bounded(users);
        topic.createdAt = start.addSecs(t * 300);
        batchTopics.append(topic);
    }
    store.upsertTopics(batchTopics);
    store.commit();
    store.beginBulkLoad();
    for (int first = 1; first <= posts; first += 5000) {
        QList<Post> batch;
        for (int id = first; id < first + 5000 && id <= posts; ++id) {
            Post p;
            p.id = id;
            p.topicId = 1 + (id - 1) % topics;
            p.postNumber = 1 + (id - 1) / topics;
            p.userId = 1 + rng.bounded(users);
            p.username = QStringLiteral("user%1").arg(p.userId);
            p.createdAt = start.addSecs(id * 30);
            p.raw = sentence(rng, 60);
            p.cooked = QStringLiteral("<p>%1</p>").arg(p.raw);
            batch.append(p);
        }
        store.begin();
        store.upsertPosts(batch);
        store.commit();
    }
    store.createPostIndexes();
    while (store.indexSearch(20000) > 0) {
    }
    for (int first = 1; first <= items; first += 5000) {
        QList<Reviewable> batch;
        for (int id = first; id < first + 5000 && id <= items; ++id) {
            Reviewable r;
            r.id = id;
            r.type = rng.bounded(10) < 8 ? ReviewableType::FlaggedPost : ReviewableType::QueuedPost;
            r.typeName = reviewableTypeName(r.type);
            r.status = rng.bounded(10) < 3 ? ReviewableStatus::Pending
                                           : ReviewableStatus(1 + rng.bounded(3));
            r.score = 1.0 + rng.bounded(300) / 10.0;
            r.createdAt = start.addSecs(qint64(id) * 250);
            r.targetId = 1 + rng.bounded(posts);
            r.topicId = 1 + (r.targetId - 1) % topics;
            r.targetCreatedById = 1 + rng.bounded(users);
            r.payloadRaw = r.type == ReviewableType::QueuedPost ? sentence(rng, 30) : QString();
            const int flags = 1 + rng.bounded(3);
            for (int f = 0; f < flags; ++f) {
                ReviewableScore score;
                score.id = qint64(id) * 4 + f;
                score.userId = 1 + rng.bounded(users);
                score.scoreTypeId = std::array{3, 4, 7, 8}[std::size_t(rng.bounded(4))];
                score.score = 5;
                r.scores.append(score);
            }
            ReviewableAction agree;
            agree.id = QStringLiteral("agree_and_keep");
            agree.label = QStringLiteral("Agree");
            r.actions.append(agree);
            batch.append(r);
        }
        store.begin();
        store.upsertReviewables(batch);
        store.commit();
    }
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption itemsOption(QStringLiteral("items"), QStringLiteral("Queue items."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption postsOption(QStringLiteral("posts"), QStringLiteral("Posts."),
                                         QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption postgresOption(
        QStringLiteral("postgres"),
        QStringLiteral("The store on PostgreSQL (a server started for the run), not SQLite."));
    const QCommandLineOption measureOption(
        QStringLiteral("measure-store"),
        QStringLiteral("Only the timings, on a store built before (the run's second process)."),
        QStringLiteral("location"));
    parser.addOptions({itemsOption, postsOption, postgresOption, measureOption});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);

    if (!parser.isSet(measureOption)) {
        // Built here, measured in a second process: as a moderator's Steward starts on a
        // store at rest, not in the process (and right after the server's writes) that built a
        // million posts.
        QTemporaryDir dir;
        testing::PostgresServer postgres;
        const QString location = parser.isSet(postgresOption)
                                     ? bench::postgresDatabase(postgres, QStringLiteral("queue"))
                                     : dir.filePath(QStringLiteral("queue.db"));
        QElapsedTimer clock;
        clock.start();
        {
            Database db;
            QString error;
            if (!db.open(location, &error))
                qFatal("%s", qPrintable(error));
            Store store(db);
            populate(store, parser.value(itemsOption).toInt(), parser.value(postsOption).toInt());
            store.refreshStatistics(); // as a first sync ends (SyncEngine::finish)
            // What building the store dirtied (a gigabyte, with the hint bits VACUUM sets) the
            // server would write out in the background for a minute after.
            if (db.backend() == Database::Backend::PostgreSQL &&
                !db.exec(QStringLiteral("CHECKPOINT")))
                qFatal("CHECKPOINT failed");
        }
        out << "## Moderation queue (" << parser.value(itemsOption) << " items, "
            << parser.value(postsOption) << " posts; store built in " << clock.elapsed() / 1000
            << " s)\n\n";
        out.flush();
        QProcess measure;
        measure.setProcessChannelMode(QProcess::ForwardedChannels);
        measure.start(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("--measure-store"), location});
        return measure.waitForFinished(-1) && measure.exitStatus() == QProcess::NormalExit
                   ? measure.exitCode()
                   : 1;
    }
    Database db;
    QString error;
    if (!db.open(parser.value(measureOption), &error))
        qFatal("%s", qPrintable(error));
    Store store(db);

    QNetworkAccessManager network;
    DiscourseClient client(SiteConnection{QUrl(QStringLiteral("https://forum.invalid")),
                                          QStringLiteral("mod"), QStringLiteral("k"), 60},
                           &network);
    Outbox outbox(client, store, QStringLiteral("mod"));

    qint64 reloadNs = 0;
    {
        QueueModel model(store);
        QElapsedTimer t;
        t.start();
        model.reload();
        reloadNs = t.nsecsElapsed();
    }
    // Opening: the pane reads every item, prioritises, filters (pending) and sorts (priority).
    QElapsedTimer clock;
    clock.start();
    QueuePane pane(store, outbox);
    const qint64 openNs = clock.nsecsElapsed();
    pane.resize(1280, 800);
    pane.show();
    QCoreApplication::processEvents();

    auto timeFilter = [&](const QueueFilter& f) {
        QElapsedTimer t;
        t.start();
        pane.filterModel().setFilter(f);
        QCoreApplication::processEvents(); // the table repaints with the new rows
        return t.nsecsElapsed();
    };
    QueueFilter byType;
    byType.types = {int(ReviewableType::QueuedPost)};
    const qint64 filterNs = timeFilter(byType);
    QueueFilter searched;
    searched.search = QStringLiteral("refund webh");
    const qint64 searchNs = timeFilter(searched);
    const int searchHits = pane.filterModel().rowCount();
    QueueFilter oneWord;
    oneWord.search = QStringLiteral("refund");
    const qint64 wordNs = timeFilter(oneWord);
    const int wordHits = pane.filterModel().rowCount();
    timeFilter(QueueFilter());

    // j/k: the table cursor moves and the detail pane renders the next item.
    pane.table()->setFocus();
    qint64 worstStep = 0, totalStep = 0;
    constexpr int kSteps = 200;
    for (int i = 0; i < kSteps; ++i) {
        QElapsedTimer t;
        t.start();
        i % 4 == 3 ? pane.previous() : pane.next();
        QCoreApplication::processEvents();
        const qint64 ns = t.nsecsElapsed();
        worstStep = std::max(worstStep, ns);
        totalStep += ns;
    }

    out << "| step | ms | target |\n|---|---|---|\n"
        << "| open the queue (read, prioritise, filter pending, sort) | "
        << QString::number(ms(openNs), 'f', 1) << " | < 100 |\n"
        << "| of which reading the rows (QueueModel::reload) | "
        << QString::number(ms(reloadNs), 'f', 1) << " | |\n"
        << "| filter change (type) | " << QString::number(ms(filterNs), 'f', 1) << " | < 50 |\n"
        << "| full-text search, two words (" << searchHits << " hits) | "
        << QString::number(ms(searchNs), 'f', 1) << " | < 50 |\n"
        << "| full-text search, one common word (" << wordHits << " hits) | "
        << QString::number(ms(wordNs), 'f', 1) << " | < 50 |\n"
        << "| j/k step, mean of " << kSteps << " | "
        << QString::number(ms(totalStep) / kSteps, 'f', 2) << " | < 16 |\n"
        << "| j/k step, worst | " << QString::number(ms(worstStep), 'f', 2) << " | < 16 |\n";
    return 0;
}
