// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/server/sandboxserver.h"

#include "models/sandbox/generator/communitygenerator.h"
#include "models/sandbox/server/explorermirror.h"
#include "models/sandbox/server/explorerwarmup.h"
#include "models/sandbox/server/mutations.h"
#include "models/sandbox/server/requestcontext.h"
#include "models/sandbox/server/requestgate.h"
#include "models/sandbox/server/servicenow.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QHttpHeaders>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace steward::sandbox {

namespace {

QString keyFor(quint64 seed, const char* role)
{
    const QByteArray material =
        QByteArrayLiteral("steward-sandbox-") + role + '-' + QByteArray::number(seed);
    return QString::fromLatin1(
        QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex());
}

const SandboxUser* firstWith(const SandboxCommunity& community, bool admin)
{
    for (const SandboxUser& m : community.users) {
        if (admin ? m.user.admin : (m.user.moderator && !m.user.admin))
            return &m;
    }
    return nullptr;
}

/// Accepts connections with Nagle's algorithm off: answers go out as headers and body in
/// separate writes, and with Nagle plus the client's delayed ACK each small answer waited
/// ~40 ms (measured: 137 requests/s for a 7 KB topic page, ~7x more without).
class LowDelayTcpServer : public QTcpServer
{
public:
    LowDelayTcpServer(qint64 maxRequestBytes, QObject* parent)
        : QTcpServer(parent)
        , m_maxRequestBytes(maxRequestBytes)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        new RequestGate(socket, m_maxRequestBytes); // before the server's own handler
        addPendingConnection(socket);
    }

private:
    qint64 m_maxRequestBytes;
};

} // namespace

SandboxServer::SandboxServer(const GeneratorParams& params, const ServerOptions& options,
                             QObject* parent)
    : QObject(parent)
    , m_params(params)
    , m_options(options)
    , m_limiter(options.rateLimitPerMinute)
    , m_explorerLimiter(options.dataExplorerRunsPer10Seconds, 10'000)
    , m_time(options.clock ? options.clock : Clock::system())
    , m_routes(sandboxRoutes())
{
}

SandboxServer::~SandboxServer()
{
    m_explorerWarmUp.reset(); // joins a build in flight
    while (m_clockHolds > 0)
        releaseClockHold();
}

void SandboxServer::releaseClockHold()
{
    if (m_clockHolds <= 0)
        return;
    --m_clockHolds;
    m_time->endRealWork();
}

bool SandboxServer::listen(QString* error)
{
    if (m_tcp)
        return true;
    // Requests that arrive before start() has the community wait in the socket's backlog:
    // this thread answers them once start() returns to its event loop.
    m_http.setMissingHandler(
        this, [this](const QHttpServerRequest& request, QHttpServerResponder& responder) {
            handle(request, responder);
        });
    m_tcp = new LowDelayTcpServer(m_options.maxRequestBytes, this);
    if (!m_tcp->listen(QHostAddress::LocalHost, m_options.port) || !m_http.bind(m_tcp)) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2")
                     .arg(m_options.port)
                     .arg(m_tcp->errorString());
        return false;
    }
    return true;
}

bool SandboxServer::start(QString* error)
{
    if (!listen(error))
        return false;
    QList<QJsonObject> replay;
    if (!m_options.dataDirectory.isEmpty()) {
        if (!openData(error))
            return false;
        m_journal->seek(0);
        while (!m_journal->atEnd()) {
            const QByteArray line = m_journal->readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (!doc.isObject()) {
                *error = QStringLiteral("%1 is damaged; remove it or the data directory")
                             .arg(m_journal->fileName());
                return false;
            }
            replay.append(doc.object());
        }
        m_journal->seek(m_journal->size());
    }
    QElapsedTimer timer;
    timer.start();
    m_community = generateCommunity(m_params);
    m_community.locale = m_options.locale;
    m_community.megaTopicPosts = m_options.megaTopicPosts;
    m_generationMs = timer.elapsed();
    for (const QJsonObject& action : replay) {
        applyAction(m_community, action);
        m_clockFloor = std::max(m_clockFloor, action.value(QStringLiteral("at")).toInteger() + 1);
    }

    if (m_options.dataExplorer)
        startExplorerWarmUp(m_options.dataExplorerWarmUpDelayMs);
    m_startedMs = m_time->monotonicMs();
    return true;
}

