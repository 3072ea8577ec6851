// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the sandbox: generation time per scale, and requests per second served on
// loopback for the main list endpoints, with the server on its own thread and a client
// keeping a fixed number of requests in flight. Prints a Markdown table for docs/benchmarks.md.
//
//   bench_sandbox [--large] [--seconds N] [--concurrency N]
#include "models/sandbox/generator/communitygenerator.h"
#include "models/sandbox/server/sandboxthread.h"
#include "tests/bench/benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>

using namespace steward::sandbox;

namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(15, 0), QTimeZone::UTC);

struct Load
{
    int ok = 0;
    int failed = 0;
    double seconds = 0;
    qint64 bytes = 0;
};

/// Keeps `concurrency` GETs of path in flight for `seconds`; counts 200 answers.
Load hammer(const QUrl& base, const QString& path, const ApiCredentials& credentials,
            int concurrency, double seconds)
{
    QNetworkAccessManager network;
    Load load;
    QElapsedTimer timer;
    QEventLoop loop;
    int inFlight = 0;
    std::function<void()> send = [&] {
        QNetworkRequest request(base.resolved(QUrl(path)));
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("Api-Key", credentials.key.toLatin1());
        request.setRawHeader("Api-Username", credentials.username.toUtf8());
        QNetworkReply* reply = network.get(request);
        ++inFlight;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            --inFlight;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
                ++load.ok;
                load.bytes += reply->readAll().size();
            } else {
                ++load.failed;
            }
            reply->deleteLater();
            if (timer.elapsed() < qint64(seconds * 1000))
                send();
            else if (inFlight == 0)
                loop.quit();
        });
    };
    timer.start();
    for (int i = 0; i < concurrency; ++i)
        send();
    loop.exec();
    load.seconds = double(timer.elapsed()) / 1000.0;
    return load;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption large(
        QStringLiteral("large"), QStringLiteral("Also generate the large (~2M posts) community."));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("Seconds per endpoint."), QStringLiteral("N"),
                                     QStringLiteral("3"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         QStringLiteral("Requests in flight."), QStringLiteral("N"),
                                         QStringLiteral("8"));
    parser.addOptions({large, seconds, concurrency});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);

    out << "## Sandbox generation\n\n| scale | users | topics | posts | review items | time (ms) | "
           "peak RSS (MB) |\n|---|---|---|---|---|---|---|\n";
    QList<Scale> scales{Scale::Small, Scale::Medium};
    if (parser.isSet(large))
        scales << Scale::Large;
    for (Scale scale : scales) {
        GeneratorParams params;
        params.scale = scale;
        params.now = kNow;
        QElapsedTimer timer;
        timer.start();
        const SandboxCommunity c = generateCommunity(params);
        const qint64 ms = timer.elapsed();
        out << "| " << scaleName(scale) << " | " << c.users.size() << " | " << c.topics.size()
            << " | " << c.posts.size() << " | " << c.reviews.size() << " | " << ms << " | "
            << qRound(steward::bench::maxRssMb()) << " |\n";
        out.flush();
    }

    // The server on its own thread, the client on this one.
    GeneratorParams params;
    params.scale = Scale::Medium;
    params.now = kNow;
    SandboxThread sandbox;
    if (QString error; !sandbox.start(params, {}, &error))
        qFatal("%s", qPrintable(error));
    SandboxServer* server = sandbox.server();
    const int n = parser.value(concurrency).toInt();
    const double s = parser.value(seconds).toDouble();
    const ApiCredentials admin = server->adminCredentials();
    const SandboxCommunity& c = server->community();
    const QString topic = QStringLiteral("/t/%1.json").arg(c.topics[c.topics.size() / 2].topic.id);

    out << "\n## Sandbox requests per second (medium community, loopback, " << n << " in flight, "
        << s << " s each)\n\n"
        << "| endpoint | requests/s | mean answer (KB) | failed |\n|---|---|---|---|\n";
    for (const QString& path :
         {QStringLiteral("/posts.json"), QStringLiteral("/posts.json?before=100000"),
          QStringLiteral("/latest.json"), QStringLiteral("/latest.json?page=40"), topic,
          QStringLiteral("/review.json"), QStringLiteral("/review.json?status=all&offset=500")}) {
        const Load load = hammer(server->url(), path, admin, n, s);
        out << "| `GET " << path << "` | " << qRound(load.ok / load.seconds) << " | "
            << QString::number(double(load.bytes) / std::max(1, load.ok) / 1024.0, 'f', 1) << " | "
            << load.failed << " |\n";
        out.flush();
    }
    return 0;
}
