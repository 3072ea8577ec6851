-- SPDX-FileCopyrightText: 2026 The Steward developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- A category's "About the … category" topic, named by its topic_url. Discourse leaves it out of
-- topic lists and of the category's topic_count (Category.update_stats); stewardctl verify
-- needs it to count as the server does.
ALTER TABLE categories ADD COLUMN definition_topic_id INTEGER;
