// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The few places where the store's SQL differs between SQLite and PostgreSQL. Everything else
// is written once for both.
#pragma once

#include "models/store/database.h"

#include <QString>

namespace steward::sqldialect {

/// An ORDER BY term that sorts column without regard to ASCII case (SQLite's NOCASE, which
/// the topics_title index is built with; lower() on PostgreSQL, as its index is).
QString caseless(Database::Backend backend, const char* column);

/// What to add to an ORDER BY term for NULLs to sort as SQLite sorts them (first when
/// ascending, last when descending): nothing on SQLite, which may then use its index.
QString nullsAsOnSqlite(Database::Backend backend, bool descending);

/// The condition on post_search that keeps the posts matching fullTextQuery()'s value, bound
/// to its one "?": FTS5's MATCH, or PostgreSQL's tsvector @@ tsquery.
const char* fullTextMatch(Database::Backend backend);

/// The full-text table a queue search reads, with the posts' ids as rowid and
/// fullTextMatch()'s condition: on SQLite post_search, every post; on PostgreSQL
/// queue_post_search, only the posts queue items are about (0014_queue_search_postgres.sql).
const char* queuePostSearch(Database::Backend backend);

/// The words of text as a full-text query in which each must occur, the last as a prefix;
/// operators in the text are taken as words. Empty when text has no words.
QString fullTextQuery(Database::Backend backend, const QString& text);

/// The right side of a LIKE on the name search views, for a pattern bound to its "?":
/// lower(?) on PostgreSQL, whose views hold text lowered by the same server; the pattern as
/// it is on SQLite, whose trigram tables match ASCII without regard to case.
const char* likeParameter(Database::Backend backend);

/// A LIKE pattern matching text anywhere, its wildcards and backslashes escaped for
/// ESCAPE '\\'.
QString containsPattern(const QString& text);

} // namespace steward::sqldialect
