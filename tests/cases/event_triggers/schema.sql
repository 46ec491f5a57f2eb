-- Event triggers: ddl_command_end with a TAG filter, sql_drop, a disabled one and one enabled ALWAYS.
CREATE TABLE public.ddl_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tag text,
    object_identity text,
    at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION public.log_ddl() RETURNS event_trigger
    LANGUAGE plpgsql
    AS $$
DECLARE r record;
BEGIN
    FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
        INSERT INTO public.ddl_log (tag, object_identity) VALUES (r.command_tag, r.object_identity);
    END LOOP;
END;
$$;

CREATE FUNCTION public.log_drops() RETURNS event_trigger
    LANGUAGE plpgsql
    AS $$
DECLARE r record;
BEGIN
    FOR r IN SELECT * FROM pg_event_trigger_dropped_objects() LOOP
        INSERT INTO public.ddl_log (tag, object_identity) VALUES ('DROP', r.object_identity);
    END LOOP;
END;
$$;

CREATE EVENT TRIGGER track_table_ddl ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE')
    EXECUTE FUNCTION public.log_ddl();

CREATE EVENT TRIGGER track_drops ON sql_drop
    EXECUTE FUNCTION public.log_drops();

CREATE EVENT TRIGGER paused_tracker ON ddl_command_start
    EXECUTE FUNCTION public.log_ddl();
ALTER EVENT TRIGGER paused_tracker DISABLE;

CREATE EVENT TRIGGER replica_tracker ON ddl_command_end
    WHEN TAG IN ('CREATE INDEX')
    EXECUTE FUNCTION public.log_ddl();
ALTER EVENT TRIGGER replica_tracker ENABLE ALWAYS;