bool SandboxServer::openData(QString* error)
{
    QDir dir(m_options.dataDirectory);
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = QStringLiteral("cannot create %1").arg(dir.absolutePath());
        return false;
    }
    QFile meta(dir.filePath(QStringLiteral("sandbox.json")));
    if (meta.exists()) {
        if (!meta.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(meta.fileName());
            return false;
        }
        const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
        const auto scale = scaleFromString(o.value(QStringLiteral("scale")).toString());
        const QDateTime now =
            QDateTime::fromString(o.value(QStringLiteral("now")).toString(), Qt::ISODateWithMs);
        if (!scale || !now.isValid()) {
            *error = QStringLiteral("%1 is damaged; remove the data directory to start afresh")
                         .arg(meta.fileName());
            return false;
        }
        m_params.scale = *scale;
        m_params.seed = o.value(QStringLiteral("seed")).toString().toULongLong();
        m_params.now = now;
    } else {
        if (!meta.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot write %1").arg(meta.fileName());
            return false;
        }
        const QJsonObject o{
            {QStringLiteral("scale"), scaleName(m_params.scale)},
            {QStringLiteral("seed"), QString::number(m_params.seed)},
            {QStringLiteral("now"), m_params.now.toUTC().toString(Qt::ISODateWithMs)}};
        meta.write(QJsonDocument(o).toJson());
    }
    m_journal = std::make_unique<QFile>(dir.filePath(QStringLiteral("journal.jsonl")));
    if (!m_journal->open(QIODevice::ReadWrite | QIODevice::Append)) {
        *error = QStringLiteral("cannot open %1").arg(m_journal->fileName());
        return false;
    }
    return true;
}

ExplorerMirror* SandboxServer::explorerMirror(int* retryAfterSeconds, QString* error)
{
    *retryAfterSeconds = 0;
    if (m_explorerWarmUp) {
        if (!m_explorerWarmUp->isFinished()) {
            *retryAfterSeconds = m_explorerWarmUp->secondsLeft();
            return nullptr;
        }
        m_explorerMirror = m_explorerWarmUp->take(error);
        m_explorerWarmUp.reset();
    }
    // Incremental once built. Without a mirror (a failed build or refresh), a new one is built
    // on a worker as at start: a full build never runs on the server's thread.
    if (m_explorerMirror && m_explorerMirror->refresh(m_community, error))
        return m_explorerMirror.get();
    m_explorerMirror.reset();
    startExplorerWarmUp();
    if (error->isEmpty()) // there was none yet: wait for it
        *retryAfterSeconds = m_explorerWarmUp->secondsLeft();
    return nullptr; // with error: this run reports the failure, the next ones wait for the new
                    // build
}

int SandboxServer::explorerWarmUpSecondsLeft() const
{
    return m_explorerWarmUp && !m_explorerWarmUp->isFinished() ? m_explorerWarmUp->secondsLeft()
                                                               : 0;
}

void SandboxServer::startExplorerWarmUp(int delayMs)
{
    QElapsedTimer copying;
    copying.start();
    // The build runs on real time: a VirtualClock must not jump past it (a client would wait
    // out every 503 of the warm-up in no time at all and give up).
    ++m_clockHolds;
    m_time->beginRealWork();
    m_explorerWarmUp = std::make_unique<ExplorerWarmUp>(
        ExplorerWarmUp::snapshotForMirror(m_community), delayMs, [this] {
            QMetaObject::invokeMethod(this, [this] { releaseClockHold(); }, Qt::QueuedConnection);
        });
    m_explorerSnapshotMs = copying.elapsed();
}

bool SandboxServer::waitForExplorerMirror(int timeoutMs)
{
    int retryAfter = 0;
    QString error;
    if (!m_explorerMirror && !m_explorerWarmUp)
        explorerMirror(&retryAfter, &error); // starts a build
    if (m_explorerWarmUp && !m_explorerWarmUp->wait(timeoutMs))
        return false;
    return explorerMirror(&retryAfter, &error) != nullptr;
}

