-- SPDX-FileCopyrightText: 2026 The Steward developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Discourse's staff action log (UserHistory), synced from /admin/logs/staff_action_logs: what
-- staff did, from the web or from Steward, for the audit view and the transparency report.
-- Usernames are kept as served: a deleted user's rows still name them.
CREATE TABLE staff_actions (
    id INTEGER PRIMARY KEY,
    action INTEGER NOT NULL,
    action_name TEXT NOT NULL,
    acting_user_id INTEGER,
    acting_username TEXT,
    target_user_id INTEGER,
    target_username TEXT,
    post_id INTEGER,
    topic_id INTEGER,
    category_id INTEGER,
    created_at INTEGER NOT NULL,
    details TEXT,
    context TEXT,
    subject TEXT
);
CREATE INDEX staff_actions_created ON staff_actions (created_at);
CREATE INDEX staff_actions_target ON staff_actions (target_user_id, created_at);
-- The audit trail reads each Steward decision's first and last line.
CREATE INDEX audit_log_outbox ON audit_log (outbox_id, id);
