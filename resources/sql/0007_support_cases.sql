-- SPDX-FileCopyrightText: 2026 The Steward developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Support cases raised from posts: what was sent where, and what the case system answered.
-- A row is written before the request leaves, so a failing target loses nothing: the case
-- stays "failed" with its reason and can be sent again.
CREATE TABLE support_cases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    topic_id INTEGER NOT NULL,
    post_id INTEGER,
    target TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'sending' CHECK (state IN ('sending', 'done', 'failed')),
    request TEXT NOT NULL,
    number TEXT,
    external_id TEXT,
    url TEXT,
    error TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX support_cases_topic ON support_cases (topic_id, id);