int SandboxServer::admitExplorerRun()
{
    const int wait = m_explorerLimiter.admit(uptimeMs());
    return m_options.dataExplorerBlock ? wait : 0;
}

QUrl SandboxServer::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_tcp ? m_tcp->serverPort() : m_options.port);
    return u;
}

ApiCredentials SandboxServer::adminCredentials() const
{
    const SandboxUser* admin = firstWith(m_community, true);
    return {admin ? admin->user.username : QString(), keyFor(m_params.seed, "admin")};
}

ApiCredentials SandboxServer::caseCredentials() const
{
    return {QStringLiteral("steward.integration"), keyFor(m_params.seed, "servicenow")};
}

ApiCredentials SandboxServer::moderatorCredentials() const
{
    const SandboxUser* moderator = firstWith(m_community, false);
    return {moderator ? moderator->user.username : QString(), keyFor(m_params.seed, "moderator")};
}

qint64 SandboxServer::clock() const
{
    return std::max(m_clockFloor, m_community.now.toSecsSinceEpoch() + uptimeMs() / 1000);
}

Reply SandboxServer::write(const QJsonObject& action)
{
    Reply reply = applyAction(m_community, action);
    if (reply.isSuccess() && m_journal) {
        m_journal->write(QJsonDocument(action).toJson(QJsonDocument::Compact) + '\n');
        m_journal->flush();
    }
    m_clockFloor = std::max(m_clockFloor, action.value(QStringLiteral("at")).toInteger() + 1);
    return reply;
}

