-- An index changes access method: btree -> gin (jsonb), btree -> hash, gist -> gin trigram (opclass changes too).

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE public.docs (id bigint PRIMARY KEY, meta jsonb, token text, title text);
CREATE INDEX docs_meta_idx ON public.docs (meta);
CREATE INDEX docs_token_idx ON public.docs (token);
CREATE INDEX docs_title_idx ON public.docs USING gist (title gist_trgm_ops);
