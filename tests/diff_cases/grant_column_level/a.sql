-- Column-level grants: a column added to a SELECT grant, an UPDATE column grant revoked, table-level SELECT replaced by column-level.

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
CREATE TABLE public.profiles (id integer PRIMARY KEY, name text, email text, phone text, salary numeric);
GRANT SELECT (id, name) ON public.profiles TO anon;
GRANT UPDATE (name, phone) ON public.profiles TO authenticated;
GRANT SELECT ON public.profiles TO authenticated;
