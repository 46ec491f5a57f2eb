-- A function's return type changes (integer -> bigint; TABLE columns change): DROP + CREATE, and the view using it recreated, grants re-applied.

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
CREATE TABLE public.events (id integer PRIMARY KEY, kind text);
CREATE FUNCTION public.event_count(k text) RETURNS integer LANGUAGE sql STABLE AS $$ SELECT count(*)::integer FROM public.events WHERE kind = k $$;
CREATE FUNCTION public.event_kinds() RETURNS TABLE (kind text) LANGUAGE sql STABLE AS $$ SELECT DISTINCT kind FROM public.events $$;
CREATE VIEW public.kind_counts AS SELECT kind, public.event_count(kind) AS n FROM public.event_kinds();
GRANT EXECUTE ON FUNCTION public.event_count(text) TO authenticated;
