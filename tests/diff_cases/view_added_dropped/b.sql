-- A view is added (depending on a new function) and another dropped.

CREATE TABLE public.sales (id integer PRIMARY KEY, amount numeric, sold_at date);
CREATE FUNCTION public.quarter_of(d date) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT extract(year FROM d) || '-Q' || extract(quarter FROM d) $$;
CREATE VIEW public.quarterly AS SELECT public.quarter_of(sold_at) AS quarter, sum(amount) AS total FROM public.sales GROUP BY 1;
