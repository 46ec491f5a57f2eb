-- A domain over int whose CHECK calls a function, used by a column.
CREATE FUNCTION public.ok(v int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT v > 0 $$;
CREATE DOMAIN public.d AS int CHECK (public.ok(VALUE));
CREATE TABLE public.t (x public.d);
