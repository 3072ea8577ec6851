// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// How each kind of moderation decision is sent, and how the server shows it took effect.
#pragma once

#include "models/store/outboxstore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <optional>

namespace steward {

class Store;

struct OutboxRequest
{
    QByteArray method;
    QString path;
    QUrlQuery form;
};

/// The write request for an entry; nullopt for a kind this build does not know.
std::optional<OutboxRequest> outboxRequest(const OutboxEntry& entry);

/// The GET that shows the target's current state (also used to refresh the store).
QString outboxStatePath(const OutboxEntry& entry);

enum class Applied
{
    Yes,
    No,
    Unknown
};
/// Whether the state read from outboxStatePath() shows the entry's decision in effect. A
/// NotFound answer (empty object) counts as applied for deletions and as unknown otherwise.
Applied outboxApplied(const OutboxEntry& entry, const QJsonObject& state, const QDateTime& now);

/// Writes the state read from outboxStatePath() into the store (in the caller's transaction).
bool storeOutboxState(const OutboxEntry& entry, const QJsonObject& state, Store& store);

} // namespace steward
