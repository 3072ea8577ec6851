// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/copyverifier.h"

#include "models/net/discourseclient.h"
#include "models/net/parse/jsonread.h"
#include "models/net/parse/parse.h"
#include "models/store/copycounts.h"
#include "models/store/store.h"

#include <QUrlQuery>

namespace steward {

int VerifyReport::differences() const
{
    return int(std::count_if(checks.cbegin(), checks.cend(),
                             [](const VerifyCheck& c) { return c.differs(); }));
}

QStringList VerifyReport::differenceLines() const
{
    QStringList lines;
    for (const VerifyCheck& c : checks) {
        if (!c.differs())
            continue;
        const qint64 gap = c.server - c.copy;
        lines.append(QStringLiteral("%1: server %2, copy %3 (%4)")
                         .arg(c.what)
                         .arg(c.server)
                         .arg(c.copy)
                         .arg(gap > 0 ? QStringLiteral("copy lacks %1").arg(gap)
                                      : QStringLiteral("copy has %1 more").arg(-gap)));
    }
    return lines;
}

CopyVerifier::CopyVerifier(DiscourseClient& client, Store& store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
}

void CopyVerifier::start()
{
    m_report = {};
    m_report.serverTime =
        QDateTime::currentDateTimeUtc(); // until the server's Date header says otherwise
    m_error = {};
    m_categories.clear();
    get(endpoints::about(), [this](const QJsonObject& about) {
        compareAbout(about.value(QLatin1StringView("about")).toObject());
        get(endpoints::site(), [this](const QJsonObject& site) {
            for (const Category& c : parse::categories(site))
                m_categories.insert(c.id, c);
            // Lazy-loaded categories: /site.json lists only some; /categories.json pages them all.
            if (site.value(QLatin1StringView("lazy_load_categories")).toBool())
                return categoryPage(1);
            compareCategories();
        });
    });
}

void CopyVerifier::get(const Endpoint& endpoint, std::function<void(const QJsonObject&)> handler)
{
    ApiRequest* request = m_client.get(endpoint);
    connect(request, &ApiRequest::finished, this, [this, request, handler = std::move(handler)] {
        if (!request->succeeded()) {
            m_error = request->error();
            return Q_EMIT finished(false);
        }
        if (request->serverTime().isValid())
            m_report.serverTime = request->serverTime();
        handler(request->document().object());
    });
}

void CopyVerifier::compareAbout(const QJsonObject& about)
{
    const QJsonObject stats = about.value(QLatin1StringView("stats")).toObject();
    if (stats.isEmpty()) {
        m_report.notes.append(QStringLiteral(
            "/about.json shows no stats to this user: topics and users not compared"));
        return;
    }
    const Database& db = m_store.database();
    // Newer servers name their totals topics_count…, older ones topic_count…, with other user
    // rules.
    const bool newer = stats.contains(QLatin1StringView("topics_count"));
    const auto stat = [&](const char* newer_, const char* older) {
        return qint64(parse::number(stats, QLatin1StringView(newer ? newer_ : older)));
    };
    const QDateTime at = m_report.serverTime;
    m_report.checks.append({QStringLiteral("topics"), stat("topics_count", "topic_count"),
                            copycounts::listableTopics(db)});
    m_report.checks.append({QStringLiteral("users"), stat("users_count", "user_count"),
                            newer ? copycounts::validUsers(db, at) : copycounts::realUsers(db)});
    m_report.notes.append(
        QStringLiteral(
            "posts not compared: the server's %1 (%2) counts private messages and the replies "
            "of deleted topics, which Steward does not copy; the copy holds %3")
            .arg(newer ? QStringLiteral("posts_count") : QStringLiteral("post_count"))
            .arg(stat("posts_count", "post_count"))
            .arg(copycounts::undeletedPosts(db)));
    m_report.notes.append(QStringLiteral(
        "Discourse recomputes these totals every 30 minutes and category counts daily: "
        "on a busy site a small difference may be the server's own lag; verify again later"));
}

void CopyVerifier::categoryPage(int page)
{
    get(endpoints::categories(page), [this, page](const QJsonObject& list) {
        const qsizetype known = m_categories.size();
        for (const Category& c : parse::categories(list))
            m_categories.insert(c.id, c);
        m_categories.size() == known ? compareCategories() : categoryPage(page + 1);
    });
}

void CopyVerifier::compareCategories()
{
    const QHash<Id, copycounts::CategoryCounts> copy =
        copycounts::categoryCounts(m_store.database());
    QList<Id> ids = m_categories.keys();
    std::sort(ids.begin(), ids.end());
    for (Id id : ids) {
        const Category& server = m_categories[id];
        const copycounts::CategoryCounts local = copy.value(id);
        m_report.checks.append({QStringLiteral("category %1 (%2): topics").arg(server.name).arg(id),
                                server.topicCount, local.topics});
        m_report.checks.append({QStringLiteral("category %1 (%2): posts").arg(server.name).arg(id),
                                server.postCount, local.posts});
    }
    reviewTotals(false);
}

void CopyVerifier::reviewTotals(bool pending)
{
    get(endpoints::reviewTotal(pending), [this, pending](const QJsonObject& page) {
        const qint64 total = parse::integer(page.value(QLatin1StringView("meta")).toObject(),
                                            QLatin1StringView("total_rows_reviewables"), -1);
        if (total < 0)
            m_report.notes.append(
                QStringLiteral("/review.json states no total: the review queue not compared"));
        else
            m_report.checks.append({pending ? QStringLiteral("review queue: pending")
                                            : QStringLiteral("review queue: all"),
                                    total, copycounts::reviewables(m_store.database(), pending)});
        pending ? finish() : reviewTotals(true);
    });
}

void CopyVerifier::finish()
{
    // Kept for the window: the copy is known to differ until a verify finds it equal.
    const QStringList lines = m_report.differenceLines();
    if (m_store.begin() &&
        m_store.setCheckpoint(QStringLiteral("verify.at"),
                              m_report.serverTime.toString(Qt::ISODate)) &&
        m_store.setCheckpoint(QStringLiteral("verify.differences"), lines.join(u'\n')))
        m_store.commit();
    else {
        qWarning("verify: could not keep the result: %s", qPrintable(m_store.lastError()));
        m_store.rollback();
    }
    Q_EMIT finished(true);
}

} // namespace steward
