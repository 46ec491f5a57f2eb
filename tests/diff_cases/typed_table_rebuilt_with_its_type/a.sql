-- A typed table whose type is rebuilt with a new attribute in the middle.
CREATE TYPE public.address AS (street text, city text);
CREATE TABLE public.addresses OF public.address (city WITH OPTIONS NOT NULL);
