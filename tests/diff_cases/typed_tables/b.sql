CREATE TYPE public.person AS (id integer, name text, email text);
CREATE TABLE public.staff OF public.person (
    id WITH OPTIONS PRIMARY KEY,
    name WITH OPTIONS NOT NULL,
    email WITH OPTIONS DEFAULT 'unknown@example.com' NOT NULL
);
CREATE TABLE public.contractors OF public.person;
CREATE TABLE public.alumni OF public.person (id WITH OPTIONS NOT NULL);
