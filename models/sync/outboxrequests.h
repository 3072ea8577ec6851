// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// How each kind of moderation decision is sent, and how the server shows it took effect: one
// ActionType descriptor per ActionKind.
#pragma once

#include "models/net/endpoints.h"
#include "models/store/outboxstore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace steward {

class Store;

struct OutboxRequest
{
    QByteArray method;
    QString path;
    QUrlQuery form;
    UrlSuffix suffix = UrlSuffix::Json;
};

enum class Applied
{
    Yes,
    No,
    Unknown
};

/// Everything the outbox needs to know about one kind of decision. Each function takes the
/// entry as stored (its kind is this descriptor's).
struct ActionType
{
    ActionKind kind;
    /// The write request.
    OutboxRequest (*request)(const OutboxEntry& entry);
    /// The GET that shows the target's current state (also used to refresh the store).
    Endpoint (*state)(const OutboxEntry& entry);
    /// Whether that state shows the decision in effect at `now`. A NotFound answer arrives as
    /// an empty object: applied for a deletion, unknown otherwise.
    Applied (*applied)(const OutboxEntry& entry, const QJsonObject& state, const QDateTime& now);
    /// Writes that state into the store (in the caller's transaction).
    bool (*store)(const OutboxEntry& entry, const QJsonObject& state, Store& store);
    /// A success is not proof: a decision whose state read right after it does not show it in
    /// effect is sent again (at most twice). The user-notes plugin rewrites a user's notes
    /// without a lock, so a note written with another can be lost after its 200.
    bool confirmedByState = false;
};

/// The descriptor of every kind this build sends.
const ActionType& actionType(ActionKind kind);

} // namespace steward
