-- A policy's USING and WITH CHECK expressions change (ALTER POLICY), now calling a helper function.

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
CREATE TABLE public.docs (id integer PRIMARY KEY, owner_id uuid, org_id uuid);
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
CREATE FUNCTION public.current_org() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.org', true), '')::uuid $$;
CREATE POLICY docs_access ON public.docs TO authenticated
    USING (owner_id = nullif(current_setting('app.uid', true), '')::uuid OR org_id = public.current_org())
    WITH CHECK (org_id = public.current_org());
