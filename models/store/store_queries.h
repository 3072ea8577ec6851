// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the sync engine needs to decide what to fetch next. Each returns its rows or the
// database's error (already logged under steward.store), never "no rows" for a failed read.
#pragma once

#include "models/domain/ids.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <expected>

namespace steward {

class Database;

/// The value of a read of the local copy, or the database's message when it failed.
template <typename T> using StoreResult = std::expected<T, QString>;

namespace queries {

/// Topics (id > afterId, ascending) holding fewer posts locally than their highest post number.
StoreResult<QList<Id>> topicsMissingPosts(const Database& db, Id afterId, int limit);
StoreResult<QSet<Id>> postIdsOfTopic(const Database& db, Id topicId);
/// Topics that stored posts belong to but that have no row of their own: lists leave out
/// category definition topics, muted and (for non-staff) unlisted topics.
StoreResult<QList<Id>> topicsOnlyReferenced(const Database& db);
/// Which of the post ids in [from, to] are stored.
StoreResult<QSet<Id>> storedPostIds(const Database& db, Id from, Id to);
/// Users the store holds as suspended or silenced at nowMs.
StoreResult<QList<Id>> penalisedUsers(const Database& db, qint64 nowMs);
/// How many posts of the topic are stored.
StoreResult<int> storedPostCount(const Database& db, Id topicId);
/// Reviewables stored as pending, with their versions.
StoreResult<QHash<Id, int>> pendingReviewables(const Database& db);
/// What the pending reviewables name: the posts they are about, their topics, and the users
/// who wrote, flagged or are the subject of them.
struct QueueReferences
{
    QSet<Id> posts, topics, users;
};
StoreResult<QueueReferences> pendingReferences(const Database& db);
/// The topic of a stored post; 0 when the post is not stored.
StoreResult<Id> topicOfPost(const Database& db, Id postId);
/// The authors of those of these posts that are stored.
StoreResult<QSet<Id>> authorsOfPosts(const Database& db, const QSet<Id>& postIds);
StoreResult<QHash<Id, int>> reviewableVersions(const Database& db, const QList<Id>& ids);
/// MAX(column) of a table; 0 when empty. Table and column are code constants, never input.
StoreResult<qint64> maxOf(const Database& db, const char* table, const char* column);
StoreResult<qint64> rowCount(const Database& db, const char* table);

} // namespace queries
} // namespace steward
