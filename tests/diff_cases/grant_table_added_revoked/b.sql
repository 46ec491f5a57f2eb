-- Table privileges granted and revoked (SELECT to anon revoked, INSERT/UPDATE to authenticated added, WITH GRANT OPTION added).

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
CREATE TABLE public.posts (id integer PRIMARY KEY, body text);
GRANT SELECT, INSERT, UPDATE ON public.posts TO authenticated;
GRANT ALL ON public.posts TO service_role WITH GRANT OPTION;
