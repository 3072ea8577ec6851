// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The tables of the Data Explorer mirror (docs/data-explorer.md §5) and the rows the community
// gives them: what ExplorerMirror writes, whether it builds afresh or refreshes.
#pragma once

#include "models/sandbox/community.h"

#include <QString>

#include <span>
#include <vector>

namespace steward::sandbox::explorer {

/// The mirrored tables, in kTables order.
enum class Table : quint8
{
    Posts,
    Topics,
    Users,
    UserStats,
    Categories,
    Reviewables,
    ReviewableScores,
    ReviewableHistories,
    SolvedTopics,
    Tags,
    TopicTags,
    UserHistories,
};
constexpr int kTableCount = int(Table::UserHistories) + 1;

/// A table's name and its columns in Discourse's names and order. Declared types: BOOLEAN
/// columns come out of runs as JSON true/false, TIMESTAMP columns hold ISO-8601 text. The first
/// column is always the INTEGER PRIMARY KEY, the row's key.
struct TableDef
{
    const char* name;
    const char* columns;
};
std::span<const TableDef> tables();
const TableDef& tableDef(Table table);

/// One row's values in column order. Times are kept as milliseconds and written as the JSON
/// writers serve them (json::time: ISO-8601 UTC with milliseconds).
class Row
{
public:
    struct Value
    {
        enum Kind : quint8
        {
            Null,
            Integer,
            Real,
            Text,
            Time
        } kind = Null;
        qint64 integer = 0; ///< Integer, and Time's milliseconds since the epoch
        double real = 0;
        QString text;
    };

    void clear() { m_values.clear(); }
    Row& integer(qint64 v)
    {
        m_values.push_back({Value::Integer, v, 0, {}});
        return *this;
    }
    Row& id(Id v) { return v ? integer(v) : null(); } ///< 0 is NULL
    Row& boolean(bool v) { return integer(v ? 1 : 0); }
    Row& real(double v)
    {
        m_values.push_back({Value::Real, 0, v, {}});
        return *this;
    }
    Row& null()
    {
        m_values.push_back({});
        return *this;
    }
    Row& text(const QString& v)
    {
        m_values.push_back({Value::Text, 0, 0, v});
        return *this;
    }
    Row& nullableText(const QString& v) { return v.isEmpty() ? null() : text(v); }
    Row& time(const QDateTime& v); ///< invalid is NULL
    Row& time(qint64 secondsSinceEpoch)
    {
        return secondsSinceEpoch ? time(toDateTime(secondsSinceEpoch)) : null();
    }

    const std::vector<Value>& values() const { return m_values; }
    /// A 64-bit hash of the values, never 0: equal rows have equal fingerprints, and different
    /// ones different fingerprints but for a 2^-64 chance.
    quint64 fingerprint() const;

private:
    std::vector<Value> m_values;
};

/// Where the producers put rows. A producer offers each row's key and fingerprint first; only
/// when the sink wants it (a new or changed row) does it compute the values and write them.
class RowSink
{
public:
    virtual ~RowSink() = default;
    /// Whether the row (table, key) with this fingerprint must be written.
    virtual bool wants(Table table, qint64 key, quint64 fingerprint) = 0;
    /// Writes a wanted row; false on failure, after which the producers stop.
    virtual bool write(Table table, const Row& row) = 0;
    /// True once the producers must stop (a failed write, a cancelled build).
    virtual bool stopped() const = 0;
};

/// Offers every row of every table for community to sink, in table order. Reads community only
/// (never its caches), so it may run on any thread that owns a copy. False when the sink stopped.
bool produceRows(const SandboxCommunity& community, RowSink& sink);

/// The work of mirroring a row, for progress and estimates: a post (whose text is made)
/// counts kPostWork, any other row 1 (measured on the large community: ~10.5 µs a post,
/// ~4 µs another row).
constexpr int kPostWork = 3;
inline int workOf(Table table)
{
    return table == Table::Posts ? kPostWork : 1;
}
/// The work of a build's indexes, done once the rows are in: one unit a post.
qint64 indexWork(const SandboxCommunity& community);
/// The work of a whole build of community, about: each row offered by workOf(), plus indexWork().
qint64 expectedWork(const SandboxCommunity& community);

/// UserHistory.actions (app/models/user_history.rb): suspend_user and silence_user.
constexpr int kSuspendUserAction = 10;
constexpr int kSilenceUserAction = 30;

/// tags.id of a tag name: the id the topic JSON serves for it (FNV-1a of the name, as
/// json_topic.cpp's tag objects), moved to the next free id when two names collide.
qint64 tagHashId(const QString& name);

namespace detail {
// The producers, one per source of rows (explorertables.cpp, explorertables_more.cpp).
bool producePosts(const SandboxCommunity& c, RowSink& sink);
bool produceTopics(const SandboxCommunity& c, RowSink& sink);
bool produceUsers(const SandboxCommunity& c, RowSink& sink);
bool produceCategories(const SandboxCommunity& c, RowSink& sink);
bool produceReviews(const SandboxCommunity& c, RowSink& sink);
bool produceSolved(const SandboxCommunity& c, RowSink& sink);
bool produceTags(const SandboxCommunity& c, RowSink& sink);
bool produceUserHistories(const SandboxCommunity& c, RowSink& sink);
/// Offers a computed row: wants() by its fingerprint, then write().
bool offer(RowSink& sink, Table table, const Row& row);
} // namespace detail

} // namespace steward::sandbox::explorer
