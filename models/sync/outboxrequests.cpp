// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/outboxrequests.h"

#include "models/net/endpoints.h"
#include "models/net/parse/jsonread.h"
#include "models/net/parse/parse.h"
#include "models/store/store.h"
#include "models/store/usernotes.h"

#include <QJsonArray>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <array>
#include <limits>

namespace steward {

using namespace Qt::StringLiterals;

namespace {

QString text(const OutboxEntry& e, QLatin1StringView key)
{
    const QJsonValue v = e.params.value(key);
    return v.isString() ? v.toString()
           : v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                        : QString::number(v.toInteger());
}

QString target(const OutboxEntry& e)
{
    return QString::number(e.targetId);
}

Applied appliedIf(bool yes)
{
    return yes ? Applied::Yes : Applied::No;
}

// --- where the state is read, and how it is stored -------------------------------------------

Endpoint reviewState(const OutboxEntry& e)
{
    return endpoints::reviewable(e.targetId);
}
Endpoint userState(const OutboxEntry& e)
{
    return endpoints::adminUser(e.targetId);
}
Endpoint topicState(const OutboxEntry& e)
{
    return endpoints::topic(e.targetId);
}
Endpoint topicEndState(const OutboxEntry& e)
{
    return endpoints::topicEnd(e.targetId); // where a new reply is
}
Endpoint postState(const OutboxEntry& e)
{
    return endpoints::post(e.targetId, Endpoint::Missing::NotFetched);
}

bool storeReview(const OutboxEntry&, const QJsonObject& state, Store& store)
{
    const Reviewable r = parse::reviewDetail(state);
    return state.isEmpty() || r.id == 0 || store.upsertReviewables({r});
}
bool storeUser(const OutboxEntry&, const QJsonObject& state, Store& store)
{
    return state.isEmpty() || store.upsertUsers({parse::user(state)}, UserDetail::Full);
}
bool storeTopic(const OutboxEntry&, const QJsonObject& state, Store& store)
{
    if (state.isEmpty())
        return true;
    const parse::TopicView view = parse::topicView(state);
    return view.topic.id == 0 ||
           (store.upsertTopics({view.topic}) && store.upsertPosts(view.posts));
}
bool storePost(const OutboxEntry&, const QJsonObject& state, Store& store)
{
    const Post p = parse::post(state);
    return state.isEmpty() || p.id == 0 || store.upsertPosts({p});
}

// --- review ----------------------------------------------------------------------------------

OutboxRequest performRequest(const OutboxEntry& e)
{
    QUrlQuery form{{QStringLiteral("version"), text(e, "version"_L1)}};
    for (auto it = e.params.constBegin(); it != e.params.constEnd(); ++it)
        if (it.key() != u"action" && it.key() != u"version")
            form.addQueryItem(it.key(), text(e, QLatin1StringView(it.key().toLatin1())));
    return {"PUT", QStringLiteral("/review/%1/perform/%2").arg(target(e), text(e, "action"_L1)),
            form};
}
Applied performApplied(const OutboxEntry& e, const QJsonObject& state, const QDateTime&)
{
    const Reviewable r = parse::reviewDetail(state);
    if (r.id == 0)
        return Applied::Unknown;
    // Any move out of pending, or a newer version, means a decision reached the server.
    return appliedIf(!r.isPending() ||
                     r.version > e.params.value(QStringLiteral("version")).toInt());
}

OutboxRequest claimRequest(const OutboxEntry& e)
{
    return {"POST", QStringLiteral("/reviewable_claimed_topics"),
            QUrlQuery{{QStringLiteral("reviewable_claimed_topic[topic_id]"), target(e)}}};
}
OutboxRequest unclaimRequest(const OutboxEntry& e)
{
    return {"DELETE", QStringLiteral("/reviewable_claimed_topics/%1").arg(target(e)), {}};
}
Applied claimApplied(const OutboxEntry&, const QJsonObject&, const QDateTime&)
{
    return Applied::Unknown; // sending again is harmless (409 means already claimed)
}

// --- users -------------------------------------------------------------------------------------

template <bool Suspend> OutboxRequest penaltyRequest(const OutboxEntry& e)
{
    QUrlQuery form{{Suspend ? QStringLiteral("suspend_until") : QStringLiteral("silenced_till"),
                    text(e, "until"_L1)},
                   {QStringLiteral("reason"), text(e, "reason"_L1)}};
    if (!text(e, "message"_L1).isEmpty())
        form.addQueryItem(QStringLiteral("message"), text(e, "message"_L1));
    return {"PUT",
            QStringLiteral("/admin/users/%1/%2")
                .arg(target(e), Suspend ? QStringLiteral("suspend") : QStringLiteral("silence")),
            form};
}
template <bool Suspend> OutboxRequest liftRequest(const OutboxEntry& e)
{
    return {
        "PUT",
        QStringLiteral("/admin/users/%1/%2")
            .arg(target(e), Suspend ? QStringLiteral("unsuspend") : QStringLiteral("unsilence")),
        {}};
}
template <bool Suspend, bool On>
Applied penaltyApplied(const OutboxEntry&, const QJsonObject& state, const QDateTime& now)
{
    const User u = parse::user(state);
    return appliedIf((Suspend ? u.isSuspendedAt(now) : u.isSilencedAt(now)) == On);
}

// --- topics ------------------------------------------------------------------------------------

OutboxRequest statusRequest(const OutboxEntry& e)
{
    return {"PUT", QStringLiteral("/t/%1/status").arg(target(e)),
            QUrlQuery{{QStringLiteral("status"), text(e, "status"_L1)},
                      {QStringLiteral("enabled"), text(e, "enabled"_L1)}}};
}
Applied statusApplied(const OutboxEntry& e, const QJsonObject& state, const QDateTime&)
{
    const std::optional<TopicFlag> flag =
        topicFlagFromName(e.params.value(QStringLiteral("status")).toString());
    if (!flag)
        return Applied::Unknown;
    const bool enabled = e.params.value(QStringLiteral("enabled")).toBool();
    const QByteArray field = topicFlagName(*flag).toLatin1();
    return appliedIf(parse::boolean(state, QLatin1StringView(field), !enabled) == enabled);
}

OutboxRequest updateRequest(const OutboxEntry& e)
{
    // Top-level fields, as Discourse's controller reads them (discourse-api.md §10).
    QUrlQuery form;
    if (e.params.contains(QStringLiteral("title")))
        form.addQueryItem(QStringLiteral("title"), text(e, "title"_L1));
    if (e.params.contains(QStringLiteral("category_id")))
        form.addQueryItem(QStringLiteral("category_id"), text(e, "category_id"_L1));
    if (e.params.contains(QStringLiteral("tags"))) {
        const QJsonArray tags = e.params.value(QStringLiteral("tags")).toArray();
        for (const QJsonValue& tag : tags)
            form.addQueryItem(QStringLiteral("tags[]"), tag.toString());
        if (tags.isEmpty())
            form.addQueryItem(QStringLiteral("tags[]"), QString());
    }
    // The title guards the edit (409 when it changed meanwhile). original_tags is not sent:
    // TopicsController#update takes any present value, "original_tags[]=" included, as a
    // list to compare, by name on older servers and by id on the newest, so an untagged
    // topic, or tags given by name, would always be refused as an edit conflict.
    form.addQueryItem(QStringLiteral("original_title"), text(e, "original_title"_L1));
    return {"PUT", QStringLiteral("/t/-/%1").arg(target(e)), form};
}
Applied updateApplied(const OutboxEntry& e, const QJsonObject& state, const QDateTime&)
{
    const Topic t = parse::topicView(state).topic;
    if (t.id == 0)
        return Applied::Unknown;
    const QJsonObject& want = e.params;
    bool same = true;
    if (want.contains(QStringLiteral("title")))
        same = same && t.title == want.value(QStringLiteral("title")).toString().simplified();
    if (want.contains(QStringLiteral("category_id")))
        same = same && t.categoryId == want.value(QStringLiteral("category_id")).toInteger();
    if (want.contains(QStringLiteral("tags"))) {
        QStringList tags;
        for (const QJsonValue& tag : want.value(QStringLiteral("tags")).toArray())
            tags.append(tag.toString());
        same = same && QSet<QString>(tags.begin(), tags.end()) ==
                           QSet<QString>(t.tags.begin(), t.tags.end());
    }
    return appliedIf(same);
}

OutboxRequest moveRequest(const OutboxEntry& e)
{
    QUrlQuery form;
    for (const QJsonValue& post : e.params.value(QStringLiteral("post_ids")).toArray())
        form.addQueryItem(QStringLiteral("post_ids[]"), QString::number(post.toInteger()));
    for (QLatin1StringView key : {"destination_topic_id"_L1, "title"_L1, "category_id"_L1})
        if (e.params.contains(key))
            form.addQueryItem(key, text(e, key));
    return {"POST", QStringLiteral("/t/%1/move-posts").arg(target(e)), form};
}
Applied moveApplied(const OutboxEntry& e, const QJsonObject& state, const QDateTime&)
{
    // Moved when none of the posts is in the source topic's stream any more.
    const parse::TopicView view = parse::topicView(state);
    if (view.topic.id == 0 || view.megaTopic) // a mega topic has no stream to look in
        return Applied::Unknown;
    for (const QJsonValue& post : e.params.value(QStringLiteral("post_ids")).toArray())
        if (view.stream.contains(post.toInteger()))
            return Applied::No;
    return Applied::Yes;
}

OutboxRequest noteRequest(const OutboxEntry& e)
{
    return {"POST", QStringLiteral("/posts"),
            QUrlQuery{{QStringLiteral("topic_id"), target(e)},
                      {QStringLiteral("raw"), text(e, "raw"_L1)},
                      {QStringLiteral("whisper"), text(e, "whisper"_L1)}}};
}
Applied noteApplied(const OutboxEntry& e, const QJsonObject& state, const QDateTime&)
{
    const parse::TopicView view = parse::topicView(state);
    if (view.topic.id == 0)
        return Applied::Unknown;
    const QString marker = e.params.value(QStringLiteral("marker")).toString();
    return appliedIf(std::any_of(view.posts.cbegin(), view.posts.cend(),
                                 [&](const Post& p) { return p.cooked.contains(marker); }));
}

// --- posts -------------------------------------------------------------------------------------

OutboxRequest deleteRequest(const OutboxEntry& e)
{
    return {"DELETE", QStringLiteral("/posts/%1").arg(target(e)), {}};
}
OutboxRequest recoverRequest(const OutboxEntry& e)
{
    return {"PUT", QStringLiteral("/posts/%1/recover").arg(target(e)), {}};
}
template <bool Deleted>
Applied deletedApplied(const OutboxEntry&, const QJsonObject& state, const QDateTime&)
{
    if (state.isEmpty()) // gone for good
        return Deleted ? Applied::Yes : Applied::Unknown;
    return appliedIf(parse::post(state).isDeleted() == Deleted);
}

template <bool Accept> OutboxRequest solutionRequest(const OutboxEntry& e)
{
    return {"POST",
            QStringLiteral("/solution/%1")
                .arg(Accept ? QStringLiteral("accept") : QStringLiteral("unaccept")),
            QUrlQuery{{QStringLiteral("id"), target(e)}}};
}
template <bool Accept>
Applied solutionApplied(const OutboxEntry&, const QJsonObject& state, const QDateTime&)
{
    return appliedIf(parse::post(state).acceptedAnswer == Accept);
}

// --- notes on users (the user-notes plugin) -----------------------------------------------------

Endpoint notesState(const OutboxEntry& e)
{
    return endpoints::userNotes(e.targetId);
}
bool storeNotes(const OutboxEntry& e, const QJsonObject& state, Store& store)
{
    // A 404 (the plugin turned off meanwhile) says nothing about the notes: keep them.
    return state.isEmpty() ||
           usernotes::storeForumNotes(store, e.targetId, parse::userNotes(state));
}

OutboxRequest noteAddRequest(const OutboxEntry& e)
{
    QUrlQuery form{{QStringLiteral("user_note[user_id]"), target(e)},
                   {QStringLiteral("user_note[raw]"), text(e, "raw"_L1)}};
    if (e.params.contains(QStringLiteral("post_id")))
        form.addQueryItem(QStringLiteral("user_note[post_id]"), text(e, "post_id"_L1));
    return {"POST", QStringLiteral("/user_notes"), form, UrlSuffix::None};
}
Applied noteAddApplied(const OutboxEntry& e, const QJsonObject& state, const QDateTime&)
{
    // The plugin stores raw as sent, and a note is never edited: the same text by the same
    // writer is this note, unless it was there before the decision ("earlier", the twins the
    // store knew of). The two clocks are not compared: a skewed one would mislead either way.
    const QString raw = e.params.value(QStringLiteral("raw")).toString();
    const QJsonArray earlier = e.params.value(QStringLiteral("earlier")).toArray();
    const QList<UserNote> notes = parse::userNotes(state);
    return appliedIf(std::any_of(notes.cbegin(), notes.cend(), [&](const UserNote& n) {
        return n.raw == raw && !earlier.contains(QJsonValue(n.forumId)) &&
               (e.actor.isEmpty() || n.createdBy.compare(e.actor, Qt::CaseInsensitive) == 0);
    }));
}

OutboxRequest noteDeleteRequest(const OutboxEntry& e)
{
    return {"DELETE",
            QStringLiteral("/user_notes/%1?user_id=%2")
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(
                         e.params.value(QStringLiteral("note_id")).toString())),
                     target(e)),
            {},
            UrlSuffix::None};
}
Applied noteDeleteApplied(const OutboxEntry& e, const QJsonObject& state, const QDateTime&)
{
    const QString id = e.params.value(QStringLiteral("note_id")).toString();
    const QList<UserNote> notes = parse::userNotes(state);
    return appliedIf(std::none_of(notes.cbegin(), notes.cend(),
                                  [&](const UserNote& n) { return n.forumId == id; }));
}

