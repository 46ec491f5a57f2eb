-- A range type with a subtype_diff function, used by a column.
CREATE FUNCTION public.diff(a int4, b int4) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$ SELECT (a-b)::float8 $$;
CREATE TYPE public.r AS RANGE (subtype = int4, subtype_diff = public.diff);
CREATE TABLE public.t (x public.r);
