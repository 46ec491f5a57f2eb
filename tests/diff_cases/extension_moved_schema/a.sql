-- An extension moves from public to its own "ext" schema (ALTER EXTENSION ... SET SCHEMA), with a column typed by it.

CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE public.users (id integer PRIMARY KEY, email citext NOT NULL);
