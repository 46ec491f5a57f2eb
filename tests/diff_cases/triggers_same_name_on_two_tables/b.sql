-- Two tables carry a trigger of the same name (migra triggers2); one moves to another function with arguments and events, one gets a WHEN, and a constraint trigger is added.
CREATE TABLE public.table1 (id serial PRIMARY KEY);
CREATE TABLE public.table2 (id serial PRIMARY KEY, t text);
CREATE FUNCTION public.trigger_func2() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE '%', TG_ARGV[0]; RETURN NEW; END; $$;
CREATE FUNCTION public.trigger_func() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'Hello'; RETURN NEW; END; $$;
CREATE TRIGGER trigger_name AFTER INSERT OR DELETE ON public.table1 FOR EACH ROW EXECUTE FUNCTION public.trigger_func2('hi');
CREATE TRIGGER trigger_name BEFORE UPDATE ON public.table2 FOR EACH ROW WHEN (old.t IS DISTINCT FROM new.t) EXECUTE FUNCTION public.trigger_func();
CREATE CONSTRAINT TRIGGER ctrig AFTER INSERT ON public.table1 DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.trigger_func();
