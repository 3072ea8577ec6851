// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's request parameters as SandboxServer::dispatch fills a RequestContext: the
// query string of the URL and the body by its Content-Type. Input: "content-type\nquery\nbody".
#include "models/sandbox/server/requestcontext.h"

#include <QCoreApplication>
#include <QUrl>

#include <cstddef>
#include <cstdint>

using namespace steward::sandbox;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype first = input.indexOf('\n');
    const qsizetype second = first < 0 ? -1 : input.indexOf('\n', first + 1);
    const QByteArray contentType = first < 0 ? input : input.left(first);
    const QByteArray query =
        first < 0 ? QByteArray() : input.mid(first + 1, second < 0 ? -1 : second - first - 1);
    const QByteArray body = second < 0 ? QByteArray() : input.mid(second + 1);

    RequestContext context;
    context.query = QUrlQuery(QUrl::fromEncoded("http://127.0.0.1/posts.json?" + query));
    context.body = parseRequestBody(body, contentType);
    QStringList names = context.body.keys();
    for (const auto& [key, value] : context.query.queryItems(QUrl::FullyDecoded))
        names << key;
    for (QString name : names) {
        (void)context.has(name);
        (void)context.param(name);
        (void)context.intParam(name, -1);
        if (name.endsWith(QLatin1StringView("[]")))
            name.chop(2);
        (void)context.list(name);
    }
    (void)context.action(QStringLiteral("fuzz"));
    return 0;
}
