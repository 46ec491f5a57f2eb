-- An app's guard event trigger that refuses DROP TABLE (against accidents in production) and
-- one that turns row level security on for every table created in public.  The plan must
-- drop a guard before the tables it drops, and create the guards after the tables it adds
-- (which predate them in the source and so have no RLS).
CREATE TABLE public.notes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body text NOT NULL
);
CREATE TABLE public.tags (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE
);
COMMENT ON TABLE public.tags IS 'made before the guards: no RLS';
CREATE FUNCTION public.refuse_drop_table() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'DROP TABLE is disabled here (%)', tg_tag;
END $$;
CREATE EVENT TRIGGER no_drop_table ON ddl_command_start WHEN TAG IN ('DROP TABLE')
    EXECUTE FUNCTION public.refuse_drop_table();
CREATE FUNCTION public.rls_auto_enable() RETURNS event_trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
    cmd record;
BEGIN
    FOR cmd IN SELECT * FROM pg_event_trigger_ddl_commands()
               WHERE command_tag = 'CREATE TABLE' AND schema_name = 'public' LOOP
        EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', cmd.object_identity);
    END LOOP;
END $$;
CREATE EVENT TRIGGER ensure_rls ON ddl_command_end WHEN TAG IN ('CREATE TABLE')
    EXECUTE FUNCTION public.rls_auto_enable();
COMMENT ON EVENT TRIGGER ensure_rls IS 'RLS on for every new table in public';
