-- SPDX-FileCopyrightText: 2026 The Steward developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Topics to read whole at the next sync (posts moved between them), kept in the store and
-- not in one Steward's memory: on a team database any window asks and the sync leader reads
-- them, and a request outlives a leader killed before it got to them.
CREATE TABLE sync_topic_requests (
    topic_id INTEGER PRIMARY KEY,
    requested_at INTEGER NOT NULL
);
