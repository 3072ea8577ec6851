// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Reads behind the moderation queue: one light row per reviewable for the table, and the
// whole picture of one item for its detail pane.
#pragma once

#include "models/domain/post.h"
#include "models/domain/reviewable.h"
#include "models/domain/user.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QVarLengthArray>

#include <memory>
#include <optional>

namespace steward {

class Database;

/// What the queue needs of every reviewable to filter and sort it: numbers only, read in
/// one pass. The texts it shows come per row, when a row is shown (QueueRowText).
struct QueueRow
{
    Id id = 0;
    ReviewableType type = ReviewableType::Other;
    ReviewableStatus status = ReviewableStatus::Pending;
    double score = 0.0;
    qint64 createdAtMs = 0;
    Id topicId = 0;
    Id categoryId = 0;
    Id targetId = 0;     ///< the post (flagged, queued-and-created) or the user
    Id targetPostId = 0; ///< the post the item is about, when there is one
    Id authorId = 0;
    Id claimedById = 0;
    int version = 0;
    QVarLengthArray<std::pair<int, int>, 4>
        reasons; ///< score type id and count, most frequent first
};

/// The texts of one queue row.
struct QueueRowText
{
    QString excerpt; ///< the start of the post (or of the queued text, or the user's name)
    QString author;
    QString topicTitle;
    QString categoryName;
    QString claimedBy;
};

namespace reviewqueries {

/// Every stored reviewable, newest first.
QList<QueueRow> queueRows(const Database& db);
/// The stored ones of these reviewables, newest first (ids not stored are left out);
/// nullopt when the database could not be read (logged).
std::optional<QList<QueueRow>> queueRows(const Database& db, const QSet<Id>& ids);
/// Reads rows' texts one at a time with statements prepared once: a view asks for the
/// texts of the rows it paints. Must not outlive the database's connection.
class QueueTextReader
{
public:
    explicit QueueTextReader(const Database& db);
    ~QueueTextReader();
    QueueRowText read(const QueueRow& row);

private:
    struct Statements;
    std::unique_ptr<Statements> m_statements;
};
/// One text column for every reviewable, by id, for sorting by it: 0 excerpt, 1 author,
/// 2 topic title, 3 category name, 4 claimed by.
QHash<Id, QString> queueColumnTexts(const Database& db, int which);
/// Ids of users, topics and categories whose name contains text (case-insensitive), and of
/// reviewables whose queued text does: what a queue search matches besides post text.
struct NameMatches
{
    QSet<Id> users;
    QSet<Id> topics;
    QSet<Id> categories;
    QSet<Id> queuedItems;
};
NameMatches namesMatching(const Database& db, const QString& text);
/// The newest outbox decision on a reviewable that is not settled.
struct OpenDecision
{
    QString state; ///< "pending", "sending", "conflict" or "failed"
    QString actor; ///< the moderator who made it
};
/// Reviewable id -> its open decision.
QHash<Id, OpenDecision> openDecisions(const Database& db);
/// The posts queue items are about whose text has every word of query, the last as a
/// prefix. May hold other posts too (SQLite searches them all): callers keep their own.
QSet<Id> searchQueuePosts(const Database& db, const QString& query);

/// Categories by name, for filters.
QList<std::pair<Id, QString>> categories(const Database& db);

std::optional<Reviewable> reviewable(const Database& db, Id id);
std::optional<Post> post(const Database& db, Id id);
std::optional<User> user(const Database& db, Id id);
/// Up to `before` posts before and `after` after post number `number` in a topic.
QList<Post> postsAround(const Database& db, Id topicId, int number, int before, int after);
QString username(const Database& db, Id userId);

/// How the flags on an author's posts ended.
struct FlagRecord
{
    int agreed = 0;
    int disagreed = 0;
    int ignored = 0;
    int pending = 0;
};
FlagRecord flagsAgainst(const Database& db, Id authorId);
/// How often a flagger's flags were agreed with.
FlagRecord flagsBy(const Database& db, Id flaggerId);

} // namespace reviewqueries
} // namespace steward
