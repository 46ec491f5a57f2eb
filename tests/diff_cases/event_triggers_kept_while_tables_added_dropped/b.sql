-- Event triggers both sides keep: Supabase's "ensure RLS" trigger enabling row level security on
-- every new table, and a guard refusing DROP TABLE.  A lookup table made before them (no RLS)
-- is added or dropped: left firing, the first turns RLS on for the table the plan makes, the
-- second refuses the plan's DROP TABLE; the plan pauses them and sets them back at its end.
CREATE FUNCTION public.rls_auto_enable() RETURNS event_trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
    cmd record;
BEGIN
    FOR cmd IN SELECT * FROM pg_event_trigger_ddl_commands()
               WHERE command_tag IN ('CREATE TABLE', 'CREATE TABLE AS', 'SELECT INTO')
                 AND object_type IN ('table', 'partitioned table') LOOP
        EXECUTE format('ALTER TABLE IF EXISTS %s ENABLE ROW LEVEL SECURITY', cmd.object_identity);
    END LOOP;
END $$;

CREATE FUNCTION public.refuse_drop_table() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'DROP TABLE is disabled here (%)', tg_tag;
END $$;

CREATE TABLE public.notes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body text NOT NULL
);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;

-- public reference data, readable by anyone: no RLS
CREATE TABLE public.countries (
    code text PRIMARY KEY,
    name text NOT NULL
);
GRANT SELECT ON public.countries TO PUBLIC;

CREATE EVENT TRIGGER ensure_rls ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE', 'CREATE TABLE AS', 'SELECT INTO')
    EXECUTE FUNCTION public.rls_auto_enable();
CREATE EVENT TRIGGER no_drop_table ON ddl_command_start WHEN TAG IN ('DROP TABLE')
    EXECUTE FUNCTION public.refuse_drop_table();
ALTER EVENT TRIGGER no_drop_table ENABLE ALWAYS;
