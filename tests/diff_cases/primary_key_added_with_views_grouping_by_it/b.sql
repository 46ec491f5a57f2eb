-- min_version: 14
-- pg_dump's "ordering of a function/matview that depends on a primary key" (002_pg_dump.pl): a primary key added together with a matview, a view and an atomic function that GROUP BY it and select every column.
CREATE TABLE public.ordering_table (id int NOT NULL, data int);
ALTER TABLE public.ordering_table ADD PRIMARY KEY (id);
CREATE MATERIALIZED VIEW public.ordering_view AS
    SELECT * FROM public.ordering_table GROUP BY id;
CREATE VIEW public.ordering_plain_view AS
    SELECT * FROM public.ordering_table GROUP BY id;
CREATE FUNCTION public.ordering_func ()
RETURNS SETOF public.ordering_table
LANGUAGE sql BEGIN ATOMIC
SELECT * FROM public.ordering_table GROUP BY id; END;
