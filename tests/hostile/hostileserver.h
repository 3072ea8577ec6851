// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace steward::testing {

/// One request as it arrived, headers and body whole.
struct HostileRequest
{
    QByteArray method;
    QByteArray target; ///< path and query, as sent
    QByteArray path;   ///< without the query
    QUrlQuery query;
    QByteArray headerBlock;
    QByteArray body;

    /// The first header of that name (case-insensitive), trimmed; empty if absent.
    QByteArray header(const QByteArray& name) const;
};

/// The connection a request came on. A handler answers through it at once or later (it lives
/// as long as the socket); every answer closes the connection after it is written, so each
/// request comes on a connection of its own.
class HostileExchange : public QObject
{
    Q_OBJECT
public:
    HostileExchange(QTcpSocket* socket, class HostileServer* server, HostileRequest request);

    const HostileRequest& request() const { return m_request; }

    /// A well-formed answer with Content-Length.
    void respond(int status, const QByteArray& body,
                 const QByteArray& contentType = "application/json; charset=utf-8",
                 const QByteArray& extraHeaders = {});
    /// Exactly these bytes, then (if close) the connection closes once they are written.
    void writeRaw(const QByteArray& bytes, bool close = true);
    /// The head at once, then the body one byte every intervalMs. Stops when the peer goes.
    void trickle(const QByteArray& head, const QByteArray& body, int intervalMs);
    /// The head, then `total` bytes made of `fill` repeated, written as the socket drains (never
    /// more than a few MiB held). Stops when the peer goes.
    void stream(const QByteArray& head, qint64 total, const QByteArray& fill);
    /// Asks the server's upstream for the same target (or `target` when given), with the
    /// upstream's credentials in place of the caller's; `edit` may change the answer before it
    /// is sent on. The answer goes out as a plain (not compressed) body.
    void forward(std::function<void(int& status, QByteArray& body)> edit = {},
                 const QByteArray& target = {});
    /// The upstream's answer to the same target (or `target`), handed to `done` to misuse.
    void fetchUpstream(std::function<void(int status, const QByteArray& body)> done,
                       const QByteArray& target = {});
    void close();

    bool peerGone() const
    {
        return !m_socket || m_socket->state() != QAbstractSocket::ConnectedState;
    }
    /// Bytes of the answer written so far.
    qint64 written() const { return m_written; }

private:
    void pump();

    QPointer<QTcpSocket> m_socket;
    HostileServer* m_server;
    HostileRequest m_request;
    qint64 m_written = 0;
    qint64 m_toStream = 0;
    QByteArray m_fill;
};

using HostileHandler = std::function<void(const HostileRequest&, HostileExchange*)>;

/// A scriptable, misbehaving HTTP/1.1 server on 127.0.0.1, raw bytes over QTcpServer (or
/// QSslServer, given to the constructor), so it can break HTTP itself. Handlers are chosen by
/// exact path (query left out); every other path goes to the fallback, which forwards to the
/// upstream (an honest sandbox) when one is set and else answers Discourse's 404. Records every
/// request. Lives on the thread that creates it.
class HostileServer : public QObject
{
    Q_OBJECT
public:
    explicit HostileServer(QTcpServer* server = nullptr, QObject* parent = nullptr);

    bool listen();
    quint16 port() const { return m_server->serverPort(); }
    /// http://127.0.0.1:PORT (https:// when constructed over a QSslServer).
    QUrl url() const;

    void on(const QByteArray& path, HostileHandler handler)
    {
        m_handlers.insert(path, std::move(handler));
    }
    void otherwise(HostileHandler handler) { m_fallback = std::move(handler); }
    /// The honest server forward() asks, and the credentials it sends there.
    void setUpstream(const QUrl& url, const QByteArray& apiUsername, const QByteArray& apiKey);

    const QList<HostileRequest>& requests() const { return m_requests; }
    /// Requests to this path, and how many carried this Api-Key.
    int count(const QByteArray& path) const;
    int countWithKey(const QByteArray& apiKey) const;

private:
    friend class HostileExchange;
    void accept();
    void dispatch(const HostileRequest& request, HostileExchange* exchange);

    QTcpServer* m_server;
    bool m_tls = false;
    QHash<QByteArray, HostileHandler> m_handlers;
    HostileHandler m_fallback;
    QList<HostileRequest> m_requests;
    QNetworkAccessManager m_network;
    QUrl m_upstream;
    QByteArray m_upstreamUser;
    QByteArray m_upstreamKey;
};

/// "HTTP/1.1 <status> X\r\nContent-Type: …\r\nContent-Length: <length>\r\nConnection:
/// close\r\n<extra>\r\n"
QByteArray httpHead(int status, qint64 contentLength,
                    const QByteArray& contentType = "application/json; charset=utf-8",
                    const QByteArray& extraHeaders = {});
/// Discourse's error body: {"errors":[message],"error_type":type} plus extras when given.
QByteArray discourseError(const QByteArray& message, const QByteArray& type,
                          const QByteArray& extrasJson = {});

} // namespace steward::testing
