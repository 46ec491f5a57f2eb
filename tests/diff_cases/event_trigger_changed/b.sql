-- An event trigger's tag filter changes (drop + create) and another event trigger is added disabled.

CREATE FUNCTION public.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'ddl: %', tg_tag; END; $$;
CREATE EVENT TRIGGER watch_ddl ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'DROP TABLE', 'ALTER TABLE') EXECUTE FUNCTION public.on_ddl();
CREATE EVENT TRIGGER watch_start ON ddl_command_start EXECUTE FUNCTION public.on_ddl();
ALTER EVENT TRIGGER watch_start DISABLE;
