-- pg_trgm is added in its own "ext" schema and used by a trigram GIN index with a schema-qualified opclass.

CREATE TABLE public.products (id integer PRIMARY KEY, name text NOT NULL);
