// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Reads behind the thread view: a topic's header and its post stream, page by page.
#pragma once

#include "models/domain/moderation.h"
#include "models/domain/post.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace steward {

class Database;

namespace thread {

struct Header
{
    Id id = 0;
    QString title;
    QString slug;
    Id categoryId = 0;
    QString categoryName;
    bool categorySolutions = false; ///< the category takes accepted answers
    QStringList tags;
    bool closed = false;
    bool archived = false;
    bool visible = true;
    bool pinned = false;
    Id acceptedPostId = 0; ///< 0 when unsolved (or the answer is not stored)
    int storedPosts = 0;   ///< posts in the local copy, every type
    int highestPostNumber = 0;
};

struct Author
{
    Id id = 0;
    QString username;
    QString name;
    bool admin = false;
    bool moderator = false;
    int trustLevel = 0;
    int likesReceived = 0;
};

struct ThreadPost
{
    Post post;
    Author author;
    int pendingFlags = 0; ///< pending review items about this post
};

std::optional<Header> header(const Database& db, Id topicId);
/// Up to limit stored posts of the topic with a post number above afterNumber, in order.
QList<ThreadPost> posts(const Database& db, Id topicId, int afterNumber, int limit);
/// Post id -> the kind of the newest open outbox operation on it ("post.delete",
/// "solution.accept", ...), for posts of the topic.
QHash<Id, ActionKind> openPostOperations(const Database& db, Id topicId);

/// Likes received from which a user counts as a top contributor: the least of the top 1 %
/// of users who received any (at least 1); 0 when nobody has.
int topContributorLikes(const Database& db);

} // namespace thread
} // namespace steward
