// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/hostile/hostilepayloads.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

namespace steward::testing {

namespace {

/// Deflate's bit order: values LSB first, Huffman codes MSB first.
class BitWriter
{
public:
    void bits(quint32 value, int count)
    {
        for (int i = 0; i < count; ++i)
            bit((value >> i) & 1);
    }
    void code(quint32 value, int count)
    {
        for (int i = count - 1; i >= 0; --i)
            bit((value >> i) & 1);
    }
    QByteArray finish()
    {
        if (m_used > 0)
            m_out.append(char(m_byte));
        return m_out;
    }

private:
    void bit(quint32 b)
    {
        m_byte |= quint8(b << m_used);
        if (++m_used == 8) {
            m_out.append(char(m_byte));
            m_byte = 0;
            m_used = 0;
        }
    }
    QByteArray m_out;
    quint8 m_byte = 0;
    int m_used = 0;
};

void appendLe32(QByteArray& out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((v >> (8 * i)) & 0xff));
}

} // namespace

QByteArray gzipBomb(qint64 inflatedBytes)
{
    const qint64 matches = (inflatedBytes - 1) / 258;
    BitWriter w;
    w.bits(1, 1);    // BFINAL
    w.bits(1, 2);    // BTYPE 01: fixed Huffman
    w.code(0x30, 8); // literal 0
    for (qint64 i = 0; i < matches; ++i) {
        w.code(0xC5, 8); // length symbol 285: 258 bytes
        w.code(0, 5);    // distance code 0: 1 back
    }
    w.code(0, 7); // end of block
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    out += w.finish();
    appendLe32(out, 0); // CRC-32, deliberately not computed
    appendLe32(out, quint32((1 + matches * 258) & 0xffffffffu));
    return out;
}

QByteArray adminUserPage(int first, int count)
{
    QByteArray page = "[";
    for (int id = first; id < first + count; ++id)
        page +=
            (id > first ? "," : "") +
            QStringLiteral(
                R"({"id":%1,"username":"user%1","name":"User %1","active":true,"admin":false,"moderator":false,)"
                R"("trust_level":1,"created_at":"2025-01-01T00:00:00.000Z","last_seen_at":null})")
                .arg(id)
                .toLatin1();
    return page + "]";
}

bool makeLoopbackCertificate(const QString& dir)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-days"),
                   QStringLiteral("1"), QStringLiteral("-keyout"), dir + QStringLiteral("/key.pem"),
                   QStringLiteral("-out"), dir + QStringLiteral("/cert.pem")});
    return openssl.waitForFinished(30000) && openssl.exitStatus() == QProcess::NormalExit &&
           openssl.exitCode() == 0;
}

bool scribble(const QString& path, int pages, int bytesPerPage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const qint64 size = file.size();
    constexpr qint64 kPage = 4096;
    if (size < kPage * 8)
        return false;
    auto* random = QRandomGenerator::global();
    for (int i = 0; i < pages; ++i) {
        // In the middle half of the file, so neither the header page nor the last pages.
        const qint64 page = size / kPage / 4 +
                            qint64(random->bounded(quint32(std::max<qint64>(1, size / kPage / 2))));
        QByteArray junk(bytesPerPage, Qt::Uninitialized);
        for (char& c : junk)
            c = char(random->bounded(256));
        if (!file.seek(page * kPage) || file.write(junk) != junk.size())
            return false;
    }
    return file.flush();
}

} // namespace steward::testing
