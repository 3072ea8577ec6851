// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the sync engine needs to decide what to fetch next.
#pragma once

#include "models/domain/ids.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace steward {

class Database;

namespace queries {

/// Topics (id > afterId, ascending) holding fewer posts locally than their highest post number.
QList<Id> topicsMissingPosts(const Database& db, Id afterId, int limit);
QSet<Id> postIdsOfTopic(const Database& db, Id topicId);
/// Topics that stored posts belong to but that have no row of their own: lists leave out
/// category definition topics, muted and (for non-staff) unlisted topics.
QList<Id> topicsOnlyReferenced(const Database& db);
/// Which of the post ids in [from, to] are stored.
QSet<Id> storedPostIds(const Database& db, Id from, Id to);
/// Reviewables stored as pending, with their versions.
QHash<Id, int> pendingReviewables(const Database& db);
/// What the pending reviewables name: the posts they are about, their topics, and the users
/// who wrote, flagged or are the subject of them.
struct QueueReferences
{
    QSet<Id> posts, topics, users;
};
QueueReferences pendingReferences(const Database& db);
/// The topic of a stored post; 0 when the post is not stored.
Id topicOfPost(const Database& db, Id postId);
/// The authors of those of these posts that are stored.
QSet<Id> authorsOfPosts(const Database& db, const QSet<Id>& postIds);
QHash<Id, int> reviewableVersions(const Database& db, const QList<Id>& ids);
/// MAX(column) of a table; 0 when empty. Table and column are code constants, never input.
qint64 maxOf(const Database& db, const char* table, const char* column);
qint64 rowCount(const Database& db, const char* table);

} // namespace queries
} // namespace steward
