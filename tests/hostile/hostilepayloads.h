// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace steward::testing {

/// A gzip member whose deflate stream inflates to `inflatedBytes` zero bytes (about 1/160 of
/// that on the wire: one literal, then length-258 distance-1 matches in a fixed-Huffman
/// block). Its trailer's CRC is left 0: a client that reads to the end has already inflated
/// it all.
QByteArray gzipBomb(qint64 inflatedBytes);

/// /admin/users/list/active.json with `count` users, ids first..first+count-1.
QByteArray adminUserPage(int first, int count);

/// A self-signed certificate and key for CN and IP 127.0.0.1 made with openssl into dir
/// (cert.pem, key.pem); false when openssl is missing or failed.
bool makeLoopbackCertificate(const QString& dir);

/// Overwrites the first `bytesPerPage` bytes of `pages` random 4 KiB pages in the middle half
/// of the file (never its first page, the header) with random bytes; false when the file is
/// too small.
bool scribble(const QString& path, int pages, int bytesPerPage);

} // namespace steward::testing
