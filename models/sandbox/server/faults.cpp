// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/server/faults.h"

#include <QStringList>

namespace steward::sandbox {

std::optional<FaultSpec> FaultSpec::parse(const QString& text, QString* error)
{
    FaultSpec spec;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString key = part.section(u'=', 0, 0).trimmed();
        bool ok = false;
        const double value = part.section(u'=', 1).trimmed().toDouble(&ok);
        if (!ok || value < 0 || (key != u"latency" && value > 1.0)) {
            *error = QStringLiteral("invalid value in fault '%1'").arg(part);
            return std::nullopt;
        }
        if (key == u"latency")
            spec.latencyMs = int(value);
        else if (key == u"5xx")
            spec.serverError = value;
        else if (key == u"malformed")
            spec.malformed = value;
        else if (key == u"truncated")
            spec.truncated = value;
        else if (key == u"stall")
            spec.stall = value;
        else {
            *error =
                QStringLiteral("unknown fault '%1' (latency, 5xx, malformed, truncated, stall)")
                    .arg(key);
            return std::nullopt;
        }
    }
    return spec;
}

} // namespace steward::sandbox
