// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/content/slots.h"

#include "models/sandbox/content/phrasebook.h"

namespace steward::sandbox {

namespace {

template <typename T> const T& pickOne(Rng& rng, std::span<const T> items)
{
    return items[std::size_t(rng.range(0, int(items.size()) - 1))];
}

} // namespace

Slots Slots::pick(Rng& rng)
{
    Slots s;
    s.platform = QString::fromUtf8(pickOne(rng, phrasebook::platforms()));
    s.version = QString::fromUtf8(pickOne(rng, phrasebook::versions()));
    s.integration = QString::fromUtf8(pickOne(rng, phrasebook::integrations()));
    s.plan = QString::fromUtf8(pickOne(rng, phrasebook::plans()));
    s.feature = QString::fromUtf8(pickOne(rng, phrasebook::features()));
    // Half the errors are named ones, half numbered codes, as real error reports quote them.
    s.error = rng.chance(0.5) ? QString::fromUtf8(pickOne(rng, phrasebook::errors()))
                              : QStringLiteral("FN-%1").arg(rng.range(1000, 9999));
    s.count = QString::number(pickOne(rng, phrasebook::counts()));
    s.number = QString::number(rng.range(10000, 99999));
    return s;
}

const QString* Slots::value(QStringView name) const
{
    if (name == u"platform")
        return &platform;
    if (name == u"version")
        return &version;
    if (name == u"integration")
        return &integration;
    if (name == u"plan")
        return &plan;
    if (name == u"feature")
        return &feature;
    if (name == u"error")
        return &error;
    if (name == u"count")
        return &count;
    if (name == u"number")
        return &number;
    return nullptr;
}

QString Slots::fill(QStringView text) const
{
    QString out;
    out.reserve(text.size() + 32);
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype open = text.indexOf(u'{', from);
        const qsizetype close = open < 0 ? -1 : text.indexOf(u'}', open);
        if (close < 0)
            break;
        const QString* v = value(text.sliced(open + 1, close - open - 1));
        if (!v) { // a brace of code, not a slot: keep it and look further
            out += text.sliced(from, open + 1 - from);
            from = open + 1;
            continue;
        }
        out += text.sliced(from, open - from);
        out += *v;
        from = close + 1;
    }
    out += text.sliced(from);
    return out;
}

} // namespace steward::sandbox
