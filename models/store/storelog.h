// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>
#include <QString>

#include <expected>

class QSqlQuery;

namespace steward {

/// steward.store: warnings for statements that fail (with SQLite's message and the statement),
/// debug for migrations and bulk writes.
Q_DECLARE_LOGGING_CATEGORY(lcStore)

/// QSqlQuery::exec(), logging a failure to steward.store before returning false.
bool execOrLog(QSqlQuery& query);
bool execOrLog(QSqlQuery& query, const QString& sql);
/// Prepares sql, logging the database's error when it cannot be (a missing table says so
/// here; exec() would only report a parameter count mismatch).
bool prepareOrLog(QSqlQuery& query, const QString& sql);
/// A failed read's result: the statement's error (execOrLog has logged it).
std::unexpected<QString> failedRead(const QSqlQuery& query);

} // namespace steward
