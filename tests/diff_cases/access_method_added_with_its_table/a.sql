-- pg_dump's regress_table_am (002_pg_dump.pl): a table access method added with a table using it, an index access method added, a kept table's neighbour staying on heap.
CREATE TABLE public.events (id bigint PRIMARY KEY, body text);