void SandboxServer::handle(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    ++m_requests;
    const FaultSpec& faults = m_options.faults;
    Rng rng = Rng(m_params.seed ^ 0xfa017ULL).fork(m_requests);
    const double roll = rng.uniform();
    if (roll < faults.stall) {
        m_stalled.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
        return;
    }
    Reply reply;
    bool isGet = false;
    if (roll < faults.stall + faults.serverError) {
        static constexpr int kCodes[] = {500, 502, 503};
        reply.status = kCodes[rng.range(0, 2)];
        reply.body = QByteArrayLiteral("<html><body><h1>Server error</h1></body></html>");
        reply.headers.emplaceBack("Content-Type", "text/html");
    } else {
        reply = dispatch(request, &isGet);
        const double corrupt = rng.uniform();
        if (isGet && reply.isSuccess()) {
            if (corrupt < faults.malformed)
                reply.body = QByteArrayLiteral("{\"errors\": [unterminated <html>");
            else if (corrupt < faults.malformed + faults.truncated)
                reply.body.truncate(reply.body.size() / 2);
        }
    }
    // Every HTTP/1.1 origin server sends its clock (RFC 9110 §6.6.1); the sandbox's runs from its
    // history's end.
    const QByteArray date =
        QLocale::c()
            .toString(toDateTime(clock()), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
            .toLatin1();
    auto send = [reply, date](QHttpServerResponder& r) {
        QHttpHeaders headers;
        headers.append(QHttpHeaders::WellKnownHeader::Date, date);
        bool typed = false;
        for (const auto& [name, value] : reply.headers) {
            headers.append(name, value);
            typed = typed || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
        }
        if (!typed)
            headers.append(QHttpHeaders::WellKnownHeader::ContentType,
                           "application/json; charset=utf-8");
        r.write(reply.body, headers, QHttpServerResponder::StatusCode(reply.status));
    };
    if (faults.latencyMs <= 0) {
        send(responder);
        return;
    }
    auto delayed = std::make_shared<QHttpServerResponder>(std::move(responder));
    QTimer::singleShot(faults.latencyMs, this, [delayed, send] { send(*delayed); });
}

Reply SandboxServer::dispatch(const QHttpServerRequest& request, bool* isGet)
{
    *isGet = request.method() == QHttpServerRequest::Method::Get;
    QString path = request.url().path();
    if (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    // The plugin's write and run routes default to JSON (scope "/", defaults: {format: :json}).
    // The user-notes engine's paths have no format: its writes, which an API key exempts from
    // check_xhr, answer JSON; its index, like any GET, needs JSON asked for.
    const bool jsonByDefault = request.method() != QHttpServerRequest::Method::Get &&
                               (path.startsWith(u"/admin/plugins/") || path == u"/user_notes" ||
                                path.startsWith(u"/user_notes/"));
    // The engine is mounted at /user_notes: /user_notes.json is no path of it (a client that
    // adds .json there reads a site without the plugin, as on Discourse).
    if (path == u"/user_notes.json")
        return Reply::notFound();
    if (path.endsWith(QStringLiteral(".json")))
        path.chop(5);
    else if (!jsonByDefault && !request.value("Accept").contains("application/json"))
        return {200,
                QByteArrayLiteral(
                    "<!DOCTYPE html><html><head><title>Fieldnote Community</title></head>"
                    "<body><noscript>This page needs JavaScript.</noscript></body></html>"),
                {{"Content-Type", "text/html; charset=utf-8"}}};

    if (path == u"/api/now/table/sn_customerservice_case" &&
        request.method() == QHttpServerRequest::Method::Post)
        return serviceNowCase(
            request.value("Authorization"), caseCredentials(),
            parseRequestBody(request.body(), request.value("Content-Type")),
            [this](const QJsonObject& action) { return write(action); }, clock());

    const QByteArray key = request.value("Api-Key");
    const QString username = QString::fromUtf8(request.value("Api-Username"));
    const SandboxUser* actor = nullptr;
    if (!key.isEmpty()) {
        const ApiCredentials admin = adminCredentials();
        const ApiCredentials moderator = moderatorCredentials();
        if (key == admin.key.toLatin1())
            actor = m_community.userByName(username.isEmpty() ? admin.username : username);
        else if (key == moderator.key.toLatin1() &&
                 (username.isEmpty() ||
                  username.compare(moderator.username, Qt::CaseInsensitive) == 0))
            actor = m_community.userByName(moderator.username);
        if (!actor || actor->deleted || actor->user.isSuspendedAt(toDateTime(clock())))
            return Reply::error(403,
                                QStringLiteral("You supplied invalid authentication credentials."),
                                QStringLiteral("invalid_access"));
        if (const int wait = m_limiter.admit(uptimeMs()); wait > 0) {
            Reply limited = Reply::error(
                429,
                QStringLiteral("You’ve performed this action too many times. Please wait %1 "
                               "seconds before trying again.")
                    .arg(wait),
                QStringLiteral("rate_limit"),
                QJsonObject{{QStringLiteral("wait_seconds"), wait},
                            {QStringLiteral("time_left"), QStringLiteral("%1 seconds").arg(wait)}});
            limited.headers.emplaceBack("Retry-After", QByteArray::number(wait));
            limited.headers.emplaceBack("Discourse-Rate-Limit-Error-Code",
                                        "admin_api_key_rate_limit");
            return limited;
        }
    }

    for (const Route& route : m_routes) {
        if (route.method != request.method())
            continue;
        QRegularExpressionMatch match = route.pattern.match(path);
        if (!match.hasMatch())
            continue;
        if (route.access != Access::Public) {
            if (!actor)
                return Reply::error(403, QStringLiteral("You need to be logged in to do that."),
                                    QStringLiteral("not_logged_in"));
            // Discourse mounts /admin under a staff constraint (and some of it under an admin
            // one): a user who fails it gets the 404 of a route that does not exist.
            if (!actor->user.isStaff() || (route.access == Access::Admin && !actor->user.admin))
                return path.startsWith(u"/admin/") ? Reply::notFound() : Reply::forbidden();
        }
        RequestContext context;
        context.match = match;
        context.query = QUrlQuery(request.url());
        context.body = parseRequestBody(request.body(), request.value("Content-Type"));
        context.actor = actor;
        context.at = clock();
        return route.handler(*this, context);
    }
    return Reply::notFound();
}

} // namespace steward::sandbox
