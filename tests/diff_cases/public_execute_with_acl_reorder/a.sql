-- A Supabase RPC locked down with REVOKE ALL ... FROM public, anon (the ACL order of the
-- other grantees changes too, so they are granted again), and a function re-created for a
-- new result type whose PUBLIC EXECUTE stays revoked: the built-in PUBLIC privilege must
-- be granted back / revoked again as well.
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['anon', 'authenticated', 'service_role'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END $$;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON FUNCTIONS TO anon, authenticated, service_role;
CREATE FUNCTION public.join_team(code text) RETURNS bigint LANGUAGE sql AS $$ SELECT length(code)::bigint $$;
REVOKE ALL ON FUNCTION public.join_team(text) FROM PUBLIC, anon;
CREATE FUNCTION public.invite_record(token text) RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
REVOKE EXECUTE ON FUNCTION public.invite_record(text) FROM PUBLIC, anon;
