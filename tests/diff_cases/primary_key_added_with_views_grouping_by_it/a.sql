-- pg_dump's "ordering of a function/matview that depends on a primary key" (002_pg_dump.pl): a primary key added together with a matview, a view and an atomic function that GROUP BY it and select every column.
CREATE TABLE public.ordering_table (id int NOT NULL, data int);
