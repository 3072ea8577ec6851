-- SPDX-FileCopyrightText: 2026 The Steward developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Full-text indexing leaves the ingest path: a stored post is queued in post_search_pending
-- and Store::indexSearch() indexes the queue in batches (during a sync, after its pages).
-- A post is in post_search exactly when it is not in the queue, so edits and deletes take an
-- indexed post's old text out of the index and queue the new text.
CREATE TABLE post_search_pending (
    post_id INTEGER PRIMARY KEY
);
-- On PostgreSQL the table stays empty: its GIN index is kept by the server (0001).
-- [sqlite]
DROP TRIGGER posts_search_insert;
DROP TRIGGER posts_search_update;
DROP TRIGGER posts_search_delete;
CREATE TRIGGER posts_search_insert AFTER INSERT ON posts BEGIN
    INSERT OR IGNORE INTO post_search_pending (post_id) VALUES (new.id);
END;
CREATE TRIGGER posts_search_update AFTER UPDATE OF raw ON posts WHEN old.raw IS NOT new.raw BEGIN
    INSERT INTO post_search (post_search, rowid, raw) SELECT 'delete', old.id, old.raw
        WHERE NOT EXISTS (SELECT 1 FROM post_search_pending WHERE post_id = old.id);
    INSERT OR IGNORE INTO post_search_pending (post_id) VALUES (new.id);
END;
CREATE TRIGGER posts_search_delete AFTER DELETE ON posts BEGIN
    INSERT INTO post_search (post_search, rowid, raw) SELECT 'delete', old.id, old.raw
        WHERE NOT EXISTS (SELECT 1 FROM post_search_pending WHERE post_id = old.id);
    DELETE FROM post_search_pending WHERE post_id = old.id;
END;
