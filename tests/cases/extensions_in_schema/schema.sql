-- Extensions created in a dedicated schema "ext" (Supabase puts them in "extensions", which pgstrata treats as platform-owned) and used from public with qualified types/opclasses.
CREATE SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

CREATE TABLE public.contacts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email ext.citext NOT NULL UNIQUE,
    name text NOT NULL,
    attrs ext.hstore
);

CREATE INDEX contacts_name_trgm_idx ON public.contacts USING gin (name ext.gin_trgm_ops);

CREATE FUNCTION public.search_name(q text) RETURNS SETOF public.contacts
    LANGUAGE sql STABLE
    SET search_path = public, ext
    AS $$ SELECT * FROM public.contacts WHERE name % q ORDER BY similarity(name, q) DESC $$;

CREATE FUNCTION public.name_sound(n text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT soundex(n) $$;
