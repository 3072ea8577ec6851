// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What each KPI means, in words: shown in the dashboard's tooltips, written into every
// export, and mirrored in docs/metrics.md (a test checks that every key is documented there).
#pragma once

#include "models/analytics/dataset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace steward::analytics {

struct MetricDefinition
{
    QString key; ///< stable, as in the JSON and in docs/metrics.md
    QString title;
    QString unit; ///< "count", "hours", "share", "users"
    QString definition;
};

class Definitions
{
    Q_DECLARE_TR_FUNCTIONS(steward::analytics::Definitions)
public:
    /// Every KPI except the first response, whose wording depends on the definition chosen.
    static QList<MetricDefinition> all();
    static MetricDefinition metric(const QString& key);
    static MetricDefinition firstResponse(ResponseDefinition definition);
    /// One line naming the response definition, for pickers.
    static QString responseTitle(ResponseDefinition definition);
    /// What the reports call "staff", "counted topic" and "period"; said once in each export.
    static QString conventions();
};

} // namespace steward::analytics
