-- Text search: a configuration copied from english using unaccent, a custom synonym-free simple dictionary, a tsvector column indexed with it.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH DICTIONARY public.english_stem_nostop (
    TEMPLATE = snowball,
    Language = english
);

CREATE TEXT SEARCH CONFIGURATION public.english_unaccent (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION public.english_unaccent
    ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, public.english_stem_nostop;

CREATE TABLE public.articles (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    body text,
    search tsvector GENERATED ALWAYS AS (to_tsvector('public.english_unaccent'::regconfig, coalesce(title, '') || ' ' || coalesce(body, ''))) STORED
);
CREATE INDEX articles_search_idx ON public.articles USING gin (search);
