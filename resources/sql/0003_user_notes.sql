-- SPDX-FileCopyrightText: 2026 The Steward developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Moderators' own notes on users: local to this machine, never sent to the community.
CREATE TABLE user_notes (
    user_id INTEGER PRIMARY KEY,
    note TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);
