// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/topicindex.h"

#include "models/store/database.h"
#include "models/store/sqldialect.h"
#include "models/store/statement.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace steward {

namespace {

constexpr const char* kListed = "t.archetype = 'regular' AND t.deleted_at IS NULL";

} // namespace

bool TopicIndex::read(const Database& db, const QString& where, std::vector<Entry>* out,
                      QString* error) const
{
    // NULL times sort first, as SQLite orders them.
    const QString sql =
        QStringLiteral(
            "SELECT t.id, COALESCE(t.category_id, 0), COALESCE(COALESCE(t.last_posted_at, "
            "t.bumped_at, t.created_at), %1), "
            "COALESCE(t.created_at, %1), t.posts_count, t.views, t.like_count, t.closed, "
            "t.archived, "
            "t.accepted_answer_post_id IS NOT NULL, "
            "EXISTS (SELECT 1 FROM posts p WHERE p.topic_id = t.id AND p.post_number > 1 AND "
            "p.post_type = 1 "
            "AND p.deleted_at IS NULL AND p.user_id IS DISTINCT FROM t.user_id), "
            "t.id IN (SELECT topic_id FROM reviewables WHERE status = 0 AND topic_id IS NOT NULL) "
            "FROM topics t WHERE %2%3")
            .arg(std::numeric_limits<qint64>::min())
            .arg(QLatin1StringView(kListed), where);
    Statement q;
    const QByteArray utf8 = sql.toUtf8();
    if (!q.prepare(db.connection(), utf8.constData(), error))
        return false;
    QString stepError;
    while (q.next(&stepError)) {
        Entry e;
        e.id = q.int64(0);
        e.categoryId = q.int64(1);
        e.activityAt = q.int64(2);
        e.createdAt = q.int64(3);
        e.posts = int(q.int64(4));
        e.views = int(q.int64(5));
        e.likes = int(q.int64(6));
        e.closed = q.int64(7) != 0;
        e.archived = q.int64(8) != 0;
        e.accepted = q.int64(9) != 0;
        e.answered = q.int64(10) != 0;
        e.flagged = q.int64(11) != 0;
        out->push_back(e);
    }
    if (!stepError.isEmpty()) {
        if (error)
            *error = stepError;
        return false;
    }
    return true;
}

bool TopicIndex::load(const Database& db, QString* error)
{
    std::vector<Entry> entries;
    entries.reserve(m_entries.size());
    if (!read(db, QString(), &entries, error))
        return false;
    m_entries = std::move(entries);
    m_solutionCategories.clear();
    for (const topics::CategoryNode& c : topics::categoryTree(db))
        if (c.solutions)
            m_solutionCategories.insert(c.id);
    m_titleRanksValid = false;
    m_loaded = true;
    return true;
}

bool TopicIndex::update(const Database& db, const QSet<Id>& topicIds, QString* error)
{
    if (topicIds.isEmpty())
        return true;
    std::vector<Entry> fresh;
    if (!read(db, QStringLiteral(" AND t.id IN (%1)").arg(topics::sqlIdList(topicIds)), &fresh,
              error))
        return false;
    std::erase_if(m_entries, [&](const Entry& e) { return topicIds.contains(e.id); });
    m_entries.insert(m_entries.end(), fresh.begin(), fresh.end());
    m_titleRanksValid = false;
    return true;
}

QHash<Id, int> TopicIndex::countByCategory() const
{
    QHash<Id, int> out;
    for (const Entry& e : m_entries)
        ++out[e.categoryId];
    return out;
}

void TopicIndex::ensureTitleRanks(const Database& db) const
{
    if (m_titleRanksValid)
        return;
    std::unordered_map<Id, int> rank;
    rank.reserve(m_entries.size());
    Statement q;
    // Every topic, listed or not (topics_title walks them in this order): the ranks of the
    // listed ones keep their relative order.
    const QByteArray sql = "SELECT id FROM topics ORDER BY " +
                           sqldialect::caseless(db.backend(), "title").toLatin1() + ", id";
    QString error;
    if (q.prepare(db.connection(), sql.constData(), &error)) {
        int n = 0;
        while (q.next(&error))
            rank.emplace(q.int64(0), n++);
    }
    for (const Entry& e : m_entries) {
        const auto it = rank.find(e.id);
        e.titleRank = it == rank.end() ? std::numeric_limits<int>::max() : it->second;
    }
    m_titleRanksValid = true;
}

