-- A range type used by a column (with a default and an exclusion constraint) changes its
-- definition: PostgreSQL has no ALTER for it, so it is rebuilt under the column; the new
-- type takes the names of the old one's multirange and constructor functions.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TYPE public.version_range AS RANGE (subtype = text, collation = "C");
CREATE TABLE public.releases (
    id serial PRIMARY KEY,
    product text NOT NULL,
    versions public.version_range NOT NULL DEFAULT public.version_range('0', NULL),
    EXCLUDE USING gist (product WITH =, versions WITH &&)
);
CREATE FUNCTION public.covers(r public.version_range, v text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$ SELECT r @> v $$;
