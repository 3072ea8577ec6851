// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtTypes>

namespace steward {

/// Server-side ids. Discourse ids are Postgres integer/bigint; reviewable ids are bigint.
/// 0 means "none" (the server never hands out id 0 for these entities).
using Id = qint64;

} // namespace steward
