-- A typed table whose type is rebuilt with a new attribute in the middle (so the table is rebuilt too), while another table keeps a column of that type.
CREATE TYPE public.address AS (street text, zip text, city text);
CREATE TABLE public.addresses OF public.address (city WITH OPTIONS NOT NULL);
CREATE TABLE public.contacts (id bigint PRIMARY KEY, home public.address);
