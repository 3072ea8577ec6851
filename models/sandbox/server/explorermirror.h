// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox community as an SQLite database in Discourse's own table and column names, for
// the Data Explorer emulation (docs/data-explorer.md §5; docs/sandbox.md "Data Explorer").
#pragma once

#include "models/sandbox/community.h"

#include <QString>
#include <QStringList>

struct sqlite3;

namespace steward::sandbox {

/// A private SQLite database (a temporary file SQLite deletes on close, so large communities
/// do not have to fit in memory) holding posts, topics, users, user_stats, categories,
/// reviewables, reviewable_scores, reviewable_histories and discourse_solved_solved_topics.
/// Every value equals what the REST JSON writers serve for the same row. Timestamps are
/// ISO-8601 UTC text with milliseconds ("2024-01-02T03:04:05.678Z"); booleans are 0/1 in
/// columns declared BOOLEAN (isBooleanType()); payload is JSON text. Not thread-safe: use it
/// on the server's thread only.
class ExplorerMirror
{
public:
    ExplorerMirror();
    ~ExplorerMirror();
    ExplorerMirror(const ExplorerMirror&) = delete;
    ExplorerMirror& operator=(const ExplorerMirror&) = delete;

    /// Makes the mirror show community: builds it on first use and again whenever
    /// community.revision changed since the last build. The connection is query_only
    /// afterwards. On failure returns false and sets error.
    bool refresh(const SandboxCommunity& community, QString* error);
    /// The open connection; nullptr before the first successful refresh().
    sqlite3* connection() const { return m_db; }
    qint64 lastBuildMs() const { return m_buildMs; }
    int buildCount() const { return m_builds; }

    /// Whether a declared column type (sqlite3_column_decltype) is one of the boolean ones.
    static bool isBooleanType(const char* declaredType);
    /// The boolean columns of a mirrored table ("posts" -> hidden, wiki, ...).
    static QStringList booleanColumns(const QString& table);

private:
    bool build(const SandboxCommunity& community, QString* error);
    void close();

    sqlite3* m_db = nullptr;
    quint64 m_revision = 0;
    qint64 m_buildMs = 0;
    int m_builds = 0;
};

} // namespace steward::sandbox
