// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The local copy counted as Discourse counts the totals it states, so that `stewardctl verify`
// compares like with like. Each function names the server-side definition it follows.
#pragma once

#include "models/domain/ids.h"

#include <QDateTime>
#include <QHash>

namespace steward {

class Database;

namespace copycounts {

/// Topic.listable_topics: not private messages, not deleted (unlisted and definition topics count).
qint64 listableTopics(const Database& db);
/// Post.count: every undeleted post (the copy holds no private messages).
qint64 undeletedPosts(const Database& db);
/// Newer servers' users_count: real (id > 0), activated, neither suspended nor silenced at `at`.
qint64 validUsers(const Database& db, const QDateTime& at);
/// Older servers' user_count (User.real): every user with an id above 0.
qint64 realUsers(const Database& db);

struct CategoryCounts
{
    qint64 topics = 0;
    qint64 posts = 0;
};
/// Category.update_stats per category id (its own topics, not its subcategories'): visible,
/// undeleted topics other than a category's definition topic, and their undeleted posts that
/// are not whispers.
QHash<Id, CategoryCounts> categoryCounts(const Database& db);

/// Reviewables, all statuses and pending only.
qint64 reviewables(const Database& db, bool pendingOnly);

} // namespace copycounts
} // namespace steward
