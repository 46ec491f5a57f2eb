-- An INSTEAD OF trigger is added to a view to make it writable.

CREATE TABLE public.people (id integer PRIMARY KEY, name text);
CREATE VIEW public.people_v AS SELECT p.id, upper(p.name) AS name FROM public.people p;
CREATE FUNCTION public.people_v_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO public.people VALUES (NEW.id, lower(NEW.name)); RETURN NEW; END; $$;
CREATE TRIGGER people_v_insert INSTEAD OF INSERT ON public.people_v FOR EACH ROW EXECUTE FUNCTION public.people_v_insert();
