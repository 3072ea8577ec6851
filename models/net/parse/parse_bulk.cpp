// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// /posts.json pages read straight from their bytes with simdjson: the sync's bulk walk spends
// most of its parse time in the JSON parser, and this one is an order of magnitude faster
// than QJsonDocument. Every value is read with the same tolerance as jsonread.h, so that the
// result equals latestPosts() on QJsonDocument (tst_parse checks both on every fixture).
#include "models/net/parse/jsonread.h"
#include "models/net/parse/parse.h"
#include "models/net/parse/unreadable.h"

#include <QJsonDocument>

#include <cmath>
#include <simdjson.h>

namespace steward::parse {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

std::optional<double> numberOf(element e)
{
    switch (e.type()) {
    case element_type::INT64:
        return double(int64_t(e));
    case element_type::UINT64:
        return double(uint64_t(e));
    case element_type::DOUBLE:
        return double(e);
    default:
        return std::nullopt;
    }
}

QString text(element e)
{
    std::string_view view;
    if (e.get_string().get(view) != simdjson::SUCCESS)
        return {};
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

/// The value as minified JSON, for the unreadable log.
void noteBad(std::string_view key, element e)
{
    noteUnreadable(QString::fromUtf8(key.data(), qsizetype(key.size())),
                   QString::fromStdString(simdjson::minify(e)));
}

/// The readers below mirror jsonread.h: null is unknown, a value of the wrong form is noted.
QString textAt(std::string_view key, element e)
{
    if (!e.is_string() && !e.is_null())
        noteBad(key, e);
    return text(e);
}

QDateTime timeAt(std::string_view key, element e)
{
    const QString s = textAt(key, e);
    QDateTime t = parseTime(s);
    if (!t.isValid() && !s.isEmpty())
        noteBad(key, e);
    return t;
}

Id idAt(std::string_view key, element e)
{
    if (const std::optional<double> d = numberOf(e)) {
        if (std::isfinite(*d) && std::abs(*d) < 9.0e15)
            return Id(*d);
    } else if (e.is_string()) {
        bool ok = false;
        const Id parsed = text(e).toLongLong(&ok);
        if (ok)
            return parsed;
    } else if (e.is_null()) {
        return 0;
    }
    noteBad(key, e);
    return 0;
}

int integerAt(std::string_view key, element e, int fallback = 0)
{
    if (const std::optional<double> d = numberOf(e)) {
        if (std::isfinite(*d) && std::abs(*d) < 2.0e9)
            return int(*d);
    } else if (e.is_string()) {
        bool ok = false;
        const int parsed = text(e).toInt(&ok);
        if (ok)
            return parsed;
    } else if (e.is_null()) {
        return fallback;
    }
    noteBad(key, e);
    return fallback;
}

bool booleanAt(std::string_view key, element e)
{
    if (e.is_bool())
        return bool(e);
    if (e.is_string() && (text(e) == u"true" || text(e) == u"false"))
        return text(e) == u"true";
    if (!e.is_null())
        noteBad(key, e);
    return false;
}

Post postOf(simdjson::dom::object o)
{
    Post p;
    int postType = 1;
    int likeCount = -1;
    int likesFromSummary = 0;
    for (const simdjson::dom::key_value_pair field : o) {
        const std::string_view key = field.key;
        const element v = field.value;
        if (key == "id")
            p.id = idAt(key, v);
        else if (key == "topic_id")
            p.topicId = idAt(key, v);
        else if (key == "post_number")
            p.postNumber = integerAt(key, v);
        else if (key == "post_type")
            postType = integerAt(key, v, 1);
        else if (key == "user_id")
            p.userId = idAt(key, v);
        else if (key == "username")
            p.username = textAt(key, v);
        else if (key == "created_at")
            p.createdAt = timeAt(key, v);
        else if (key == "updated_at")
            p.updatedAt = timeAt(key, v);
        else if (key == "deleted_at")
            p.deletedAt = timeAt(key, v);
        else if (key == "reply_to_post_number")
            p.replyToPostNumber = integerAt(key, v);
        else if (key == "reply_count")
            p.replyCount = integerAt(key, v);
        else if (key == "version")
            p.version = integerAt(key, v, 1);
        else if (key == "hidden")
            p.hidden = booleanAt(key, v);
        else if (key == "accepted_answer")
            p.acceptedAnswer = booleanAt(key, v);
        else if (key == "raw")
            p.raw = textAt(key, v);
        else if (key == "cooked")
            p.cooked = textAt(key, v);
        else if (key == "like_count")
            likeCount = integerAt(key, v, -1);
        else if (key == "actions_summary" && v.is_array()) {
            likesFromSummary = 0; // a repeated key: the last one counts, as in Qt's reader
            for (const element a : simdjson::dom::array(v)) {
                if (!a.is_object())
                    continue;
                element actionId, count;
                if (a["id"].get(actionId) == simdjson::SUCCESS && integerAt("id", actionId) == 2)
                    likesFromSummary =
                        a["count"].get(count) == simdjson::SUCCESS ? integerAt("count", count) : 0;
            }
        }
    }
    p.type = postTypeFromInt(postType).value_or(PostType::Regular);
    p.likeCount = likeCount >= 0 ? likeCount : likesFromSummary;
    return p;
}

/// One parser per thread, reused for its buffers; one that grew for a huge answer is let go.
simdjson::dom::parser& parserFor(qsizetype size)
{
    constexpr std::size_t KeepCapacity = 16 * 1024 * 1024;
    thread_local std::unique_ptr<simdjson::dom::parser> parser;
    if (!parser || (parser->capacity() > KeepCapacity && std::size_t(size) <= KeepCapacity))
        parser = std::make_unique<simdjson::dom::parser>();
    return *parser;
}

} // namespace

QString jsonSyntaxError(const QByteArray& body)
{
    if (body.trimmed().isEmpty())
        return {};
    element root;
    if (parserFor(body.size()).parse(body.constData(), std::size_t(body.size())).get(root) ==
        simdjson::SUCCESS)
        return {};
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError)
        return {};
    return QStringLiteral("invalid JSON at byte %1: %2").arg(error.offset).arg(error.errorString());
}

std::optional<QList<Post>> latestPostsFromJson(const QByteArray& body)
{
    element root;
    if (parserFor(body.size()).parse(body.constData(), std::size_t(body.size())).get(root) !=
        simdjson::SUCCESS) {
        // What simdjson refuses (numbers beyond 64 bits, say) may still be JSON to Qt.
        const QJsonDocument document = QJsonDocument::fromJson(body);
        if (document.isNull() ||
            !document.object().value(QLatin1StringView("latest_posts")).isArray())
            return std::nullopt;
        return latestPosts(document.object());
    }
    QList<Post> out;
    simdjson::dom::array posts;
    if (!root.is_object() || root["latest_posts"].get_array().get(posts) != simdjson::SUCCESS)
        return std::nullopt;
    out.reserve(qsizetype(posts.size()));
    for (const element e : posts) {
        Post p = e.is_object() ? postOf(simdjson::dom::object(e)) : Post();
        if (p.id > 0)
            out.append(std::move(p));
        else
            noteBad("latest_posts[]", e);
    }
    return out;
}

} // namespace steward::parse
