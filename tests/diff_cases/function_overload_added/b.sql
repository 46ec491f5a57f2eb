-- An overload with a different signature is added next to an existing function; an old overload is dropped.

CREATE FUNCTION public.fmt(v integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT v::text $$;
CREATE FUNCTION public.fmt(v numeric, places integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT round(v, places)::text $$;
