-- A function input parameter is renamed (CREATE OR REPLACE refuses: DROP + CREATE) and another function gains a default.

CREATE FUNCTION public.greet(name text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'hi ' || name $$;
CREATE FUNCTION public.paginate(page integer, size integer DEFAULT 20) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT (page - 1) * size $$;
