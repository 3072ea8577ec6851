// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Running a Data Explorer query as the plugin does (docs/data-explorer.md §3), on SQLite.
#pragma once

#include "models/sandbox/server/reply.h"

#include <QJsonObject>
#include <QList>
#include <QString>

struct sqlite3;

namespace steward::sandbox {

/// One "-- type :identifier = default" declaration of a query's "-- [params]" header.
struct ExplorerParam
{
    QString identifier;
    QString type; ///< canonical: int, bigint, boolean, string, date, time, datetime, double, ...
    QString defaultValue;
    bool hasDefault = false;
    bool nullable = false;

    /// Parameter#to_hash: {identifier, type, default, nullable}.
    QJsonObject toJson() const;
};

/// The declarations of sql's "-- [params]" header, parsed as Parameter.create_from_sql does.
/// An unknown type sets error (a ValidationError message) when error is not null.
QList<ExplorerParam> explorerParams(const QString& sql, QString* error = nullptr);

/// 422 {"success":false,"errors":[message]}, the body of every failed run.
Reply explorerFailure(const QString& message);

/// Runs sql against db: the semicolon check, parameter casting, comment stripping, ":name"
/// markers bound, then "WITH query AS (\n<sql>\n) SELECT * FROM query\nLIMIT <limit>" read-only
/// and interrupted after timeoutMs. params holds the parsed request values (strings or JSON
/// scalars) and is echoed as "params". Returns the success body (200) or
/// {"success":false,"errors":[...]} (422) with PostgreSQL-style messages.
Reply runExplorerQuery(sqlite3* db, const QString& sql, const QJsonObject& params, int limit,
                       int timeoutMs);

} // namespace steward::sandbox
