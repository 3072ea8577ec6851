// SPDX-License-Identifier: GPL-3.0-or-later
// /posts.json pages read straight from their bytes with simdjson: the sync's bulk walk spends
// most of its parse time in the JSON parser, and this one is an order of magnitude faster
// than QJsonDocument. Every value is read with the same tolerance as jsonread.h, so that the
// result equals latestPosts() on QJsonDocument (tst_parse checks both on every fixture).
#include "models/net/parse/jsonread.h"
#include "models/net/parse/parse.h"

#include <QJsonDocument>

#include <simdjson.h>

#include <cmath>

namespace steward::parse {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

std::optional<double> numberOf(element e)
{
    switch (e.type()) {
    case element_type::INT64: return double(int64_t(e));
    case element_type::UINT64: return double(uint64_t(e));
    case element_type::DOUBLE: return double(e);
    default: return std::nullopt;
    }
}

QString text(element e)
{
    std::string_view view;
    if (e.get_string().get(view) != simdjson::SUCCESS)
        return {};
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

Id idOf(element e)
{
    if (const std::optional<double> d = numberOf(e))
        return std::isfinite(*d) && std::abs(*d) < 9.0e15 ? Id(*d) : 0;
    if (e.is_string()) {
        bool ok = false;
        const Id parsed = text(e).toLongLong(&ok);
        return ok ? parsed : 0;
    }
    return 0;
}

int integerOf(element e, int fallback = 0)
{
    if (const std::optional<double> d = numberOf(e))
        return std::isfinite(*d) && std::abs(*d) < 2.0e9 ? int(*d) : fallback;
    if (e.is_string()) {
        bool ok = false;
        const int parsed = text(e).toInt(&ok);
        return ok ? parsed : fallback;
    }
    return fallback;
}

bool booleanOf(element e)
{
    if (e.is_bool())
        return bool(e);
    if (e.is_string())
        return text(e) == u"true";
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
        if (key == "id") p.id = idOf(v);
        else if (key == "topic_id") p.topicId = idOf(v);
        else if (key == "post_number") p.postNumber = integerOf(v);
        else if (key == "post_type") postType = integerOf(v, 1);
        else if (key == "user_id") p.userId = idOf(v);
        else if (key == "username") p.username = text(v);
        else if (key == "created_at") p.createdAt = parseTime(text(v));
        else if (key == "updated_at") p.updatedAt = parseTime(text(v));
        else if (key == "deleted_at") p.deletedAt = parseTime(text(v));
        else if (key == "reply_to_post_number") p.replyToPostNumber = integerOf(v);
        else if (key == "reply_count") p.replyCount = integerOf(v);
        else if (key == "version") p.version = integerOf(v, 1);
        else if (key == "hidden") p.hidden = booleanOf(v);
        else if (key == "accepted_answer") p.acceptedAnswer = booleanOf(v);
        else if (key == "raw") p.raw = text(v);
        else if (key == "cooked") p.cooked = text(v);
        else if (key == "like_count") likeCount = integerOf(v, -1);
        else if (key == "actions_summary" && v.is_array()) {
            for (const element a : simdjson::dom::array(v)) {
                if (!a.is_object())
                    continue;
                element actionId, count;
                if (a["id"].get(actionId) == simdjson::SUCCESS && integerOf(actionId) == 2)
                    likesFromSummary = a["count"].get(count) == simdjson::SUCCESS ? integerOf(count) : 0;
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
    if (parserFor(body.size()).parse(body.constData(), std::size_t(body.size())).get(root) == simdjson::SUCCESS)
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
    if (parserFor(body.size()).parse(body.constData(), std::size_t(body.size())).get(root) != simdjson::SUCCESS) {
        // What simdjson refuses (numbers beyond 64 bits, say) may still be JSON to Qt.
        const QJsonDocument document = QJsonDocument::fromJson(body);
        if (document.isNull())
            return std::nullopt;
        return latestPosts(document.object());
    }
    QList<Post> out;
    simdjson::dom::array posts;
    if (!root.is_object() || root["latest_posts"].get_array().get(posts) != simdjson::SUCCESS)
        return out;
    out.reserve(qsizetype(posts.size()));
    for (const element e : posts) {
        if (!e.is_object())
            continue;
        Post p = postOf(simdjson::dom::object(e));
        if (p.id != 0)
            out.append(std::move(p));
    }
    return out;
}

} // namespace steward::parse
