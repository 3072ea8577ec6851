// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ids.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace steward {

enum class Archetype
{
    Regular,
    PrivateMessage
};

/// "regular" / "private_message" as Discourse sends them; anything else is Regular.
Archetype archetypeFromString(QStringView value);
QString archetypeToString(Archetype archetype);

/// A topic (thread) and its moderation state.
struct Topic
{
    Id id = 0;
    QString title;
    QString slug;
    Id categoryId = 0;
    Id userId = 0; ///< the author of the first post
    Archetype archetype = Archetype::Regular;
    QStringList tags;
    QDateTime createdAt;
    QDateTime lastPostedAt;
    QDateTime bumpedAt;
    QDateTime deletedAt; ///< invalid unless deleted (only staff see deleted topics)
    int postsCount = 0;
    int highestPostNumber = 0; ///< counts every post in the stream, small actions and whispers too
    int replyCount = 0;
    int views = 0;
    int likeCount = 0;
    bool closed = false;
    bool archived = false;
    bool visible = true; ///< false when unlisted
    bool pinned = false;
    bool pinnedGlobally = false;
    /// discourse-solved. Topic lists only say whether a topic is solved: then this holds 0
    /// ("solved, answer not named"); nullopt means not solved.
    std::optional<Id> acceptedAnswerPostId;

    bool isDeleted() const { return deletedAt.isValid(); }
    bool isPrivateMessage() const { return archetype == Archetype::PrivateMessage; }
    bool hasAcceptedAnswer() const { return acceptedAnswerPostId.has_value(); }
    /// The web path of the topic, e.g. "/t/my-slug/42"; "/t/-/42" when the slug is unknown.
    QString path() const;

    friend bool operator==(const Topic&, const Topic&) = default;
};

} // namespace steward
