-- The public schema hardened: USAGE revoked from PUBLIC and granted to one role.  A new
-- database's public schema grants USAGE to PUBLIC, so the extract revokes it.
DO $$
BEGIN
    CREATE ROLE app_reader NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
REVOKE USAGE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO app_reader;
CREATE TABLE public.notes (id int PRIMARY KEY, body text);
GRANT SELECT ON public.notes TO app_reader;
