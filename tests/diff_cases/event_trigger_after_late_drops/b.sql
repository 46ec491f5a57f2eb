-- A guard event trigger refusing all DDL is added while a collation is dropped: the drop runs late (after the build phase), so the guard must be created after it, not before.
CREATE TABLE public.items (
    id bigint PRIMARY KEY,
    name text NOT NULL
);
CREATE FUNCTION public.refuse_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'command % is disabled', tg_tag;
END $$;
CREATE EVENT TRIGGER no_ddl ON ddl_command_start EXECUTE FUNCTION public.refuse_ddl();
COMMENT ON EVENT TRIGGER no_ddl IS 'schema frozen';
