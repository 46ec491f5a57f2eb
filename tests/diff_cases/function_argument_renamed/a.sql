-- A function input parameter is renamed (CREATE OR REPLACE refuses: DROP + CREATE) and another function gains a default.

CREATE FUNCTION public.greet(n text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'hi ' || n $$;
CREATE FUNCTION public.paginate(page integer, size integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT (page - 1) * size $$;
