// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every page parser behind Qt's JSON reader (models/net/parse), on any bytes a server sends.
// One input goes through all of them: a topic page is also tried as a review list, a user
// list... so that the seeds (captured answers of every kind) need no tag.
#include "models/net/parse/parse.h"
#include "models/net/parse/unreadable.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace steward;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    parse::UnreadableLog log;
    const parse::UnreadableScope scope(log);
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isArray()) {
        (void)parse::userList(doc.array());
    } else if (doc.isObject()) {
        const QJsonObject o = doc.object();
        (void)parse::categories(o);
        (void)parse::category(o);
        (void)parse::user(o);
        (void)parse::user(o.value(QLatin1StringView("user")).toObject());
        (void)parse::topic(o);
        (void)parse::topicList(o);
        (void)parse::post(o);
        (void)parse::topicView(o);
        (void)parse::postStream(o);
        (void)parse::latestPosts(o);
        (void)parse::reviewList(o);
        (void)parse::reviewDetail(o);
        // Every staff log row kept has its time and an id (the server's or a stand-in), and
        // no more rows are kept than were served.
        const parse::StaffActionPage staff = parse::staffActionLogs(o);
        if (staff.rows.size() > staff.served)
            std::abort();
        for (const StaffAction& a : staff.rows) {
            if (!a.createdAt.isValid() || a.id == 0)
                std::abort();
        }
    }
    (void)log.fieldsSummary();
    return 0;
}
