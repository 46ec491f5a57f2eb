-- min_version: 15
-- pg_dump's publications (002_pg_dump.pl): TABLES IN SCHEMA swapped for another schema next to a table, publish = '' given operations, a comment changed.
CREATE SCHEMA dump_test;
CREATE TABLE dump_test.test_table (col1 serial primary key, col2 text);
CREATE TABLE public.other (id int primary key);

CREATE PUBLICATION pub2 FOR ALL TABLES WITH (publish = 'insert, truncate');
CREATE PUBLICATION pub3 FOR TABLES IN SCHEMA public, TABLE dump_test.test_table;
COMMENT ON PUBLICATION pub3 IS 'tables of schema public';
