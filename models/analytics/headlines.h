// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A report's headline KPIs, each with the previous period's value, and the words for them:
// the dashboard's tiles, the PDF's KPI table and the spreadsheet's summary say the same.
#pragma once

#include "models/analytics/report.h"
#include "models/analytics/reporttables.h"

#include <QCoreApplication>
#include <QLocale>

namespace steward::analytics {

enum class Direction
{
    HigherIsBetter,
    LowerIsBetter,
    Neutral
};

struct Headline
{
    QString key;     ///< the definition's key (Definitions::metric)
    QString section; ///< the report section it belongs to
    QString title;
    CellKind kind = CellKind::Integer; ///< Integer, Hours or Share
    double value = 0.0;
    double previous = -1.0; ///< negative: not known (no topic to measure, say)
    bool valueKnown = true; ///< false: nothing to measure in the period
    Direction direction = Direction::Neutral;
};

class Headlines
{
    Q_DECLARE_TR_FUNCTIONS(steward::analytics::Headlines)
public:
    /// The headline KPIs of the named sections ({"all"}: every one), in section order.
    static QList<Headline> of(const Report& report, const QStringList& sections);

    /// "3.5 h", "2.1 d", "40 min"; "–" when count is 0.
    static QString hoursText(double hours, int count, const QLocale& locale = {});
    /// "42 %".
    static QString percentText(double share, const QLocale& locale = {});
    /// The value as the dashboard shows it.
    static QString valueText(const Headline& h, const QLocale& locale = {});
    /// The change from the previous period: "▲ 12 %", "▼ 3.5 %", "● 0.2 %", counts under 10 as
    /// "▲ +3 from 4", "new", "±0 %"; empty when the previous value is not known.
    static QString changeText(double value, double previous, bool isCount,
                              const QLocale& locale = {});
    /// A bucket's label: "3 Mar" for days and weeks, "Mar 26" for months.
    static QString bucketLabel(QDate start, Granularity granularity, const QLocale& locale = {});
    /// A readable name for a flag reason ("Spam", "Off-topic"); a custom one by its key.
    static QString flagReason(int scoreType, const QString& key);
    /// +1 better, -1 worse, 0 neither (or neutral) for a change from previous to value.
    static int verdict(double value, double previous, Direction direction);
};

} // namespace steward::analytics
