// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The user-notes plugin's notes (docs/discourse-conformance.md §30).
#include "models/net/parse/jsonread.h"
#include "models/net/parse/parse.h"

namespace steward::parse {

UserNote userNote(const QJsonObject& o)
{
    UserNote n;
    n.forumId = string(o, QLatin1StringView("id"));
    n.userId = id(o, QLatin1StringView("user_id"));
    n.raw = string(o, QLatin1StringView("raw"));
    // A writer whose account is gone is served as null.
    n.createdBy =
        string(o.value(QLatin1StringView("created_by")).toObject(), QLatin1StringView("username"));
    n.createdAt = time(o, QLatin1StringView("created_at"));
    n.postId = id(o, QLatin1StringView("post_id"));
    n.canDelete = boolean(o, QLatin1StringView("can_delete"), false);
    return n;
}

QList<UserNote> userNotes(const QJsonObject& o)
{
    QList<UserNote> notes;
    for (const QJsonValue& v : o.value(QLatin1StringView("user_notes")).toArray()) {
        const UserNote n = userNote(v.toObject());
        if (!n.forumId.isEmpty()) // a note without its id could never be deleted or matched
            notes.append(n);
    }
    return notes;
}

std::optional<UserNote> createdUserNote(const QJsonObject& o)
{
    // {"user_note": {...}} as serialize_data roots it; a bare note is read too.
    const QJsonValue rooted = o.value(QLatin1StringView("user_note"));
    const UserNote n = userNote(rooted.isObject() ? rooted.toObject() : o);
    if (n.forumId.isEmpty())
        return std::nullopt;
    return n;
}

} // namespace steward::parse
