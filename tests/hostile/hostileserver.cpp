// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/hostile/hostileserver.h"

#include <QNetworkReply>
#include <QSslServer>
#include <QTimer>

#include <memory>

namespace steward::testing {

namespace {
constexpr qint64 kStreamHighWater =
    4 * 1024 * 1024; // bytes queued in the socket before waiting for it to drain
} // namespace

QByteArray HostileRequest::header(const QByteArray& name) const
{
    for (const QByteArray& line : headerBlock.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray httpHead(int status, qint64 contentLength, const QByteArray& contentType,
                    const QByteArray& extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(status) + (status < 400 ? " OK" : " Error") +
           "\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(contentLength) +
           "\r\nConnection: close\r\n" + extraHeaders + "\r\n";
}

QByteArray discourseError(const QByteArray& message, const QByteArray& type,
                          const QByteArray& extrasJson)
{
    QByteArray body = R"({"errors":[")" + message + R"("],"error_type":")" + type + '"';
    if (!extrasJson.isEmpty())
        body += R"(,"extras":)" + extrasJson;
    return body + '}';
}

HostileExchange::HostileExchange(QTcpSocket* socket, HostileServer* server, HostileRequest request)
    : QObject(socket)
    , m_socket(socket)
    , m_server(server)
    , m_request(std::move(request))
{
    connect(socket, &QTcpSocket::bytesWritten, this, [this] { pump(); });
}

void HostileExchange::respond(int status, const QByteArray& body, const QByteArray& contentType,
                              const QByteArray& extraHeaders)
{
    writeRaw(httpHead(status, body.size(), contentType, extraHeaders) + body);
}

void HostileExchange::writeRaw(const QByteArray& bytes, bool closeAfter)
{
    QTcpSocket* socket = m_socket.data();
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_written += socket->write(bytes);
    if (closeAfter)
        close();
}

void HostileExchange::close()
{
    if (QTcpSocket* socket = m_socket.data())
        socket->disconnectFromHost(); // after what is queued has been written
}

void HostileExchange::trickle(const QByteArray& head, const QByteArray& body, int intervalMs)
{
    writeRaw(head, false);
    auto* timer = new QTimer(this);
    auto sent = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, this, [this, timer, body, sent] {
        if (peerGone() || *sent >= body.size()) {
            timer->stop();
            return close();
        }
        writeRaw(body.mid((*sent)++, 1), false);
    });
    timer->start(intervalMs);
}

void HostileExchange::stream(const QByteArray& head, qint64 total, const QByteArray& fill)
{
    m_fill = fill.isEmpty() ? QByteArray(1, ' ') : fill;
    while (m_fill.size() < 256 * 1024)
        m_fill += m_fill;
    m_toStream = total;
    writeRaw(head, false);
    pump();
}

void HostileExchange::pump()
{
    QTcpSocket* socket = m_socket.data();
    while (m_toStream > 0 && socket && socket->state() == QAbstractSocket::ConnectedState &&
           socket->bytesToWrite() < kStreamHighWater) {
        const QByteArray chunk =
            m_fill.left(qsizetype(std::min<qint64>(m_fill.size(), m_toStream)));
        m_toStream -= chunk.size();
        m_written += socket->write(chunk);
        if (m_toStream == 0)
            close();
    }
    if (peerGone())
        m_toStream = 0;
}

void HostileExchange::forward(std::function<void(int&, QByteArray&)> edit, const QByteArray& target)
{
    fetchUpstream(
        [this, edit](int status, const QByteArray& answer) {
            QByteArray body = answer;
            if (edit)
                edit(status, body);
            respond(status, body);
        },
        target);
}

void HostileExchange::fetchUpstream(std::function<void(int, const QByteArray&)> done,
                                    const QByteArray& target)
{
    QUrl url = m_server->m_upstream;
    const QUrl relative = QUrl::fromEncoded(target.isEmpty() ? m_request.target : target);
    url.setPath(relative.path());
    url.setQuery(relative.query(QUrl::FullyEncoded));
    QNetworkRequest upstream(url);
    upstream.setRawHeader("Accept", "application/json");
    upstream.setRawHeader("Api-Key", m_server->m_upstreamKey);
    upstream.setRawHeader("Api-Username", m_server->m_upstreamUser);
    QNetworkReply* reply =
        m_server->m_network.sendCustomRequest(upstream, m_request.method, m_request.body);
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        done(status == 0 ? 502 : status, reply->readAll());
    });
}

HostileServer::HostileServer(QTcpServer* server, QObject* parent)
    : QObject(parent)
    , m_server(server ? server : new QTcpServer(this))
    , m_tls(qobject_cast<QSslServer*>(server) != nullptr)
{
    m_server->setParent(this);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HostileServer::accept);
    m_fallback = [this](const HostileRequest&, HostileExchange* exchange) {
        if (m_upstream.isValid())
            return exchange->forward();
        exchange->respond(
            404, discourseError("The requested URL or resource could not be found.", "not_found"));
    };
}

bool HostileServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost);
}

QUrl HostileServer::url() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(m_tls ? u"https" : u"http").arg(port()));
}

void HostileServer::setUpstream(const QUrl& url, const QByteArray& apiUsername,
                                const QByteArray& apiKey)
{
    m_upstream = url;
    m_upstreamUser = apiUsername;
    m_upstreamKey = apiKey;
}

int HostileServer::count(const QByteArray& path) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&](const HostileRequest& r) { return r.path == path; }));
}

int HostileServer::countWithKey(const QByteArray& apiKey) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const HostileRequest& r) {
        return r.header("Api-Key") == apiKey;
    }));
}

void HostileServer::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        auto answered = std::make_shared<bool>(false);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, answered] {
            buffer->append(socket->readAll());
            if (*answered)
                return; // one request per connection; anything after it is ignored
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            HostileRequest request;
            request.headerBlock = buffer->left(headerEnd);
            const QList<QByteArray> line =
                request.headerBlock.left(request.headerBlock.indexOf("\r\n")).split(' ');
            request.method = line.value(0);
            request.target = line.value(1);
            const qint64 length = request.header("Content-Length").toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return;
            request.body = buffer->mid(headerEnd + 4, length);
            const qsizetype q = request.target.indexOf('?');
            request.path = q < 0 ? request.target : request.target.left(q);
            request.query =
                QUrlQuery(QString::fromLatin1(q < 0 ? QByteArray() : request.target.mid(q + 1)));
            *answered = true;
            dispatch(request, new HostileExchange(socket, this, request));
        });
    }
}

void HostileServer::dispatch(const HostileRequest& request, HostileExchange* exchange)
{
    m_requests.append(request);
    const auto handler = m_handlers.constFind(request.path);
    (handler != m_handlers.cend() ? *handler : m_fallback)(request, exchange);
}

} // namespace steward::testing
