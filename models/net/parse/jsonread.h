// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Tolerant readers for Discourse JSON: absent, null and wrongly typed values give defaults.
#pragma once

#include "models/domain/ids.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace steward::parse {

/// An integer id from a number or a numeric string; 0 when absent or not a number.
Id id(const QJsonObject& o, QLatin1StringView key);
int integer(const QJsonObject& o, QLatin1StringView key, int fallback = 0);
double number(const QJsonObject& o, QLatin1StringView key);
bool boolean(const QJsonObject& o, QLatin1StringView key, bool fallback = false);
QString string(const QJsonObject& o, QLatin1StringView key);
/// ISO 8601 with any offset or "Z", with or without milliseconds, as UTC; invalid when absent.
QDateTime time(const QJsonObject& o, QLatin1StringView key);
QDateTime parseTime(const QString& text);

} // namespace steward::parse