/// A state the server did not find is unknown, except where the descriptor says otherwise.
template <Applied (*F)(const OutboxEntry&, const QJsonObject&, const QDateTime&)>
Applied unlessEmpty(const OutboxEntry& e, const QJsonObject& state, const QDateTime& now)
{
    return state.isEmpty() ? Applied::Unknown : F(e, state, now);
}

using K = ActionKind;
// In ActionKind's order (checked below).
const std::array<ActionType, kActionKindCount> kTypes{{
    {K::ReviewPerform, performRequest, reviewState, unlessEmpty<performApplied>, storeReview},
    {K::ReviewClaim, claimRequest, topicState, claimApplied, storeTopic},
    {K::ReviewUnclaim, unclaimRequest, topicState, claimApplied, storeTopic},
    {K::UserSuspend, penaltyRequest<true>, userState, unlessEmpty<penaltyApplied<true, true>>,
     storeUser},
    {K::UserUnsuspend, liftRequest<true>, userState, unlessEmpty<penaltyApplied<true, false>>,
     storeUser},
    {K::UserSilence, penaltyRequest<false>, userState, unlessEmpty<penaltyApplied<false, true>>,
     storeUser},
    {K::UserUnsilence, liftRequest<false>, userState, unlessEmpty<penaltyApplied<false, false>>,
     storeUser},
    {K::TopicStatus, statusRequest, topicState, unlessEmpty<statusApplied>, storeTopic},
    {K::TopicUpdate, updateRequest, topicState, unlessEmpty<updateApplied>, storeTopic},
    {K::PostsMove, moveRequest, topicState, unlessEmpty<moveApplied>, storeTopic},
    {K::TopicNote, noteRequest, topicEndState, unlessEmpty<noteApplied>, storeTopic},
    {K::PostDelete, deleteRequest, postState, deletedApplied<true>, storePost},
    {K::PostRecover, recoverRequest, postState, deletedApplied<false>, storePost},
    {K::SolutionAccept, solutionRequest<true>, postState, unlessEmpty<solutionApplied<true>>,
     storePost},
    {K::SolutionUnaccept, solutionRequest<false>, postState, unlessEmpty<solutionApplied<false>>,
     storePost},
    {K::NoteAdd, noteAddRequest, notesState, unlessEmpty<noteAddApplied>, storeNotes, true},
    {K::NoteDelete, noteDeleteRequest, notesState, unlessEmpty<noteDeleteApplied>, storeNotes},
}};

} // namespace

const ActionType& actionType(ActionKind kind)
{
    const ActionType& type = kTypes.at(std::size_t(kind));
    Q_ASSERT(type.kind == kind);
    return type;
}

} // namespace steward
