// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTcpSocket;

namespace steward::sandbox {

/// Keeps one connection's requests within maxBytes before QHttpServer buffers them (it holds a
/// whole request, body included, in memory until the request is complete). A request that
/// declares a larger Content-Length, or whose bytes pass maxBytes however framed, is answered
/// 413 with Connection: close; what the client still sends is read and dropped for a few
/// seconds so that it sees the answer, then the connection is cut.
///
/// Must be created before the socket is handed to the server, so that it sees each readyRead
/// first. Counting relies on QHttpServer reading every available byte of a request in progress
/// (it does: the request is parsed inside a socket transaction), so the bytes available when
/// the gate looks are the ones that arrived since it last looked.
class RequestGate : public QObject
{
    Q_OBJECT
public:
    RequestGate(QTcpSocket* socket, qint64 maxBytes);

private:
    void inspect();
    void refuse(qint64 bytes);

    QTcpSocket* m_socket;
    qint64 m_maxBytes;
    qint64 m_seen = 0; ///< bytes of the request in progress
    bool m_refused = false;
};

} // namespace steward::sandbox
