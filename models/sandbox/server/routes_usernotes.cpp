// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The user-notes plugin (discourse-user-notes, an engine mounted at /user_notes):
// UserNotesController's index, create and destroy, and UserNoteSerializer.
#include "models/sandbox/server/json.h"
#include "models/sandbox/server/routes.h"

#include <algorithm>
#include <optional>

namespace steward::sandbox::routes {

namespace {

constexpr int kMaxPostLength = 32000;       ///< SiteSetting.max_post_length
constexpr bool kModeratorsMayDelete = true; ///< SiteSetting.user_notes_moderators_delete

/// requires_plugin, ensure_logged_in, ensure_staff: 404 when the plugin is off, then 403.
std::optional<Reply> refuse(const S& server, const C& context)
{
    if (!server.options().userNotes)
        return Reply::notFound();
    if (!context.actor)
        return Reply::error(403, QStringLiteral("You need to be logged in to do that."),
                            QStringLiteral("not_logged_in"));
    if (!context.actor->user.isStaff())
        return Reply::forbidden();
    return std::nullopt;
}

/// Guardian#can_delete_user_notes?
bool canDelete(const SandboxUser& actor)
{
    return (kModeratorsMayDelete && actor.user.isStaff()) || actor.user.admin;
}

/// A user_note[name] parameter: from a form ("user_note[raw]") or a JSON object
/// ("user_note": {...}), as sent; undefined when absent.
QJsonValue noteField(const C& context, const char* key)
{
    const QString name = QString::fromLatin1(key);
    const QJsonObject nested = context.body.value(QStringLiteral("user_note")).toObject();
    if (nested.contains(name))
        return nested.value(name);
    const QString form = QStringLiteral("user_note[%1]").arg(name);
    if (context.has(form))
        return context.param(form);
    return QJsonValue(QJsonValue::Undefined);
}

/// A parameter as the integer ActiveRecord looks the row up by; 0 when it is none.
Id idOf(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toInteger();
    bool ok = false;
    const Id id = value.toString().trimmed().toLongLong(&ok);
    return ok ? id : 0;
}

/// User.where(id: ...).first: 0 or a deleted user is none.
const SandboxUser* findUser(const SandboxCommunity& community, Id id)
{
    // Discourse's system user (id -1) is on every site; the generated community leaves it out.
    static const SandboxUser system = [] {
        SandboxUser u;
        u.user.id = -1;
        u.user.username = QStringLiteral("system");
        u.user.name = QStringLiteral("system");
        u.user.admin = true;
        return u;
    }();
    if (id == system.user.id)
        return &system;
    return community.liveUser(id);
}

/// The note's post (deleted ones too, Post.with_deleted) when the acting user may see it.
const PostRecord* visiblePost(const SandboxCommunity& community, const C& context,
                              const QJsonValue& postId)
{
    const PostRecord* post = community.post(idOf(postId));
    if (!post)
        return nullptr;
    const TopicRecord* topic = community.topic(post->topicId);
    return topic && canSee(community, context, *topic) ? post : nullptr;
}

/// UserNoteSerializer, as the acting user sees the note.
QJsonObject noteJson(const SandboxCommunity& community, const C& context,
                     const UserNoteRecord& note)
{
    const SandboxUser* author = community.user(note.createdById);
    QJsonObject o{{QStringLiteral("id"), note.id},
                  {QStringLiteral("user_id"), note.userId},
                  {QStringLiteral("raw"), note.raw},
                  {QStringLiteral("created_by"),
                   author ? QJsonValue(json::basicUser(*author)) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("created_at"), json::time(note.createdAt)},
                  {QStringLiteral("can_delete"), canDelete(*context.actor)}};
    if (note.postId.isUndefined() || note.postId.isNull())
        return o;
    const PostRecord* post = community.post(idOf(note.postId));
    if (!post)
        return o;
    o.insert(QStringLiteral("post_id"), note.postId);
    QJsonValue url(QJsonValue::Null);
    QJsonValue title(QJsonValue::Null);
    if (visiblePost(community, context, note.postId)) {
        const TopicRecord& topic = *community.topic(post->topicId);
        if (topic.topic.isDeleted()) { // Post#url is "/404" without its topic
            url = QStringLiteral("/t/%1/%2").arg(post->topicId).arg(post->postNumber);
        } else {
            url = QStringLiteral("/t/%1/%2/%3")
                      .arg(topic.topic.slug)
                      .arg(post->topicId)
                      .arg(post->postNumber);
            title = topic.topic.title;
        }
    }
    o.insert(QStringLiteral("post_url"), url);
    o.insert(QStringLiteral("post_title"), title);
    return o;
}

/// Ruby's String#length: characters, not UTF-16 units.
qsizetype characters(const QString& text)
{
    qsizetype n = 0;
    for (QChar c : text)
        n += c.isLowSurrogate() ? 0 : 1;
    return n;
}

/// What the index and the deletion check first: the plugin and its access, then the user of
/// ?user_id= (404 when there is none). The refusal, or nullopt with member set.
std::optional<Reply> queriedUser(S& server, C& context, const SandboxUser** member)
{
    if (auto refused = refuse(server, context))
        return refused;
    *member = findUser(server.community(), idOf(context.param(QStringLiteral("user_id"))));
    if (!*member)
        return Reply::notFound();
    return std::nullopt;
}

} // namespace

Reply userNotes(S& server, C& context)
{
    const SandboxUser* member = nullptr;
    if (auto refused = queriedUser(server, context, &member))
        return *refused;
    const SandboxCommunity& community = server.community();
    QJsonArray notes;
    const auto found = community.userNotes.constFind(member->user.id);
    if (found != community.userNotes.constEnd()) {
        for (auto it = found->rbegin(); it != found->rend(); ++it)
            notes.append(noteJson(community, context, *it));
    }
    return Reply::json(
        QJsonObject{{QStringLiteral("extras"),
                     QJsonObject{{QStringLiteral("username"), member->user.username}}},
                    {QStringLiteral("user_notes"), notes}});
}

Reply userNoteCreate(S& server, C& context)
{
    if (auto refused = refuse(server, context))
        return *refused;
    const QString raw = noteField(context, "raw").toString();
    if (characters(raw) > kMaxPostLength)
        return Reply::error(
            422, QStringLiteral("User note must be %1 characters or fewer.").arg(kMaxPostLength));
    const SandboxCommunity& community = server.community();
    const SandboxUser* member = findUser(community, idOf(noteField(context, "user_id")));
    if (!member)
        return Reply::notFound();
    QJsonObject action = context.action(QStringLiteral("user_note.create"));
    action.insert(QStringLiteral("user_id"), member->user.id);
    action.insert(QStringLiteral("raw"), raw);
    // Kept, as sent, only when it names a post the acting user may see.
    const QJsonValue postId = noteField(context, "post_id");
    if (!postId.isUndefined() && visiblePost(community, context, postId))
        action.insert(QStringLiteral("post_id"), postId);
    action.insert(QStringLiteral("note_id"),
                  userNoteId(community.seed, community.userNotesCreated + 1));
    Reply reply = server.write(action);
    if (!reply.isSuccess())
        return reply;
    const auto notes = community.userNotes.constFind(member->user.id); // the note is the last
    return Reply::json(
        QJsonObject{{QStringLiteral("user_note"), noteJson(community, context, notes->back())}});
}

Reply userNoteDestroy(S& server, C& context)
{
    const SandboxUser* member = nullptr;
    if (auto refused = queriedUser(server, context, &member))
        return *refused;
    const SandboxCommunity& community = server.community();
    if (!canDelete(*context.actor))
        return Reply::forbidden();
    const QString id = context.match.captured(1);
    const auto found = community.userNotes.constFind(member->user.id);
    const bool held = found != community.userNotes.constEnd() &&
                      std::any_of(found->begin(), found->end(),
                                  [&id](const UserNoteRecord& n) { return n.id == id; });
    if (!held) // nothing changes: answered as a removal, not journaled
        return Reply::success();
    QJsonObject action = context.action(QStringLiteral("user_note.delete"));
    action.insert(QStringLiteral("user_id"), member->user.id);
    action.insert(QStringLiteral("note_id"), id);
    return server.write(action);
}

} // namespace steward::sandbox::routes
