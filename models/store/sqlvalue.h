// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Conversions between domain values and SQL columns (times as UTC milliseconds, NULL for none).
#pragma once

#include "models/domain/ids.h"

#include <QDateTime>
#include <QTimeZone>
#include <QVariant>

namespace steward::sql {

inline QVariant time(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}
inline QDateTime toTime(const QVariant& v)
{
    return v.isNull() ? QDateTime()
                      : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::UTC);
}
inline QVariant optionalId(Id id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace steward::sql
