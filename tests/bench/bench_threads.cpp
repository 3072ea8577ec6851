// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of thread curation on a synced sandbox community (kept at --db and reused):
// the Threads pane opened offscreen at 1280x800 (the topic index read, the Latest list and
// the first thread), every view of the topic browser, sorting, searching, scrolling the list
// and opening threads, each step with its repaint. Prints Markdown for docs/benchmarks.md.
//
//   bench_threads [--scale small|medium|large] [--db PATH] [--threads N]
#include "models/items/topiclistmodel.h"
#include "models/sync/outbox.h"
#include "tests/bench/benchsupport.h"
#include "tests/bench/benchsync.h"
#include "ui/thread/threadspane.h"
#include "ui/thread/threadview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

using namespace steward;

namespace {

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

/// Runs work, then the event loop until the repaint it caused is done; ns taken.
template <typename F> qint64 timed(F work)
{
    QElapsedTimer t;
    t.start();
    work();
    QCoreApplication::processEvents();
    return t.nsecsElapsed();
}

struct Steps
{
    qint64 total = 0;
    qint64 worst = 0;
    int count = 0;
    void add(qint64 ns)
    {
        total += ns;
        worst = std::max(worst, ns);
        ++count;
    }
    QString mean() const { return QString::number(count ? ms(total) / count : 0, 'f', 2); }
    QString max() const { return QString::number(ms(worst), 'f', 2); }
};

QString f1(qint64 ns)
{
    return QString::number(ms(ns), 'f', 1);
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const bench::StoreOptions storeOptions;
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("Threads to open."), QStringLiteral("N"),
                                           QStringLiteral("100"));
    parser.addOptions({storeOptions.scale, storeOptions.db, threadsOption});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    sandbox::Scale scale{};
    const QString path = bench::syncedStore(parser, storeOptions, &scale, out);
    if (path.isEmpty())
        return 1;

    Database db;
    QString error;
    if (!db.open(path, &error))
        qFatal("%s", qPrintable(error));
    Store store(db);
    QNetworkAccessManager network;
    DiscourseClient client(SiteConnection{QUrl(QStringLiteral("https://forum.invalid")),
                                          QStringLiteral("mod"), QStringLiteral("k"), 60},
                           &network);
    Outbox outbox(client, store, QStringLiteral("mod"));

    // Opening: categories, the Latest view's ids and the first screen of rows, painted.
    ThreadsPane* pane = nullptr;
    const qint64 openNs = timed([&] {
        pane = new ThreadsPane(store, outbox);
        pane->resize(1280, 800);
        pane->show();
    });
    const int latest = pane->model().rowCount();

    out << "## Thread curation (" << sandbox::scaleName(scale) << " sandbox: " << latest
        << " topics in Latest)\n\n"
        << "| step | rows | ms | target |\n|---|---|---|---|\n"
        << "| open the Threads pane (categories, Latest, first screen) | " << latest << " | "
        << f1(openNs) << " | < 200 |\n";

    const std::pair<topics::View, const char*> views[] = {
        {topics::View::Unanswered, "unanswered"}, {topics::View::Unsolved, "no accepted solution"},
        {topics::View::Stale, "stale (90 days)"}, {topics::View::Flagged, "flagged"},
        {topics::View::Closed, "closed"},         {topics::View::Archived, "archived"},
        {topics::View::Latest, "latest"}};
    for (const auto& [view, name] : views) {
        const qint64 ns = timed([&] { pane->setView(view); });
        out << "| view: " << name << " | " << pane->model().rowCount() << " | " << f1(ns)
            << " | < 100 |\n";
    }
    const std::pair<int, const char*> sorts[] = {{TopicListModel::Posts, "posts"},
                                                 {TopicListModel::Title, "title"},
                                                 {TopicListModel::Likes, "likes"},
                                                 {TopicListModel::Activity, "activity"}};
    for (const auto& [column, name] : sorts) {
        const qint64 ns = timed([&] { pane->table()->sortByColumn(column, Qt::DescendingOrder); });
        out << "| sort Latest by " << name << " | " << pane->model().rowCount() << " | " << f1(ns)
            << " | < 100 |\n";
    }
    for (const char* words : {"sync", "invalid_grant", "export csv"}) {
        topics::Filter f = pane->model().filter();
        f.search = QString::fromLatin1(words);
        const qint64 ns = timed([&] { pane->model().setFilter(f); });
        out << "| search \"" << words << "\" (titles and posts) | " << pane->model().rowCount()
            << " | " << f1(ns) << " | < 100 |\n";
    }
    pane->model().setFilter(topics::Filter());
    QCoreApplication::processEvents();

    // Scrolling: a page at a time through the first 20,000 rows, then jumps across the list.
    QScrollBar* bar = pane->table()->verticalScrollBar();
    Steps page, jump;
    for (int i = 0; i < 200 && bar->value() < bar->maximum(); ++i)
        page.add(timed([&] { bar->setValue(bar->value() + bar->pageStep()); }));
    for (int i = 1; i <= 50; ++i)
        jump.add(timed([&] { bar->setValue(int(qint64(bar->maximum()) * ((i * 37) % 50) / 50)); }));
    out << "| scroll a page, mean of " << page.count << " | | " << page.mean() << " | < 16 |\n"
        << "| scroll a page, worst | | " << page.max() << " | < 16 |\n"
        << "| jump anywhere in the list, mean of " << jump.count << " | | " << jump.mean()
        << " | < 16 |\n"
        << "| jump anywhere, worst | | " << jump.max() << " | < 16 |\n";

    // Opening threads: the first page of posts, rendered with highlighted code.
    const int wanted = std::max(1, parser.value(threadsOption).toInt());
    pane->table()->sortByColumn(TopicListModel::Posts, Qt::DescendingOrder);
    QCoreApplication::processEvents();
    Steps open, more;
    int posts = 0;
    for (int i = 0; i < wanted && i < pane->model().rowCount(); ++i) {
        const Id id =
            pane->model().idAt(i * 7 % std::max(1, std::min(pane->model().rowCount(), 2000)));
        open.add(timed([&] { pane->selectTopic(id); }));
        posts += pane->threadView()->loadedPosts();
        if (pane->threadView()->hasMore())
            more.add(timed([&] { pane->threadView()->loadMore(); }));
    }
    out << "| open a thread (up to " << ThreadView::PageSize << " posts; "
        << posts / std::max(1, open.count) << " on average), mean of " << open.count << " | | "
        << open.mean() << " | < 50 |\n"
        << "| open a thread, worst | | " << open.max() << " | < 100 |\n"
        << (more.count == 0
                ? QString()
                : QStringLiteral("| load the next %1 posts, mean of %2 | | %3 | < 50 |\n")
                      .arg(ThreadView::PageSize)
                      .arg(more.count)
                      .arg(more.mean()))
        << "\nPeak RSS " << QString::number(bench::maxRssMb(), 'f', 0) << " MB.\n";
    delete pane;
    return 0;
}
