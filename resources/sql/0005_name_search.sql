-- SPDX-FileCopyrightText: 2026 The Steward developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Substring search over names and titles ("LIKE '%text%'") through trigram indexes, so that
-- the queue's search (and the topic browser's) does not scan every topic, user and queued
-- post. External content: the text stays in its table; triggers keep the indexes current.
-- [sqlite]
CREATE VIRTUAL TABLE topic_title_search USING fts5 (title, content = 'topics', content_rowid = 'id', tokenize = 'trigram');
CREATE TRIGGER topics_title_search_insert AFTER INSERT ON topics BEGIN
    INSERT INTO topic_title_search (rowid, title) VALUES (new.id, new.title);
END;
CREATE TRIGGER topics_title_search_update AFTER UPDATE OF title ON topics WHEN old.title IS NOT new.title BEGIN
    INSERT INTO topic_title_search (topic_title_search, rowid, title) VALUES ('delete', old.id, old.title);
    INSERT INTO topic_title_search (rowid, title) VALUES (new.id, new.title);
END;
CREATE TRIGGER topics_title_search_delete AFTER DELETE ON topics BEGIN
    INSERT INTO topic_title_search (topic_title_search, rowid, title) VALUES ('delete', old.id, old.title);
END;
INSERT INTO topic_title_search (topic_title_search) VALUES ('rebuild');

CREATE VIRTUAL TABLE user_name_search USING fts5 (username, name, content = 'users', content_rowid = 'id', tokenize = 'trigram');
CREATE TRIGGER users_name_search_insert AFTER INSERT ON users BEGIN
    INSERT INTO user_name_search (rowid, username, name) VALUES (new.id, new.username, new.name);
END;
CREATE TRIGGER users_name_search_update AFTER UPDATE OF username, name ON users
    WHEN old.username IS NOT new.username OR old.name IS NOT new.name BEGIN
    INSERT INTO user_name_search (user_name_search, rowid, username, name) VALUES ('delete', old.id, old.username, old.name);
    INSERT INTO user_name_search (rowid, username, name) VALUES (new.id, new.username, new.name);
END;
CREATE TRIGGER users_name_search_delete AFTER DELETE ON users BEGIN
    INSERT INTO user_name_search (user_name_search, rowid, username, name) VALUES ('delete', old.id, old.username, old.name);
END;
INSERT INTO user_name_search (user_name_search) VALUES ('rebuild');

CREATE VIRTUAL TABLE queued_text_search USING fts5 (payload_title, payload_raw, content = 'reviewables', content_rowid = 'id',
    tokenize = 'trigram');
CREATE TRIGGER reviewables_text_search_insert AFTER INSERT ON reviewables BEGIN
    INSERT INTO queued_text_search (rowid, payload_title, payload_raw) VALUES (new.id, new.payload_title, new.payload_raw);
END;
CREATE TRIGGER reviewables_text_search_update AFTER UPDATE OF payload_title, payload_raw ON reviewables
    WHEN old.payload_title IS NOT new.payload_title OR old.payload_raw IS NOT new.payload_raw BEGIN
    INSERT INTO queued_text_search (queued_text_search, rowid, payload_title, payload_raw)
        VALUES ('delete', old.id, old.payload_title, old.payload_raw);
    INSERT INTO queued_text_search (rowid, payload_title, payload_raw) VALUES (new.id, new.payload_title, new.payload_raw);
END;
CREATE TRIGGER reviewables_text_search_delete AFTER DELETE ON reviewables BEGIN
    INSERT INTO queued_text_search (queued_text_search, rowid, payload_title, payload_raw)
        VALUES ('delete', old.id, old.payload_title, old.payload_raw);
END;
INSERT INTO queued_text_search (queued_text_search) VALUES ('rebuild');
-- [postgresql]
-- The same names as views over the tables, their text lowered (the callers lower the
-- pattern: the trigram tables match case-insensitively), each served by a pg_trgm GIN index
-- on the same expression. pg_trgm is a trusted extension: a database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE VIEW topic_title_search AS SELECT id AS rowid, lower(title) AS title FROM topics;
CREATE INDEX topics_title_trigrams ON topics USING gin (lower(title) gin_trgm_ops);
CREATE VIEW user_name_search AS SELECT id AS rowid, lower(username) AS username, lower(name) AS name FROM users;
CREATE INDEX users_username_trigrams ON users USING gin (lower(username) gin_trgm_ops);
CREATE INDEX users_name_trigrams ON users USING gin (lower(name) gin_trgm_ops);
CREATE VIEW queued_text_search AS SELECT id AS rowid, lower(payload_title) AS payload_title,
    lower(payload_raw) AS payload_raw FROM reviewables;
CREATE INDEX reviewables_title_trigrams ON reviewables USING gin (lower(payload_title) gin_trgm_ops);
CREATE INDEX reviewables_raw_trigrams ON reviewables USING gin (lower(payload_raw) gin_trgm_ops);
