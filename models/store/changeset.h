// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ids.h"

#include <QMetaType>
#include <QSet>

namespace steward {

/// Which rows one committed transaction touched, so models refresh only those.
struct ChangeSet
{
    QSet<Id> categories;
    QSet<Id> users;
    QSet<Id> topics;
    QSet<Id> posts;
    QSet<Id> reviewables;
    QSet<Id> outbox;        ///< outbox entry ids whose state changed
    QSet<Id> userNotes;     ///< users whose notes changed (usernotes.h)
    QSet<Id> topicRequests; ///< topics newly asked to be read whole (Store::requestTopics)

    bool isEmpty() const
    {
        return categories.isEmpty() && users.isEmpty() && topics.isEmpty() && posts.isEmpty() &&
               reviewables.isEmpty() && outbox.isEmpty() && userNotes.isEmpty() &&
               topicRequests.isEmpty();
    }
    void merge(const ChangeSet& other)
    {
        categories.unite(other.categories);
        users.unite(other.users);
        topics.unite(other.topics);
        posts.unite(other.posts);
        reviewables.unite(other.reviewables);
        outbox.unite(other.outbox);
        userNotes.unite(other.userNotes);
        topicRequests.unite(other.topicRequests);
    }
};

} // namespace steward

Q_DECLARE_METATYPE(steward::ChangeSet)
