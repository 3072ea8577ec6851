// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Reads behind the topic browser and the thread view.
#pragma once

#include "models/domain/ids.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace steward {

class Database;

namespace topics {

/// Which topics a browser view lists. Every view lists regular (not private), not deleted
/// topics only.
enum class View
{
    Latest,     ///< all
    Unanswered, ///< no live regular reply by anyone but the author
    Unsolved, ///< open, in a category that takes solutions, no accepted answer stored on the topic
              ///< (the sync stores it from the topic or, at its end, from an accepted post)
    Stale,    ///< open and not archived, nothing posted for Filter::staleDays days
    Flagged,  ///< a pending review item in the topic
    Closed,
    Archived,
};
constexpr int ViewCount = 7;

enum class Sort
{
    Activity,
    Created,
    Replies,
    Views,
    Likes,
    Title
};

struct Filter
{
    View view = View::Latest;
    Id categoryId = 0; ///< with its subcategories; 0 for all
    int staleDays = 90;
    QString search; ///< words of the title (substring) or of any post (full text)
    Sort sort = Sort::Activity;
    bool descending = true;
    qint64 nowMs = 0; ///< "now" for Stale; 0 for the current time
};

/// Ids of the topics the filter lists, in its order (ties by id). Empty with error set when
/// the store cannot be read.
QList<Id> ids(const Database& db, const Filter& filter, QString* error = nullptr);

struct Row
{
    Id id = 0;
    QString title;
    QString slug;
    Id categoryId = 0;
    QString author;
    QStringList tags;
    qint64 createdAt = 0;
    qint64 activityAt = 0; ///< the last post, else the bump, else creation
    int posts = 0;
    int views = 0;
    int likes = 0;
    bool closed = false;
    bool archived = false;
    bool visible = true;
    bool pinned = false;
    bool solved = false;
    int pendingFlags = 0; ///< pending review items in the topic
};

/// Ids as SQL's "1,2,3" for an IN list (ids are numbers: nothing to escape).
template <typename Ids> QString sqlIdList(const Ids& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (Id id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

/// The topics of these posts and of these review items.
QSet<Id> topicsOf(const Database& db, const QSet<Id>& postIds, const QSet<Id>& reviewableIds);

/// The rows of these topics, by id; ids not stored are missing.
QHash<Id, Row> rows(const Database& db, const QList<Id>& ids);

/// Topic id -> the state ("pending", "sending", "conflict", "failed") of the newest open
/// outbox operation on the topic itself (kind topic.*).
QHash<Id, QString> openOperations(const Database& db);

struct CategoryNode
{
    Id id = 0;
    Id parentId = 0;
    QString name;
    QString color;          ///< hex without '#', may be empty
    bool solutions = false; ///< accepted answers enabled
};

/// Every category, parents before their children, each level by position then name.
QList<CategoryNode> categoryTree(const Database& db);

/// The category and every category below it.
QList<Id> withSubcategories(const QList<CategoryNode>& tree, Id categoryId);

} // namespace topics
} // namespace steward
