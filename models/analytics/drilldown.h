// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What lies behind a point or bar of the dashboard: the topics (by id) it counts.
#pragma once

#include "models/analytics/query.h"

#include <QList>

namespace steward::analytics {

/// Counted topics created in the query's range in this category (not those below it), oldest first.
QList<Id> topicsInCategory(const Dataset& data, const Query& query, Id categoryId);
/// Counted topics in which the user wrote a counted post in the range, most posts first.
QList<Id> topicsOfUser(const Dataset& data, const Query& query, Id userId);
/// Topics of the items flagged with this reason in the range.
QList<Id> topicsFlaggedFor(const Dataset& data, const Query& query, int scoreType);

} // namespace steward::analytics
