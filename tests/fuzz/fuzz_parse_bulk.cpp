// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The simdjson reader of the posts walk (parse_bulk.cpp) and the JSON syntax check every
// answer goes through, on any bytes a server sends. The simdjson result must equal
// latestPosts() on QJsonDocument, as tst_parse checks on the fixtures (STEWARD_FUZZ_DIFF=0
// turns that off), except for objects with duplicate keys, where the two are known to differ
// (tests/data/fuzz/fuzz_parse_bulk/README.md), and for the unreadable logs.
#include "models/net/parse/parse.h"
#include "models/net/parse/unreadable.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <simdjson.h>
#include <string_view>

using namespace steward;

namespace {
bool differential = false;

bool hasDuplicateKeys(simdjson::dom::element e)
{
    if (e.is_object()) {
        std::set<std::string_view> seen;
        for (const simdjson::dom::key_value_pair field : simdjson::dom::object(e))
            if (!seen.insert(field.key).second || hasDuplicateKeys(field.value))
                return true;
    } else if (e.is_array()) {
        for (const simdjson::dom::element v : simdjson::dom::array(e))
            if (hasDuplicateKeys(v))
                return true;
    }
    return false;
}

/// Bytes simdjson reads (else latestPostsFromJson() falls back to Qt) with a repeated key.
bool duplicateKeys(const QByteArray& bytes)
{
    static simdjson::dom::parser parser;
    simdjson::dom::element root;
    return parser.parse(bytes.constData(), std::size_t(bytes.size())).get(root) ==
               simdjson::SUCCESS &&
           hasDuplicateKeys(root);
}

[[noreturn]] void differ(const char* what)
{
    std::fprintf(stderr, "fuzz_parse_bulk: latestPostsFromJson() and latestPosts() differ: %s\n",
                 what);
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    differential = qEnvironmentVariable("STEWARD_FUZZ_DIFF") != u"0";
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // A copy of exactly the input, so that ASan sees any read past its end (simdjson pads).
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    parse::UnreadableLog log;
    std::optional<QList<Post>> fast;
    {
        const parse::UnreadableScope scope(log);
        (void)parse::jsonSyntaxError(bytes);
        fast = parse::latestPostsFromJson(bytes);
    }
    if (!differential || duplicateKeys(bytes))
        return 0;
    parse::UnreadableLog qtLog;
    const parse::UnreadableScope scope(qtLog);
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    if (!o.value(QLatin1StringView("latest_posts")).isArray()) {
        if (fast)
            differ("simdjson found latest_posts, Qt did not");
        return 0;
    }
    if (!fast)
        differ("Qt found latest_posts, simdjson did not");
    const QList<Post> expected = parse::latestPosts(o);
    if (fast->size() != expected.size())
        differ("post count");
    for (qsizetype i = 0; i < expected.size(); ++i)
        if (!((*fast)[i] == expected[i]))
            differ("a post");
    return 0;
}
