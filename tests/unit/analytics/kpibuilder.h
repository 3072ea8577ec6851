// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Builds small analytics datasets by hand, for KPI tests with values worked out on paper.
#pragma once

#include "models/analytics/dataset.h"
#include "models/domain/post.h"

#include <QDateTime>

namespace steward::testing {

inline qint64 at(const char* iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(t.isValid());
    return t.toMSecsSinceEpoch();
}

struct KpiBuilder
{
    analytics::Dataset d;

    KpiBuilder() { d.loadedAt = at("2026-03-31T12:00:00Z"); }
    KpiBuilder& user(Id id, bool staff, const char* created = "2020-01-01T00:00:00Z")
    {
        d.userIndex.insert(id, int(d.users.size()));
        d.users.push_back({id, at(created), staff, QStringLiteral("user%1").arg(id)});
        return *this;
    }
    KpiBuilder& category(Id id, Id parent = 0, bool solutions = true)
    {
        d.categoryIndex.insert(id, int(d.categories.size()));
        d.categories.push_back({id, parent, QStringLiteral("category%1").arg(id), solutions});
        return *this;
    }
    /// A topic and its first post by the author.
    KpiBuilder& topic(Id id, Id category, Id author, const char* created, bool counted = true,
                      bool closed = false, Id acceptedPostId = 0)
    {
        analytics::TopicFact t;
        t.id = id;
        t.categoryId = category;
        t.userId = author;
        t.createdAt = at(created);
        t.counted = counted;
        t.closed = closed;
        t.acceptedPostId = acceptedPostId;
        t.title = QStringLiteral("Topic %1").arg(id);
        d.topicIndex.insert(id, int(d.topics.size()));
        d.topics.push_back(t);
        post(id * 100, id, author, created);
        d.posts.back().first = true;
        return *this;
    }
    KpiBuilder& post(Id id, Id topic, Id user, const char* created,
                     PostType type = PostType::Regular, bool deleted = false, int likes = 0,
                     bool accepted = false)
    {
        analytics::PostFact p;
        p.id = id;
        p.topic = d.topicIndex.value(topic, -1);
        p.userId = user;
        p.createdAt = at(created);
        p.type = quint8(type);
        p.deleted = deleted;
        p.likeCount = likes;
        p.accepted = accepted;
        d.posts.push_back(p);
        return *this;
    }
    KpiBuilder& review(Id id, int status, const char* created, const char* reviewed = nullptr,
                       Id by = 0, Id category = 0)
    {
        d.reviews.push_back(
            {id, 0, status, at(created), reviewed ? at(reviewed) : 0, by, category, 0});
        return *this;
    }
    KpiBuilder& flag(int review, int type, int status, const char* created,
                     const char* reviewed = nullptr)
    {
        d.flags.push_back(
            {review, type, QString(), status, at(created), reviewed ? at(reviewed) : 0});
        return *this;
    }
    analytics::Dataset& done()
    {
        analytics::finishDataset(d);
        return d;
    }
};

} // namespace steward::testing
