-- SPDX-FileCopyrightText: 2026 The Steward developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The queue is read newest first with NULLs last, as SQLite orders DESC. PostgreSQL reads
-- reviewables_queue backwards as NULLS FIRST, so it sorted every row on every open (70 ms of
-- 100,000); this index is in the queue's own order, with every column it reads.
-- [postgresql]
CREATE INDEX reviewables_queue_newest ON reviewables (created_at DESC NULLS LAST, type, status,
    score, topic_id, category_id, target_id, target_created_by_id, created_by_id, version,
    claimed_by_id, reasons);
