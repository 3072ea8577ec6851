// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/server/requestgate.h"

#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace steward::sandbox {

namespace {

constexpr int kDrainMs = 3000;

/// The Content-Length a complete header block declares, -1 when it declares none or the
/// block is not complete yet.
qint64 declaredLength(const QByteArray& head)
{
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0)
        return -1;
    for (const QByteArray& line : head.left(end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 &&
            line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 n = line.mid(colon + 1).trimmed().toLongLong(&ok);
            return ok ? n : std::numeric_limits<qint64>::max(); // unreadable: as good as too large
        }
    }
    return -1;
}

} // namespace

RequestGate::RequestGate(QTcpSocket* socket, qint64 maxBytes)
    : QObject(socket)
    , m_socket(socket)
    , m_maxBytes(maxBytes)
{
    // A backstop if counting ever falls behind: the socket never holds more than twice the cap.
    socket->setReadBufferSize(2 * maxBytes + 64 * 1024);
    connect(socket, &QIODevice::readyRead, this, &RequestGate::inspect);
}

void RequestGate::inspect()
{
    if (m_refused)
        return;
    if (!m_socket->isTransactionStarted()) {
        // The server is between requests: what is buffered starts a new one.
        m_seen = 0;
        const qint64 declared = declaredLength(m_socket->peek(64 * 1024));
        if (declared > m_maxBytes)
            return refuse(declared);
    }
    m_seen += m_socket->bytesAvailable();
    if (m_seen > m_maxBytes)
        refuse(m_seen);
}

void RequestGate::refuse(qint64 bytes)
{
    m_refused = true;
    // The server's parser must not see the rest of this request.
    disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    const QByteArray body =
        QStringLiteral(
            R"({"errors":["The request is %1 bytes; this server takes at most %2."],"error_type":"payload_too_large"})")
            .arg(bytes)
            .arg(m_maxBytes)
            .toUtf8();
    m_socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json; "
                    "charset=utf-8\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    m_socket->flush();
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    // Reading on, and dropping, lets the client finish writing and read the answer; closing
    // with unread data would reset the connection and could discard the answer in transit.
    QTcpSocket* socket = m_socket;
    connect(socket, &QIODevice::readyRead, this,
            [socket] { socket->skip(socket->bytesAvailable()); });
    socket->skip(socket->bytesAvailable());
    QTimer::singleShot(kDrainMs, this, [socket] { socket->abort(); });
}

} // namespace steward::sandbox