QList<Id> TopicIndex::ids(const Database& db, const topics::Filter& filter,
                          const QSet<Id>* searchHits) const
{
    QSet<Id> categories;
    if (filter.categoryId != 0) {
        const QList<Id> tree =
            topics::withSubcategories(topics::categoryTree(db), filter.categoryId);
        categories = QSet<Id>(tree.begin(), tree.end());
    }
    const qint64 now = filter.nowMs != 0 ? filter.nowMs : QDateTime::currentMSecsSinceEpoch();
    const qint64 staleBefore = now - qint64(filter.staleDays) * 24 * 3600 * 1000;
    const auto listed = [&](const Entry& e) {
        if (!categories.isEmpty() && !categories.contains(e.categoryId))
            return false;
        if (searchHits && !searchHits->contains(e.id))
            return false;
        switch (filter.view) {
        case topics::View::Latest:
            return true;
        case topics::View::Unanswered:
            return !e.answered;
        case topics::View::Unsolved:
            return !e.closed && !e.accepted && m_solutionCategories.contains(e.categoryId);
        case topics::View::Stale:
            return !e.closed && !e.archived && e.activityAt < staleBefore;
        case topics::View::Flagged:
            return e.flagged;
        case topics::View::Closed:
            return e.closed;
        case topics::View::Archived:
            return e.archived;
        }
        return false;
    };
    if (filter.sort == topics::Sort::Title)
        ensureTitleRanks(db);
    const auto key = [sort = filter.sort](const Entry& e) -> qint64 {
        switch (sort) {
        case topics::Sort::Activity:
            return e.activityAt;
        case topics::Sort::Created:
            return e.createdAt;
        case topics::Sort::Replies:
            return e.posts;
        case topics::Sort::Views:
            return e.views;
        case topics::Sort::Likes:
            return e.likes;
        case topics::Sort::Title:
            return e.titleRank;
        }
        return 0;
    };
    // (key, id) pairs sort in place without chasing entries; ties by id, in the same
    // direction, as topics::ids() orders them.
    std::vector<std::pair<qint64, Id>> kept;
    kept.reserve(m_entries.size());
    for (const Entry& e : m_entries)
        if (listed(e))
            kept.emplace_back(key(e), e.id);
    if (filter.descending)
        std::sort(kept.begin(), kept.end(), std::greater<>());
    else
        std::sort(kept.begin(), kept.end());
    QList<Id> out;
    out.reserve(qsizetype(kept.size()));
    for (const auto& k : kept)
        out.append(k.second);
    return out;
}

std::optional<QSet<Id>> TopicIndex::searchHits(const Database& db, const QString& search,
                                               QString* error)
{
    const QString fts = sqldialect::fullTextQuery(db.backend(), search);
    if (fts.isEmpty())
        return std::nullopt;
    Statement q;
    const QByteArray sql =
        QByteArrayLiteral("SELECT rowid FROM topic_title_search WHERE title LIKE ") +
        sqldialect::likeParameter(db.backend()) +
        " ESCAPE '\\' UNION SELECT p.topic_id FROM posts p WHERE p.id IN "
        "(SELECT rowid FROM post_search WHERE " +
        sqldialect::fullTextMatch(db.backend()) + ')';
    if (!q.prepare(db.connection(), sql.constData(), error))
        return std::nullopt;
    q.bind(1, sqldialect::containsPattern(search));
    q.bind(2, fts);
    QSet<Id> hits;
    QString stepError;
    while (q.next(&stepError))
        hits.insert(q.int64(0));
    if (!stepError.isEmpty()) {
        if (error)
            *error = stepError;
        return std::nullopt;
    }
    return hits;
}

} // namespace steward
