-- SPDX-FileCopyrightText: 2026 The Steward developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Steward's local copy of one community. Times are milliseconds since the epoch, UTC.
-- Server rows reference each other without foreign keys: the API delivers them in any order
-- (a post before its topic, a reviewable before its user). Rows Steward owns are constrained.

CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER,
    name TEXT NOT NULL,
    slug TEXT NOT NULL,
    color TEXT,
    text_color TEXT,
    description TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    topic_count INTEGER NOT NULL DEFAULT 0,
    post_count INTEGER NOT NULL DEFAULT 0,
    read_restricted INTEGER NOT NULL DEFAULT 0,
    accepted_answers INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL,
    name TEXT,
    avatar_template TEXT,
    trust_level INTEGER NOT NULL DEFAULT 0,
    admin INTEGER NOT NULL DEFAULT 0,
    moderator INTEGER NOT NULL DEFAULT 0,
    staged INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    approved INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER,
    last_seen_at INTEGER,
    suspended_until INTEGER,
    suspend_reason TEXT,
    silenced_until INTEGER,
    post_count INTEGER NOT NULL DEFAULT 0,
    topic_count INTEGER NOT NULL DEFAULT 0,
    likes_received INTEGER NOT NULL DEFAULT 0,
    detailed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX users_username ON users (username);

CREATE TABLE topics (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    slug TEXT,
    category_id INTEGER,
    user_id INTEGER,
    archetype TEXT NOT NULL DEFAULT 'regular',
    tags TEXT NOT NULL DEFAULT '[]',
    created_at INTEGER,
    last_posted_at INTEGER,
    bumped_at INTEGER,
    deleted_at INTEGER,
    posts_count INTEGER NOT NULL DEFAULT 0,
    highest_post_number INTEGER NOT NULL DEFAULT 0,
    reply_count INTEGER NOT NULL DEFAULT 0,
    views INTEGER NOT NULL DEFAULT 0,
    like_count INTEGER NOT NULL DEFAULT 0,
    closed INTEGER NOT NULL DEFAULT 0,
    archived INTEGER NOT NULL DEFAULT 0,
    visible INTEGER NOT NULL DEFAULT 1,
    pinned INTEGER NOT NULL DEFAULT 0,
    pinned_globally INTEGER NOT NULL DEFAULT 0,
    accepted_answer_post_id INTEGER
);
CREATE INDEX topics_category ON topics (category_id, bumped_at);
CREATE INDEX topics_bumped ON topics (bumped_at);
CREATE INDEX topics_created ON topics (created_at);

CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    topic_id INTEGER NOT NULL,
    post_number INTEGER NOT NULL,
    post_type INTEGER NOT NULL DEFAULT 1,
    user_id INTEGER,
    username TEXT,
    created_at INTEGER,
    updated_at INTEGER,
    deleted_at INTEGER,
    reply_to_post_number INTEGER,
    reply_count INTEGER NOT NULL DEFAULT 0,
    like_count INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    hidden INTEGER NOT NULL DEFAULT 0,
    accepted_answer INTEGER NOT NULL DEFAULT 0,
    raw TEXT NOT NULL DEFAULT '',
    cooked TEXT NOT NULL DEFAULT ''
);
CREATE INDEX posts_topic ON posts (topic_id, post_number);
CREATE INDEX posts_user ON posts (user_id, created_at);
CREATE INDEX posts_created ON posts (created_at);

-- Full-text search over the Markdown of posts, kept in step by triggers.
-- [sqlite]
CREATE VIRTUAL TABLE post_search USING fts5 (raw, content = 'posts', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER posts_search_insert AFTER INSERT ON posts BEGIN
    INSERT INTO post_search (rowid, raw) VALUES (new.id, new.raw);
END;
CREATE TRIGGER posts_search_delete AFTER DELETE ON posts BEGIN
    INSERT INTO post_search (post_search, rowid, raw) VALUES ('delete', old.id, old.raw);
END;
CREATE TRIGGER posts_search_update AFTER UPDATE OF raw ON posts WHEN old.raw IS NOT new.raw BEGIN
    INSERT INTO post_search (post_search, rowid, raw) VALUES ('delete', old.id, old.raw);
    INSERT INTO post_search (rowid, raw) VALUES (new.id, new.raw);
END;
-- [postgresql]
-- PostgreSQL keeps its own index current: post_search is a view whose document column the
-- GIN index serves (store/searchsql.h writes the condition for each database). 'simple' does
-- not stem, as unicode61 does not.
CREATE VIEW post_search AS SELECT id AS rowid, to_tsvector('simple', raw) AS document FROM posts;
CREATE INDEX posts_search ON posts USING gin (to_tsvector('simple', raw));
-- A post's Markdown and HTML are a few kB: lz4 compresses them several times faster than the
-- default pglz, which otherwise costs more than the rest of storing a page.
ALTER TABLE posts ALTER COLUMN raw SET COMPRESSION lz4;
ALTER TABLE posts ALTER COLUMN cooked SET COMPRESSION lz4;
-- [all]

CREATE TABLE reviewables (
    id INTEGER PRIMARY KEY,
    type INTEGER NOT NULL,
    type_name TEXT NOT NULL,
    status INTEGER NOT NULL,
    score REAL NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER,
    topic_id INTEGER,
    category_id INTEGER,
    target_id INTEGER,
    created_by_id INTEGER,
    target_created_by_id INTEGER,
    claimed_by_id INTEGER,
    reviewed_at INTEGER,
    reviewed_by_id INTEGER,
    payload_raw TEXT,
    payload_title TEXT,
    actions TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX reviewables_status ON reviewables (status, score);
CREATE INDEX reviewables_created ON reviewables (created_at);
CREATE INDEX reviewables_target ON reviewables (target_created_by_id);

CREATE TABLE reviewable_scores (
    id INTEGER PRIMARY KEY,
    reviewable_id INTEGER NOT NULL REFERENCES reviewables (id) ON DELETE CASCADE,
    user_id INTEGER,
    score_type_id INTEGER NOT NULL,
    score_type_key TEXT,
    score REAL NOT NULL DEFAULT 0,
    status INTEGER NOT NULL DEFAULT 0,
    reason TEXT,
    created_at INTEGER,
    reviewed_at INTEGER,
    reviewed_by_id INTEGER
);
CREATE INDEX reviewable_scores_reviewable ON reviewable_scores (reviewable_id);
CREATE INDEX reviewable_scores_user ON reviewable_scores (user_id);

-- Where each sync phase stands; written in the same transaction as the page it follows.
CREATE TABLE sync_checkpoints (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Moderation decisions, stored before they are sent (pending -> sending -> done | conflict | failed).
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at INTEGER NOT NULL,
    not_before INTEGER NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    target_id INTEGER NOT NULL,
    params TEXT NOT NULL DEFAULT '{}',
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    server_state TEXT,
    updated_at INTEGER NOT NULL
);
CREATE INDEX outbox_state ON outbox (state, not_before);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id INTEGER NOT NULL,
    reason TEXT,
    result TEXT NOT NULL,
    detail TEXT,
    outbox_id INTEGER REFERENCES outbox (id)
);
CREATE INDEX audit_log_at ON audit_log (at);
