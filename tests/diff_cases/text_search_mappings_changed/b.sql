CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH DICTIONARY public.english_snowball (TEMPLATE = snowball, language = english, stopwords = english);
COMMENT ON TEXT SEARCH DICTIONARY public.english_snowball IS 'stemming, English stop words';
CREATE TEXT SEARCH CONFIGURATION public."Blog Search" (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION public."Blog Search"
    ALTER MAPPING FOR asciiword, word, hword WITH public.unaccent, public.english_snowball;
ALTER TEXT SEARCH CONFIGURATION public."Blog Search" DROP MAPPING FOR host, sfloat;
COMMENT ON TEXT SEARCH CONFIGURATION public."Blog Search" IS 'posts and comments';
CREATE TABLE public.posts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title text NOT NULL,
    body text,
    search tsvector GENERATED ALWAYS AS (to_tsvector('public."Blog Search"'::regconfig, title || ' ' || coalesce(body, ''))) STORED
);
CREATE INDEX posts_title_search ON public.posts USING gin (to_tsvector('public."Blog Search"'::regconfig, title));
