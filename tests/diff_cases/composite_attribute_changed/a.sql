-- A composite type attribute's type changes and another is dropped (ALTER TYPE ... CASCADE) with a function using the type.

CREATE TYPE public.measure AS (value integer, unit text, note text);
CREATE TABLE public.samples (id integer PRIMARY KEY, m public.measure);
CREATE FUNCTION public.measure_text(m public.measure) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT m.value || m.unit $$;
