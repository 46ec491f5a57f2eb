-- Objects created with default privileges and then given grants: pg_dump prints ACL entries in stored order, so the plan must reproduce the source's order (a function made before a default privilege was revoked, a view whose grantees were revoked and granted again, a recreated materialized view).

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
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON FUNCTIONS TO anon, authenticated, service_role;
CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE EXECUTE ON FUNCTIONS FROM anon;
CREATE TABLE public.t (id int PRIMARY KEY);
CREATE VIEW public.v AS SELECT id FROM public.t;
REVOKE ALL ON public.v FROM anon, authenticated;
GRANT SELECT ON public.v TO authenticated;
CREATE MATERIALIZED VIEW public.stats AS SELECT count(*) AS n FROM public.t;
REVOKE ALL ON public.stats FROM anon, authenticated;
GRANT SELECT ON public.stats TO authenticated;
