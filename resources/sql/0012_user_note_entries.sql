-- SPDX-FileCopyrightText: 2026 The Steward developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Notes on users as Discourse's user-notes plugin keeps them: a list per user, each note written
-- once by one staff member (the plugin has no edit). forum_id is the plugin's id; NULL marks a
-- note kept in Steward only (the forum has no plugin, or the note predates this table).
CREATE TABLE user_note_entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL,
    forum_id TEXT UNIQUE,
    raw TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    post_id INTEGER,
    can_delete INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX user_note_entries_user ON user_note_entries (user_id, created_at);
-- The one free-text note per user of earlier versions becomes the user's first Steward-only note.
INSERT INTO user_note_entries (user_id, raw, created_by, created_at)
    SELECT user_id, note, '', updated_at FROM user_notes;
DROP TABLE user_notes;
