-- Tables typed by a composite type: one gains a default and a NOT NULL in place, a plain table
-- with the same columns becomes typed (ALTER TABLE … OF), and a new typed table appears.
CREATE TYPE public.person AS (id integer, name text, email text);
CREATE TABLE public.staff OF public.person (
    id WITH OPTIONS PRIMARY KEY,
    name WITH OPTIONS NOT NULL
);
CREATE TABLE public.contractors (id integer, name text, email text);
