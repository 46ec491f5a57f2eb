-- min_version: 14
-- pg_dump's test_table column settings (002_pg_dump.pl): STORAGE EXTERNAL and MAIN swapped, COMPRESSION pglz dropped, n_distinct changed, a statistics target set.
CREATE TABLE public.test_table (
    col1 serial primary key,
    col2 text COMPRESSION pglz,
    col3 text,
    col4 text
) WITH (autovacuum_enabled = false, fillfactor=80);
ALTER TABLE public.test_table ALTER COLUMN col2 SET STORAGE EXTERNAL;
ALTER TABLE public.test_table ALTER COLUMN col3 SET STORAGE MAIN;
ALTER TABLE public.test_table ALTER COLUMN col4 SET (n_distinct = 10);
