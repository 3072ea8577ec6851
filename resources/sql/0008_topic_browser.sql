-- SPDX-FileCopyrightText: 2026 The Steward developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The topic browser. Its list is walked newest activity first without a sort (the expression
-- must stay the one topics::ids() orders by); titles are ranked for sorting from an index,
-- not by sorting every topic; a row's pending flags are counted without a pass over the queue.
CREATE INDEX topics_browse ON topics (archetype, deleted_at, COALESCE(last_posted_at, bumped_at, created_at), id,
    category_id);
-- [sqlite]
CREATE INDEX topics_title ON topics (title COLLATE NOCASE, id);
-- [postgresql]
CREATE INDEX topics_title ON topics (lower(title), id);
-- [all]
CREATE INDEX reviewables_topic ON reviewables (topic_id, status);
