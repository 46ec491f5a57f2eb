-- pg_trgm is added in its own "ext" schema and used by a trigram GIN index with a schema-qualified opclass.

CREATE SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA ext;
CREATE TABLE public.products (id integer PRIMARY KEY, name text NOT NULL);
CREATE INDEX products_name_trgm_idx ON public.products USING gin (name ext.gin_trgm_ops);
