-- A text search configuration using unaccent is added and a generated tsvector column switches to it.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION public.fr_unaccent (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION public.fr_unaccent ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, french_stem;
CREATE TABLE public.articles (
    id integer PRIMARY KEY,
    body text,
    search tsvector GENERATED ALWAYS AS (to_tsvector('public.fr_unaccent'::regconfig, coalesce(body, ''))) STORED
);
