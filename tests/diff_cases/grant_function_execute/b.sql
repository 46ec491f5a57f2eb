-- Function privileges: EXECUTE revoked from PUBLIC and granted to one role; a procedure's EXECUTE granted; a grant removed.

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
CREATE FUNCTION public.admin_reset() RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$ SELECT 1 $$;
REVOKE EXECUTE ON FUNCTION public.admin_reset() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.admin_reset() TO service_role;
CREATE FUNCTION public.hello(n text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'hello ' || n $$;
CREATE PROCEDURE public.nightly() LANGUAGE sql AS $$ SELECT 1 $$;
REVOKE ALL ON PROCEDURE public.nightly() FROM PUBLIC;
GRANT EXECUTE ON PROCEDURE public.nightly() TO service_role;
