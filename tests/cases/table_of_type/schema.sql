-- Typed tables: CREATE TABLE ... OF a composite type, with column options (defaults, NOT NULL, PK) added in the OF clause.
CREATE TYPE public.person AS (
    id integer,
    name text,
    email text
);

CREATE TABLE public.staff OF public.person (
    id WITH OPTIONS PRIMARY KEY,
    name WITH OPTIONS NOT NULL,
    email WITH OPTIONS DEFAULT 'unknown@example.com'
);

CREATE TABLE public.contractors OF public.person;
