// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the KPIs are computed from: the numbers of every topic, post, user, review item and
// flag, read from the store in one pass each and kept in memory, so that a change of range,
// category or definition recomputes without touching the database. Topics and posts are kept
// in order of creation, so that a date range is a slice of each.
#pragma once

#include "models/domain/ids.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <utility>
#include <vector>

namespace steward {

class Database;

namespace analytics {

/// The ways of timing a topic's first response (see definitions.h for their wording).
enum class ResponseDefinition : int
{
    Discourse = 0,
    Staff = 1,
    AnyReply = 2
};
constexpr int ResponseDefinitionCount = 3;

struct TopicFact
{
    Id id = 0;
    Id categoryId = 0;
    int category = -1; ///< index into Dataset::categories; -1 when not stored
    Id userId = 0;
    qint64 createdAt = 0; ///< ms since the epoch, UTC
    bool counted = false; ///< a regular (not private) topic that is not deleted
    bool closed = false;
    Id acceptedPostId = 0;
    qint64 acceptedAt = 0;       ///< creation of the accepted answer; 0 when unsolved
    qint64 closedAt = 0;         ///< the last small-action post of a closed topic; 0 if none
    bool repliedByOther = false; ///< a live regular post by someone other than the author
    /// Per ResponseDefinition: when the first response came (0: none) and who gave it.
    std::array<qint64, ResponseDefinitionCount> firstResponseAt{};
    std::array<Id, ResponseDefinitionCount> firstResponderId{};
    std::array<bool, ResponseDefinitionCount> firstResponderStaff{};
    QString title;
    QString slug;
};

struct PostFact
{
    Id id = 0;
    qint64 createdAt = 0;
    Id userId = 0;
    int topic = -1;  ///< index into Dataset::topics; -1 when the topic is not stored
    int user = -1;   ///< index into Dataset::users; -1 when the user is not stored
    int poster = -1; ///< index into Dataset::posters
    int likeCount = 0;
    int category = -1; ///< the topic's category index; -1 when not stored
    quint8 type = 1;   ///< PostType
    bool deleted = false;
    bool accepted = false; ///< marked as the topic's accepted answer
    bool first = false;    ///< post number 1, the topic's opening post
    bool counted = false;  ///< live, regular, in a counted topic: what "posts" counts
    bool solution = false; ///< it is the accepted answer its topic names
};

struct UserFact
{
    Id id = 0;
    qint64 createdAt = 0;
    bool staff = false; ///< admin or moderator
    QString username;
};

struct CategoryFact
{
    Id id = 0;
    Id parentId = 0;
    QString name;
    bool solutions = false; ///< accepted answers are enabled
};

struct ReviewFact
{
    Id id = 0;
    int type = 0;   ///< ReviewableType
    int status = 0; ///< ReviewableStatus
    qint64 createdAt = 0;
    qint64 reviewedAt = 0; ///< 0 when not known
    Id reviewedById = 0;
    Id categoryId = 0;
    Id topicId = 0;
};

struct FlagFact
{
    int review = -1; ///< index into Dataset::reviews
    int scoreType = 0;
    QString key;    ///< the server's name for the type ("spam"), may be empty
    int status = 0; ///< ScoreStatus
    qint64 createdAt = 0;
    qint64 reviewedAt = 0;
};

struct AuditFact
{
    qint64 at = 0;
    QString actor;
    QString action;
    bool done = false; ///< the decision reached the server
};

struct Dataset
{
    std::vector<TopicFact> topics;
    std::vector<PostFact> posts;
    std::vector<UserFact> users;
    std::vector<CategoryFact> categories;
    std::vector<ReviewFact> reviews;
    std::vector<FlagFact> flags;
    std::vector<AuditFact> audit;
    std::vector<Id> posters;          ///< every distinct author of a post, stored as a user or not
    std::vector<int> posterUser;      ///< by poster: index into users, -1 when not stored
    std::vector<qint64> userCreation; ///< the users' creation times, ascending
    QHash<Id, int> topicIndex;
    QHash<Id, int> userIndex;
    QHash<Id, int> categoryIndex;
    qint64 loadedAt = 0; ///< ms; "now" for the backlog's age

    const UserFact* user(Id id) const;
    const CategoryFact* category(Id id) const;
    const TopicFact* topic(Id id) const;
    bool isStaff(Id userId) const;
    /// The category and every category below it.
    QList<Id> withSubcategories(Id categoryId) const;
    /// Indices [first, last) of the topics created in [from, to).
    std::pair<std::size_t, std::size_t> topicsCreated(qint64 from, qint64 to) const;
    /// Indices [first, last) of the posts created in [from, to).
    std::pair<std::size_t, std::size_t> postsCreated(qint64 from, qint64 to) const;
};

/// Reads the dataset from the store. On failure returns false with a one-line error.
bool loadDataset(const Database& db, Dataset* out, QString* error);
/// Orders topics and posts by creation, links posts to their topics' order, users and
/// posters, and works out each topic's first responses, answer and close times from its
/// posts. loadDataset calls it; tests that build a Dataset by hand call it too.
void finishDataset(Dataset& data);

} // namespace analytics
} // namespace steward
