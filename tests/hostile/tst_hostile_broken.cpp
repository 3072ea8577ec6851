// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Broken answers to /latest.json (after /site.json and the users came whole). Most are retried
// (5 attempts with backoff), so each takes 10-15 s; they run side by side, each against its own
// hostile server and database, and each is checked against its own bound and expectation.
// Issue 21 found these held (200 MB, gzip bomb, deep nesting, invalid UTF-8, 5xx storms,
// redirect loops); those that break HTTP itself are new here.
#include "tests/hostile/hostilepayloads.h"
#include "tests/hostile/tst_hostile.h"

namespace steward::testing {

namespace {

struct Probe
{
    const char* name;
    HostileHandler latest; ///< what /latest.json answers
    QList<int> exitCodes;
    QString message;                                        ///< a regular expression over stderr
    std::function<QString(const HostileServer&)> more = {}; ///< an extra check; empty when it holds
};

QByteArray okHead(qint64 length, const QByteArray& extra = {})
{
    return httpHead(200, length, "application/json; charset=utf-8", extra);
}

QList<Probe> probes()
{
    const QByteArray bomb = gzipBomb(qint64(1) << 30);
    return {
        {"endless 5xx",
         [](const HostileRequest&, HostileExchange* x) {
             x->respond(502, "<html><body>Bad Gateway</body></html>", "text/html");
         },
         {76},
         "502",
         [](const HostileServer& s) {
             return s.count("/latest.json") <= 5
                        ? QString()
                        : QStringLiteral("%1 tries").arg(s.count("/latest.json"));
         }},
        {"200 MB answer",
         [](const HostileRequest&, HostileExchange* x) {
             x->stream(okHead(200 * 1000 * 1000), 200 * 1000 * 1000, R"({"a":[1,2,3]},)");
         },
         {76},
         "larger than 64 MiB"},
        {"gzip bomb (1 GiB from 6.5 MB)",
         [bomb](const HostileRequest&, HostileExchange* x) {
             x->writeRaw(okHead(bomb.size(), "Content-Encoding: gzip\r\n") + bomb);
         },
         {76, 68},
         "not Discourse|decompress"}, // the contract here is the memory bound
        {"100k nested [",
         [](const HostileRequest&, HostileExchange* x) {
             x->respond(200, QByteArray(100000, '[') + QByteArray(100000, ']'));
         },
         {76},
         "not Discourse.*nested"},
        {"invalid UTF-8",
         [](const HostileRequest&, HostileExchange* x) {
             x->forward([](int&, QByteArray& body) {
                 body.replace("\"title\":\"", "\"title\":\"\xff\xfe\xc3\x28\xed\xa0\x80");
             });
         },
         {76},
         "not Discourse.*UTF"},
        // Content-Length promises 100,000 bytes; 34 come, then the connection closes. A cut
        // answer is a network failure (68), and the message says the connection closed; not
        // "invalid JSON", as if the server had sent those 34 bytes as its whole answer.
        {"closed mid-body",
         [](const HostileRequest&, HostileExchange* x) {
             x->writeRaw(okHead(100000) + R"({"users":[{"id":1,"username":"a"},)");
         },
         {68},
         "closed"},
        {"malformed status line",
         [](const HostileRequest&, HostileExchange* x) {
             x->writeRaw("HTTP/1.1 two hundred OK\r\nContent-Length: 2\r\n\r\n{}");
         },
         {68},
         "cannot reach"},
        {"not HTTP at all",
         [](const HostileRequest&, HostileExchange* x) {
             x->writeRaw("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n");
         },
         {68},
         "cannot reach"},
        // Two different Content-Lengths (a smuggling vector), a line with no colon, a 1 MiB header.
        {"malformed headers",
         [](const HostileRequest&, HostileExchange* x) {
             x->writeRaw("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 99999\r\nthis is "
                         "not a header\r\nX-Huge: " +
                         QByteArray(1024 * 1024, 'x') + "\r\n\r\n{}");
         },
         {68, 76},
         "cannot reach|not Discourse"},
        // Within the site, so each hop is allowed until the client's limit; the message must
        // say it was redirects, not only "unexpected status 302".
        {"redirect loop",
         [](const HostileRequest& r, HostileExchange* x) {
             x->respond(302, {}, "text/html",
                        "Location: /latest.json?" +
                            r.query.toString(QUrl::FullyEncoded).toLatin1() + "&again=1\r\n");
         },
         {68, 76},
         "redirect"},
    };
}

} // namespace

// Issue 21, held: 200 MB answers, gzip bombs, deep nesting, invalid UTF-8, 5xx storms,
// redirect loops; and answers that break HTTP itself.
void TestHostile::brokenAnswersEndBounded()
{
    struct Running
    {
        Probe probe;
        std::unique_ptr<HostileServer> server;
        std::unique_ptr<WatchedProcess> process;
        QString db;
    };
    std::vector<Running> runs;
    for (Probe& probe : probes()) {
        Running run{std::move(probe), hostile(), std::make_unique<WatchedProcess>(),
                    m_dir->filePath(QString::number(runs.size()) + QStringLiteral(".db"))};
        run.server->on("/latest.json", run.probe.latest);
        run.process->start(QStringLiteral(STEWARDCTL), syncArguments(run.server->url(), run.db),
                           stewardctlEnvironment());
        runs.push_back(std::move(run));
    }
    QStringList failures;
    for (Running& run : runs) {
        const RunResult r = run.process->wait(kBoundMs);
        QString failure = endedAs(r, run.db, run.probe.exitCodes, run.probe.message, kBoundMs,
                                  QString::fromLatin1(run.probe.name));
        if (failure.isEmpty() && run.probe.more)
            failure = run.probe.more(*run.server);
        if (failure.isEmpty() &&
            run.server->countWithKey(kSecretKey) != run.server->requests().size())
            failure = QStringLiteral("requests without the key");
        if (!failure.isEmpty())
            failures.append(
                QStringLiteral("%1: %2").arg(QString::fromLatin1(run.probe.name), failure));
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n"))));
}

} // namespace steward::testing
