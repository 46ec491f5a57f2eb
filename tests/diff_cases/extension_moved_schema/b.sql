-- An extension moves from public to its own "ext" schema (ALTER EXTENSION ... SET SCHEMA), with a column typed by it.

CREATE SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA ext;
CREATE TABLE public.users (id integer PRIMARY KEY, email ext.citext NOT NULL);
