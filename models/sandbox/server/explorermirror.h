// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox community as an SQLite database in Discourse's own table and column names, for
// the Data Explorer emulation (docs/data-explorer.md §5; docs/sandbox.md "Data Explorer").
#pragma once

#include "models/sandbox/community.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

struct sqlite3;

namespace steward::sandbox {

/// A private SQLite database (a temporary file SQLite deletes on close, so large communities
/// do not have to fit in memory) holding the tables of explorertables.h: posts, topics, users,
/// user_stats, categories, reviewables, reviewable_scores, reviewable_histories,
/// discourse_solved_solved_topics, tags, topic_tags and user_histories. Every value equals what
/// the REST JSON writers serve for the same row. Timestamps are ISO-8601 UTC text with
/// milliseconds ("2024-01-02T03:04:05.678Z"); booleans are 0/1 in columns declared BOOLEAN
/// (isBooleanType()); payload is JSON text.
///
/// Besides the database it keeps a 64-bit fingerprint of every row it wrote, so that a refresh
/// after writes to the community rewrites only the rows whose values changed. Not thread-safe:
/// one thread at a time; build() may run on a worker and the mirror then move to the server's
/// thread (explorerwarmup.h).
class ExplorerMirror
{
public:
    ExplorerMirror();
    ~ExplorerMirror();
    ExplorerMirror(const ExplorerMirror&) = delete;
    ExplorerMirror& operator=(const ExplorerMirror&) = delete;

    /// Builds the mirror of community afresh, replacing any earlier one. Reads community only,
    /// never its caches, so it may run on any thread that owns the community (a copy).
    /// cancel, when set, stops the build early (false, error "cancelled"); progress, when
    /// given, counts the work done (explorer::workOf() each row; compare explorer::expectedWork()).
    /// False with error on failure.
    bool build(const SandboxCommunity& community, QString* error,
               const std::atomic<bool>* cancel = nullptr, std::atomic<qint64>* progress = nullptr);
    /// Makes the mirror show community: builds it if there is none; otherwise, when
    /// community.revision differs from the one mirrored, writes the rows that are new or
    /// changed and deletes the rows that are gone, in one transaction. The connection is
    /// query_only afterwards. On failure returns false, sets error and closes the mirror (the
    /// next refresh builds afresh).
    bool refresh(const SandboxCommunity& community, QString* error);
    /// The open connection; nullptr before the first successful build.
    sqlite3* connection() const { return m_db; }
    /// The community revision the mirror shows.
    quint64 revision() const { return m_revision; }
    qint64 lastBuildMs() const { return m_buildMs; }
    int buildCount() const { return m_builds; }
    /// Incremental refreshes done, the last one's duration, and the rows it wrote or deleted.
    int refreshCount() const { return m_refreshes; }
    qint64 lastRefreshMs() const { return m_refreshMs; }
    qint64 lastRefreshChanges() const { return m_refreshChanges; }

    /// Whether a declared column type (sqlite3_column_decltype) is one of the boolean ones.
    static bool isBooleanType(const char* declaredType);
    /// The boolean columns of a mirrored table ("posts" -> hidden, wiki, ...).
    static QStringList booleanColumns(const QString& table);

    class Fingerprints; ///< internal: the rows' fingerprints (explorermirror.cpp)

private:
    /// Offers every row to the database in one transaction, writing what differs from m_rows.
    bool update(const SandboxCommunity& community, QString* error, const std::atomic<bool>* cancel,
                std::atomic<qint64>* progress);
    void close();

    sqlite3* m_db = nullptr;
    std::unique_ptr<Fingerprints> m_rows; ///< of what the database holds
    quint64 m_revision = 0;
    qint64 m_buildMs = 0;
    int m_builds = 0;
    int m_refreshes = 0;
    qint64 m_refreshMs = 0;
    qint64 m_refreshChanges = 0;
};

} // namespace steward::sandbox
