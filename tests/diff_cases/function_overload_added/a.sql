-- An overload with a different signature is added next to an existing function; an old overload is dropped.

CREATE FUNCTION public.fmt(v integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT v::text $$;
CREATE FUNCTION public.fmt(v date) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT to_char(v, 'YYYY-MM-DD') $$;
