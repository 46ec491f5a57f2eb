-- Default privileges (Supabase grants ALL on new tables and sequences in public to anon)
-- and objects that revoke them: a table rebuilt with its rows (a column added in the middle)
-- and an enum rebuilt (a value removed) are new objects, which get the default privileges
-- again; the plan must revoke them as it does for a created object.
DO $$
BEGIN
    CREATE ROLE web_anon NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO web_anon;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON SEQUENCES TO web_anon;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON TYPES TO web_anon;
CREATE TYPE public.mood AS ENUM ('sad', 'happy');
REVOKE USAGE ON TYPE public.mood FROM web_anon;
CREATE TABLE public.secrets (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, title text, body text, mood public.mood);
REVOKE ALL ON TABLE public.secrets FROM web_anon;
REVOKE ALL ON SEQUENCE public.secrets_id_seq FROM web_anon;
GRANT SELECT ON TABLE public.secrets TO web_anon;
