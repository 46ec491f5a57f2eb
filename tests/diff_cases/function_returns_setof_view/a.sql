-- A function returning SETOF a view (its row type), as an API schema's search functions do: the view first, the function after; dropped in reverse.

CREATE TABLE public.practitioners (id int PRIMARY KEY, name text NOT NULL, active boolean NOT NULL DEFAULT true);
CREATE VIEW public.active_practitioners AS SELECT id, name FROM public.practitioners WHERE active;
CREATE FUNCTION public.search_practitioners(q text) RETURNS SETOF public.active_practitioners
    LANGUAGE sql STABLE AS $$ SELECT * FROM public.active_practitioners WHERE name ILIKE '%' || q || '%' $$;
CREATE FUNCTION public.first_practitioner() RETURNS public.active_practitioners
    LANGUAGE sql STABLE AS $$ SELECT * FROM public.active_practitioners ORDER BY id LIMIT 1 $$;
