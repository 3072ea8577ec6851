// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sandbox/generator/rng.h"

#include <QString>
#include <QStringView>

namespace steward::sandbox {

/// The values one topic's words fill their slots with ({platform}, {version}, ...), chosen once
/// per topic so that its title, its first post and its replies agree.
struct Slots
{
    QString platform, version, integration, plan, feature, error, count, number;

    /// Draws every slot: named errors or numbered codes ("FN-4821"), counts, 5-digit numbers.
    static Slots pick(Rng& rng);
    /// text with each known {slot} replaced; unknown ones are left as they are.
    QString fill(QStringView text) const;
    /// The value of a slot name ("platform"), or nullptr for an unknown name.
    const QString* value(QStringView name) const;
};

} // namespace steward::sandbox
