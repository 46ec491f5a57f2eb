-- The public schema without initdb's comment (pg_dump's own suite: COMMENT ON SCHEMA public IS NULL): a new database's public has it, so the extract removes it.
COMMENT ON SCHEMA public IS NULL;
CREATE TABLE public.notes (id int PRIMARY KEY, body text);
