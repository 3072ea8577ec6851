// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>
#include <memory>

namespace steward::testing {

/// A minimal plain-HTTP server on loopback for tests of what is not the sandbox (a web
/// page, an image host): each request gets respond(path)'s answer and the connection
/// closes. It records the paths asked for.
class LoopbackHttp
{
public:
    struct Response
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        QByteArray headers = {}; ///< more header lines, each ending in \r\n (a Location, say)
    };

    explicit LoopbackHttp(std::function<Response(const QByteArray& path)> respond)
        : m_respond(std::move(respond))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            QTcpSocket* socket = m_server.nextPendingConnection();
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                buffer->append(socket->readAll());
                // Wait for the whole request: headers, then Content-Length bytes of body.
                const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                qsizetype length = 0;
                for (const QByteArray& line : buffer->left(headerEnd).split('\n'))
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                if (buffer->size() < headerEnd + 4 + length)
                    return;
                const QByteArray path = buffer->split(' ').value(1);
                m_requested.append(QString::fromLatin1(path));
                m_bodies.append(buffer->mid(headerEnd + 4, length));
                m_headers.append(buffer->left(headerEnd));
                const Response r = m_respond(path);
                socket->write("HTTP/1.1 " + QByteArray::number(r.status) +
                              (r.status == 200 ? " OK" : " Error") +
                              "\r\nContent-Type: " + r.contentType +
                              "\r\nContent-Length: " + QByteArray::number(r.body.size()) + "\r\n" +
                              r.headers + "Connection: close\r\n\r\n" + r.body);
                socket->disconnectFromHost();
            });
        });
    }
    bool listen(const QHostAddress& address = QHostAddress::LocalHost)
    {
        return m_server.listen(address);
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://%1:%2")
                        .arg(m_server.serverAddress().toString())
                        .arg(m_server.serverPort()));
    }
    QStringList& requested() { return m_requested; }
    /// The body and the header block of each request, in order.
    const QList<QByteArray>& bodies() const { return m_bodies; }
    const QList<QByteArray>& headers() const { return m_headers; }

private:
    std::function<Response(const QByteArray&)> m_respond;
    QTcpServer m_server;
    QStringList m_requested;
    QList<QByteArray> m_bodies;
    QList<QByteArray> m_headers;
};

} // namespace steward::testing
