-- SPDX-FileCopyrightText: 2026 The Steward developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Who queued a decision, as the database knows them: on a team database the PostgreSQL role
-- of the connection that stored it, which a Steward compares with its own before it sends the
-- decision with its moderator's API key (docs/security.md, T6). Set by the server, never by
-- the writer; what a decision is (who, what, on what) cannot change once queued, only its
-- state; a finished one (done, cancelled) stays finished; and only the role that queued a
-- decision may set it on its way again (back to pending, or sending). Rows queued before this
-- migration have no role. SQLite, one person's file, keeps the column empty.
ALTER TABLE outbox ADD COLUMN queued_by_role TEXT;
-- [postgresql]
CREATE FUNCTION steward_outbox_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.queued_by_role := session_user;
    ELSIF (NEW.actor, NEW.kind, NEW.target_id, NEW.params, NEW.created_at, NEW.queued_by_role)
            IS DISTINCT FROM
            (OLD.actor, OLD.kind, OLD.target_id, OLD.params, OLD.created_at, OLD.queued_by_role)
            THEN
        RAISE EXCEPTION 'a queued decision cannot be changed, only its state (outbox %)', OLD.id;
    ELSIF NEW.state IS DISTINCT FROM OLD.state AND OLD.state IN ('done', 'cancelled') THEN
        RAISE EXCEPTION 'a finished decision stays finished (outbox %)', OLD.id;
    ELSIF NEW.state IS DISTINCT FROM OLD.state AND NEW.state IN ('pending', 'sending')
            AND OLD.queued_by_role IS NOT NULL AND OLD.queued_by_role <> session_user THEN
        RAISE EXCEPTION 'only the role that queued a decision may send it (outbox %)', OLD.id;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER outbox_guard BEFORE INSERT OR UPDATE ON outbox
    FOR EACH ROW EXECUTE FUNCTION steward_outbox_guard();
