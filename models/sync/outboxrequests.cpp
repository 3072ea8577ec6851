// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/outboxrequests.h"

#include "models/net/parse/jsonread.h"
#include "models/net/parse/parse.h"
#include "models/store/store.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <limits>

namespace steward {

namespace {

QString text(const OutboxEntry& e, const char* key)
{
    const QJsonValue v = e.params.value(QLatin1StringView(key));
    return v.isString() ? v.toString()
           : v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                        : QString::number(v.toInteger());
}

} // namespace

std::optional<OutboxRequest> outboxRequest(const OutboxEntry& e)
{
    const QString id = QString::number(e.targetId);
    const QString& k = e.kind;
    if (k == u"review.perform") {
        QUrlQuery form{{QStringLiteral("version"), text(e, "version")}};
        for (auto it = e.params.constBegin(); it != e.params.constEnd(); ++it)
            if (it.key() != u"action" && it.key() != u"version")
                form.addQueryItem(it.key(), text(e, it.key().toUtf8().constData()));
        return OutboxRequest{
            "PUT", QStringLiteral("/review/%1/perform/%2").arg(id, text(e, "action")), form};
    }
    if (k == u"review.claim")
        return OutboxRequest{"POST", QStringLiteral("/reviewable_claimed_topics"),
                             QUrlQuery{{QStringLiteral("reviewable_claimed_topic[topic_id]"), id}}};
    if (k == u"review.unclaim")
        return OutboxRequest{"DELETE", QStringLiteral("/reviewable_claimed_topics/%1").arg(id), {}};
    if (k == u"user.suspend" || k == u"user.silence") {
        const bool suspend = k == u"user.suspend";
        QUrlQuery form{{suspend ? QStringLiteral("suspend_until") : QStringLiteral("silenced_till"),
                        text(e, "until")},
                       {QStringLiteral("reason"), text(e, "reason")}};
        if (!text(e, "message").isEmpty())
            form.addQueryItem(QStringLiteral("message"), text(e, "message"));
        return OutboxRequest{
            "PUT",
            QStringLiteral("/admin/users/%1/%2")
                .arg(id, suspend ? QStringLiteral("suspend") : QStringLiteral("silence")),
            form};
    }
    if (k == u"user.unsuspend" || k == u"user.unsilence")
        return OutboxRequest{
            "PUT", QStringLiteral("/admin/users/%1/%2").arg(id, k.section(u'.', 1)), {}};
    if (k == u"topic.status")
        return OutboxRequest{"PUT", QStringLiteral("/t/%1/status").arg(id),
                             QUrlQuery{{QStringLiteral("status"), text(e, "status")},
                                       {QStringLiteral("enabled"), text(e, "enabled")}}};
    if (k == u"topic.update") {
        // Top-level fields, as Discourse's controller reads them (discourse-api.md §10).
        QUrlQuery form;
        if (e.params.contains(QStringLiteral("title")))
            form.addQueryItem(QStringLiteral("title"), text(e, "title"));
        if (e.params.contains(QStringLiteral("category_id")))
            form.addQueryItem(QStringLiteral("category_id"), text(e, "category_id"));
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
        form.addQueryItem(QStringLiteral("original_title"), text(e, "original_title"));
        return OutboxRequest{"PUT", QStringLiteral("/t/-/%1").arg(id), form};
    }
    if (k == u"posts.move") {
        QUrlQuery form;
        for (const QJsonValue& post : e.params.value(QStringLiteral("post_ids")).toArray())
            form.addQueryItem(QStringLiteral("post_ids[]"), QString::number(post.toInteger()));
        for (const char* key : {"destination_topic_id", "title", "category_id"})
            if (e.params.contains(QLatin1StringView(key)))
                form.addQueryItem(QString::fromLatin1(key), text(e, key));
        return OutboxRequest{"POST", QStringLiteral("/t/%1/move-posts").arg(id), form};
    }
    if (k == u"topic.note")
        return OutboxRequest{"POST", QStringLiteral("/posts"),
                             QUrlQuery{{QStringLiteral("topic_id"), id},
                                       {QStringLiteral("raw"), text(e, "raw")},
                                       {QStringLiteral("whisper"), text(e, "whisper")}}};
    if (k == u"post.delete")
        return OutboxRequest{"DELETE", QStringLiteral("/posts/%1").arg(id), {}};
    if (k == u"post.recover")
        return OutboxRequest{"PUT", QStringLiteral("/posts/%1/recover").arg(id), {}};
    if (k == u"solution.accept" || k == u"solution.unaccept")
        return OutboxRequest{"POST", QStringLiteral("/solution/%1").arg(k.section(u'.', 1)),
                             QUrlQuery{{QStringLiteral("id"), id}}};
    return std::nullopt;
}

QString outboxStatePath(const OutboxEntry& e)
{
    const QString id = QString::number(e.targetId);
    if (e.kind == u"review.perform")
        return QStringLiteral("/review/%1").arg(id);
    if (e.kind.startsWith(u"user."))
        return QStringLiteral("/admin/users/%1").arg(id);
    if (e.kind == u"topic.note") // a post number past the end: the topic's last chunk of posts
        return QStringLiteral("/t/-/%1/%2").arg(id).arg(std::numeric_limits<int>::max());
    if (e.kind.startsWith(u"topic.") || e.kind.startsWith(u"review.") || e.kind == u"posts.move")
        return QStringLiteral("/t/%1").arg(id);
    return QStringLiteral("/posts/%1").arg(id);
}

Applied outboxApplied(const OutboxEntry& e, const QJsonObject& state, const QDateTime& now)
{
    using parse::boolean;
    const QString& k = e.kind;
    if (state.isEmpty())
        return k == u"post.delete" ? Applied::Yes : Applied::Unknown;
    if (k == u"review.perform") {
        const Reviewable r = parse::reviewDetail(state);
        if (r.id == 0)
            return Applied::Unknown;
        // Any move out of pending, or a newer version, means a decision reached the server.
        return !r.isPending() || r.version > e.params.value(QStringLiteral("version")).toInt()
                   ? Applied::Yes
                   : Applied::No;
    }
    if (k.startsWith(u"user.")) {
        const User u = parse::user(state);
        const bool on = k.endsWith(u"suspend") ? u.isSuspendedAt(now) : u.isSilencedAt(now);
        return on == !k.contains(u".un") ? Applied::Yes : Applied::No;
    }
    if (k == u"topic.status") {
        const QString status = e.params.value(QStringLiteral("status")).toString();
        const bool enabled = e.params.value(QStringLiteral("enabled")).toBool();
        const QByteArray field = status.toLatin1();
        return boolean(state, QLatin1StringView(field), !enabled) == enabled ? Applied::Yes
                                                                             : Applied::No;
    }
    if (k == u"posts.move") {
        // Moved when none of the posts is in the source topic's stream any more.
        const parse::TopicView view = parse::topicView(state);
        if (view.topic.id == 0 || view.megaTopic) // a mega topic has no stream to look in
            return Applied::Unknown;
        for (const QJsonValue& post : e.params.value(QStringLiteral("post_ids")).toArray())
            if (view.stream.contains(post.toInteger()))
                return Applied::No;
        return Applied::Yes;
    }
    if (k == u"topic.note") {
        const parse::TopicView view = parse::topicView(state);
        if (view.topic.id == 0)
            return Applied::Unknown;
        const QString marker = e.params.value(QStringLiteral("marker")).toString();
        const bool found = std::any_of(view.posts.cbegin(), view.posts.cend(),
                                       [&](const Post& p) { return p.cooked.contains(marker); });
        return found ? Applied::Yes : Applied::No;
    }
    if (k == u"topic.update") {
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
        return same ? Applied::Yes : Applied::No;
    }
    const Post p = parse::post(state);
    if (k == u"post.delete" || k == u"post.recover")
        return p.isDeleted() == (k == u"post.delete") ? Applied::Yes : Applied::No;
    if (k == u"solution.accept" || k == u"solution.unaccept")
        return p.acceptedAnswer == (k == u"solution.accept") ? Applied::Yes : Applied::No;
    return Applied::Unknown; // claims: sending again is harmless (409 means already claimed)
}

bool storeOutboxState(const OutboxEntry& e, const QJsonObject& state, Store& store)
{
    if (state.isEmpty())
        return true;
    if (e.kind == u"review.perform") {
        const Reviewable r = parse::reviewDetail(state);
        return r.id == 0 || store.upsertReviewables({r});
    }
    if (e.kind.startsWith(u"user."))
        return store.upsertUsers({parse::user(state)}, UserDetail::Full);
    if (e.kind.startsWith(u"topic.") || e.kind.startsWith(u"review.") || e.kind == u"posts.move") {
        const parse::TopicView view = parse::topicView(state);
        return view.topic.id == 0 ||
               (store.upsertTopics({view.topic}) && store.upsertPosts(view.posts));
    }
    const Post p = parse::post(state);
    return p.id == 0 || store.upsertPosts({p});
}

} // namespace steward
