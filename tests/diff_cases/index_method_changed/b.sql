-- An index changes access method: btree -> gin (jsonb), btree -> hash, gist -> gin trigram (opclass changes too).

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE public.docs (id bigint PRIMARY KEY, meta jsonb, token text, title text);
CREATE INDEX docs_meta_idx ON public.docs USING gin (meta jsonb_path_ops);
CREATE INDEX docs_token_idx ON public.docs USING hash (token);
CREATE INDEX docs_title_idx ON public.docs USING gin (title gin_trgm_ops);
