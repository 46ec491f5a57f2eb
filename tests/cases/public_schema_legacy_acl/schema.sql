-- A public schema with the privileges an old pg_dump writes (REVOKE ALL, then GRANT ALL to a
-- role and to PUBLIC): the role's entry comes before PUBLIC's, which a fresh database's stock
-- PUBLIC USAGE entry would not give (extract revokes it first).
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'legacy_admin') THEN
    BEGIN CREATE ROLE legacy_admin NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
  END IF;
END $$;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT ALL ON SCHEMA public TO legacy_admin;
GRANT ALL ON SCHEMA public TO PUBLIC;
CREATE TABLE public.accounts (id integer PRIMARY KEY, name text);
