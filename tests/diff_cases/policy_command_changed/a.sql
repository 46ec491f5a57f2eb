-- A policy's command changes (FOR SELECT -> FOR ALL) and another turns RESTRICTIVE: both need DROP + CREATE.

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
CREATE TABLE public.files (id integer PRIMARY KEY, owner text, quarantined boolean NOT NULL DEFAULT false);
ALTER TABLE public.files ENABLE ROW LEVEL SECURITY;
CREATE POLICY files_owner ON public.files FOR SELECT TO authenticated USING (owner = current_user);
CREATE POLICY files_clean ON public.files FOR SELECT USING (NOT quarantined);
