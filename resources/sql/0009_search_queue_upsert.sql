-- SPDX-FileCopyrightText: 2026 The Steward developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The search queue's triggers must not rely on INSERT OR IGNORE: SQLite lets the conflict
-- policy of the statement that fires a trigger override the trigger's own, and an upsert
-- (INSERT ... ON CONFLICT DO UPDATE) carries ABORT. An edited post that was still queued then
-- failed its page with "UNIQUE constraint failed: post_search_pending.post_id", and every
-- later sync with it. The queue is now filled only with ids not yet in it.
-- [sqlite]
DROP TRIGGER posts_search_insert;
DROP TRIGGER posts_search_update;
CREATE TRIGGER posts_search_insert AFTER INSERT ON posts BEGIN
    INSERT INTO post_search_pending (post_id) SELECT new.id
        WHERE NOT EXISTS (SELECT 1 FROM post_search_pending WHERE post_id = new.id);
END;
CREATE TRIGGER posts_search_update AFTER UPDATE OF raw ON posts WHEN old.raw IS NOT new.raw BEGIN
    INSERT INTO post_search (post_search, rowid, raw) SELECT 'delete', old.id, old.raw
        WHERE NOT EXISTS (SELECT 1 FROM post_search_pending WHERE post_id = old.id);
    INSERT INTO post_search_pending (post_id) SELECT new.id
        WHERE NOT EXISTS (SELECT 1 FROM post_search_pending WHERE post_id = new.id);
END;
