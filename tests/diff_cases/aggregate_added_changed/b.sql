-- A custom aggregate is added and another's INITCOND/FINALFUNC changes (drop + create).

CREATE FUNCTION public.add2(a numeric, b numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT a + coalesce(b, 0) $$;
CREATE FUNCTION public.halve(a numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT a / 2 $$;
CREATE AGGREGATE public.total(numeric) (SFUNC = public.add2, STYPE = numeric, INITCOND = '100');
CREATE AGGREGATE public.half_total(numeric) (SFUNC = public.add2, STYPE = numeric, FINALFUNC = public.halve, INITCOND = '0');
