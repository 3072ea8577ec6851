// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/moderation.h"

#include <array>

namespace steward {

namespace {

constexpr std::array<const char*, kActionKindCount> kActionNames{
    "review.perform", "review.claim",   "review.unclaim", "user.suspend",    "user.unsuspend",
    "user.silence",   "user.unsilence", "topic.status",   "topic.update",    "posts.move",
    "topic.note",     "post.delete",    "post.recover",   "solution.accept", "solution.unaccept",
    "note.add",       "note.delete"};

constexpr std::array<const char*, 5> kFlagNames{"closed", "archived", "visible", "pinned",
                                                "pinned_globally"};

constexpr std::array<const char*, 3> kCaseStateNames{"sending", "done", "failed"};

template <typename Enum, std::size_t N>
std::optional<Enum> fromName(const std::array<const char*, N>& names, QStringView name)
{
    for (std::size_t i = 0; i < N; ++i)
        if (name == QLatin1StringView(names[i]))
            return Enum(i);
    return std::nullopt;
}

} // namespace

QString actionKindName(ActionKind kind)
{
    return QString::fromLatin1(kActionNames.at(std::size_t(kind)));
}

std::optional<ActionKind> actionKindFromName(QStringView name)
{
    return fromName<ActionKind>(kActionNames, name);
}

bool isUserNote(ActionKind kind)
{
    return kind == ActionKind::NoteAdd || kind == ActionKind::NoteDelete;
}

QString actionTargetType(ActionKind kind)
{
    if (isUserNote(kind))
        return QStringLiteral("user");
    return actionKindName(kind).section(u'.', 0, 0);
}

QString topicFlagName(TopicFlag flag)
{
    return QString::fromLatin1(kFlagNames.at(std::size_t(flag)));
}

std::optional<TopicFlag> topicFlagFromName(QStringView name)
{
    return fromName<TopicFlag>(kFlagNames, name);
}

QString caseStateName(CaseState state)
{
    return QString::fromLatin1(kCaseStateNames.at(std::size_t(state)));
}

std::optional<CaseState> caseStateFromName(QStringView name)
{
    return fromName<CaseState>(kCaseStateNames, name);
}

} // namespace steward
