-- Function bodies change (plpgsql and sql), with CREATE OR REPLACE sufficing; a trigger still uses one.

CREATE TABLE public.t (id integer PRIMARY KEY, v text, updated timestamptz);
CREATE FUNCTION public.normalize(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(s) $$;
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated := now();
    RETURN NEW;
END;
$$;
CREATE TRIGGER t_touch BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.touch();
