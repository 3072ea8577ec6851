-- SPDX-FileCopyrightText: 2026 The Steward developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Topics to read whole at the next sync (posts moved between them), kept in the store and
-- not in one Steward's memory: on a team database any window asks and the sync leader reads
-- them, and a request outlives a leader killed before it got to them. Asking again raises the
-- generation, so that a sync that read the topic before the second request does not clear it.
CREATE TABLE sync_topic_requests (
    topic_id INTEGER PRIMARY KEY,
    generation INTEGER NOT NULL DEFAULT 1,
    requested_at INTEGER NOT NULL
);
