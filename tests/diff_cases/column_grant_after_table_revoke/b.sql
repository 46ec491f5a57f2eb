-- Column grants next to a table-level REVOKE of the same privilege ("revoke update on t from authenticated; grant update (cols) on t to authenticated"): a table-level REVOKE also takes the column privileges, so the column grants must come after it.

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
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO anon, authenticated, service_role;
CREATE TABLE public.accounts (id int PRIMARY KEY, email text, plan text);
GRANT UPDATE (email) ON public.accounts TO authenticated;
GRANT UPDATE (plan) ON public.accounts TO anon;
