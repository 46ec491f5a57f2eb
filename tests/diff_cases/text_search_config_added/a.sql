-- A text search configuration using unaccent is added and a generated tsvector column switches to it.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TABLE public.articles (
    id integer PRIMARY KEY,
    body text,
    search tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(body, ''))) STORED
);
