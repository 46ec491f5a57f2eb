-- pg_dump's matview chain (002_pg_dump.pl): a materialized view in the middle of a chain gets another column alias and body, those after it (WITH NO DATA) follow.
CREATE TABLE public.test_table (col1 serial primary key, col2 text);

CREATE MATERIALIZED VIEW public.matview (col1) AS SELECT col1 FROM public.test_table;
CREATE MATERIALIZED VIEW public.matview_second (id) AS SELECT * FROM public.matview WHERE col1 > 0;
CREATE MATERIALIZED VIEW public.matview_third (col1) AS SELECT * FROM public.matview_second WITH NO DATA;
CREATE MATERIALIZED VIEW public.matview_fourth (col1) AS SELECT * FROM public.matview_third WITH NO DATA;
