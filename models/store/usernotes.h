// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Notes on users (user_note_entries): the forum's, as the user-notes plugin last served them,
// and those kept in Steward only. Each write marks the user changed, so every window, and on a
// team database every Steward, shows it (Store::changed).
#pragma once

#include "models/domain/usernote.h"

#include <QList>
#include <QString>

#include <optional>

namespace steward {
class Database;
class Store;
} // namespace steward

namespace steward::usernotes {

/// Whether the forum runs the user-notes plugin, as its last answer said.
enum class Plugin
{
    Unknown, ///< never asked yet
    On,
    Off, ///< the forum answered 404: notes stay in Steward
};
Plugin plugin(const Store& store);
/// Remembers the forum's answer. Like addLocal() and removeLocal(), it commits a transaction of
/// its own: call it outside one.
bool setPlugin(Store& store, Plugin plugin);

/// The notes on a user, newest first.
QList<UserNote> notesOn(const Database& db, Id userId);
/// Stores a note kept in Steward only; its local id, or nullopt with error set.
std::optional<Id> addLocal(Store& store, const UserNote& note, QString* error);
/// Removes a note kept in Steward only.
bool removeLocal(Store& store, Id userId, Id localId, QString* error);
/// The stored user of that name (any case), 0 when none.
Id userIdOf(const Database& db, const QString& username);
/// Replaces the user's forum notes with those the forum served (in the caller's transaction):
/// notes no longer served are gone, Steward-only notes stay.
bool storeForumNotes(Store& store, Id userId, const QList<UserNote>& served);

} // namespace steward::usernotes
