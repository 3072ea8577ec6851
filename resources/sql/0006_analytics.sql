-- SPDX-FileCopyrightText: 2026 The Steward developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Every post column the analytics read, so that loading the KPIs' dataset scans this index
-- and not the posts with their Markdown and HTML.
CREATE INDEX posts_analytics ON posts (topic_id, post_number, created_at, user_id, post_type, deleted_at,
    like_count, accepted_answer);
