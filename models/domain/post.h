// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ids.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace steward {

/// Discourse post_type values.
enum class PostType : int
{
    Regular = 1,
    ModeratorAction = 2,
    SmallAction = 3,
    Whisper = 4
};

/// nullopt for values Discourse does not define (a newer server may add some).
std::optional<PostType> postTypeFromInt(int value);

/// One post of a topic. raw is Markdown, cooked is the server's HTML (untrusted).
struct Post
{
    Id id = 0;
    Id topicId = 0;
    int postNumber = 0; ///< 1 for the topic's first post
    PostType type = PostType::Regular;
    Id userId = 0;
    QString username;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;
    int replyToPostNumber = 0; ///< 0 when not a reply to a specific post
    int replyCount = 0;
    int likeCount = 0;
    int version = 1;
    bool hidden = false;         ///< hidden by flags
    bool acceptedAnswer = false; ///< discourse-solved
    QString raw;
    QString cooked;

    bool isFirstPost() const { return postNumber == 1; }
    bool isDeleted() const { return deletedAt.isValid(); }
    /// A reply as Discourse's metrics count it: a regular, undeleted post after the first.
    bool isCountableReply() const
    {
        return type == PostType::Regular && !isFirstPost() && !isDeleted();
    }

    friend bool operator==(const Post&, const Post&) = default;
};

} // namespace steward
