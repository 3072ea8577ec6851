// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/community.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTimeZone>

namespace steward::sandbox {

namespace {

template <typename Vector> auto* at(Vector& items, Id id)
{
    return id >= 1 && id <= Id(items.size()) ? &items[std::size_t(id - 1)] : nullptr;
}

} // namespace

SandboxUser* SandboxCommunity::user(Id id)
{
    return at(users, id);
}
const SandboxUser* SandboxCommunity::user(Id id) const
{
    return at(users, id);
}
SandboxUser* SandboxCommunity::liveUser(Id id)
{
    SandboxUser* member = user(id);
    return member && !member->deleted ? member : nullptr;
}
const SandboxUser* SandboxCommunity::liveUser(Id id) const
{
    const SandboxUser* member = user(id);
    return member && !member->deleted ? member : nullptr;
}
TopicRecord* SandboxCommunity::topic(Id id)
{
    return at(topics, id);
}
const TopicRecord* SandboxCommunity::topic(Id id) const
{
    return at(topics, id);
}
PostRecord* SandboxCommunity::post(Id id)
{
    return at(posts, id);
}
const PostRecord* SandboxCommunity::post(Id id) const
{
    return at(posts, id);
}
ReviewRecord* SandboxCommunity::review(Id id)
{
    return at(reviews, id);
}
const ReviewRecord* SandboxCommunity::review(Id id) const
{
    return at(reviews, id);
}

const SandboxUser* SandboxCommunity::userByName(const QString& username) const
{
    const auto it = userIdsByName.constFind(username.toLower());
    return it == userIdsByName.cend() ? nullptr : user(*it);
}

const Category* SandboxCommunity::category(Id id) const
{
    for (const auto& c : categories) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const Category* SandboxCommunity::definedCategory(Id topicId) const
{
    for (const auto& c : categories) {
        if (c.definitionTopicId == topicId && topicId != 0)
            return &c;
    }
    return nullptr;
}

const char* actionCode(PostKind kind)
{
    switch (kind) {
    case PostKind::Closed:
        return "closed.enabled";
    case PostKind::Reopened:
        return "closed.disabled";
    case PostKind::Pinned:
        return "pinned.enabled";
    case PostKind::PinnedGlobally:
        return "pinned_globally.enabled";
    case PostKind::Unpinned:
        return "pinned.disabled";
    case PostKind::Archived:
        return "archived.enabled";
    case PostKind::Unlisted:
        return "visible.disabled";
    case PostKind::Listed:
        return "visible.enabled";
    default:
        return nullptr;
    }
}

void SandboxCommunity::indexReviews()
{
    reviewByPost.clear();
    for (const ReviewRecord& r : reviews) {
        if (r.item.type == ReviewableType::FlaggedPost)
            reviewByPost.insert(r.item.targetId, r.item.id);
    }
}

void SandboxCommunity::countCategories()
{
    // As Category.update_stats (app/models/category.rb): per topic's own category, visible
    // and undeleted topics other than a definition topic; their undeleted posts but whispers
    // (topics.posts_count, Topic.reset_highest).
    QSet<Id> definitions;
    for (const Category& c : categories)
        definitions.insert(c.definitionTopicId);
    QHash<Id, std::pair<int, int>> counts;
    for (const TopicRecord& t : topics) {
        if (t.topic.isDeleted() || !t.topic.visible || t.topic.archetype != Archetype::Regular ||
            definitions.contains(t.topic.id))
            continue;
        auto& c = counts[t.topic.categoryId];
        ++c.first;
        for (int index : t.posts) {
            const PostRecord& p = posts[std::size_t(index)];
            c.second += p.deletedAt == 0 && p.type != PostType::Whisper;
        }
    }
    for (Category& c : categories) {
        c.topicCount = counts.value(c.id).first;
        c.postCount = counts.value(c.id).second;
    }
}

QDateTime toDateTime(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, QTimeZone::UTC);
}

qint64 toSeconds(const QDateTime& dateTime)
{
    return dateTime.toSecsSinceEpoch();
}

QString userNoteId(quint64 seed, quint64 serial)
{
    const QByteArray material = QByteArrayLiteral("steward-sandbox-user-note-") +
                                QByteArray::number(seed) + '-' + QByteArray::number(serial);
    return QString::fromLatin1(QCryptographicHash::hash(material, QCryptographicHash::Md5).toHex());
}

} // namespace steward::sandbox
