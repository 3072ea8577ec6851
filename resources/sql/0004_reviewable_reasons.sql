-- SPDX-FileCopyrightText: 2026 The Steward developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The flag types of each reviewable, kept on its row ("8,8,3": one score type id per score),
-- so that the queue reads every item's reasons without touching reviewable_scores.
ALTER TABLE reviewables ADD COLUMN reasons TEXT NOT NULL DEFAULT '';
-- [sqlite]
UPDATE reviewables SET reasons = COALESCE((SELECT group_concat(s.score_type_id) FROM reviewable_scores s
    WHERE s.reviewable_id = reviewables.id), '');
-- [all]

-- Every column the queue table reads, so that opening it scans this index and not the
-- rows with their actions and payloads.
CREATE INDEX reviewables_queue ON reviewables (created_at, type, status, score, topic_id, category_id, target_id,
    target_created_by_id, created_by_id, version, claimed_by_id, reasons);
-- [postgresql]
UPDATE reviewables SET reasons = COALESCE((SELECT string_agg(s.score_type_id::text, ',' ORDER BY s.id) FROM reviewable_scores s
    WHERE s.reviewable_id = reviewables.id), '');
