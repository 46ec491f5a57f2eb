-- A schema is dropped with everything in it (table, type, function) while public stays.

CREATE SCHEMA legacy;
CREATE TYPE legacy.state AS ENUM ('x', 'y');
CREATE TABLE legacy.things (id integer PRIMARY KEY, s legacy.state);
CREATE FUNCTION legacy.count_things() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM legacy.things $$;
CREATE TABLE public.keep (id integer PRIMARY KEY);
