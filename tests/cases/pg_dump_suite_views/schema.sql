-- PostgreSQL's own pg_dump test suite (002_pg_dump.pl), its views: a chain of materialized views with column names (two WITH NO DATA), a matview grouping by a primary key, matviews USING heap, a view WITH (check_option, security_barrier) and a view column default.
CREATE SCHEMA dump_test;

CREATE TABLE dump_test.test_table (
    col1 serial primary key,
    col2 text,
    col3 text,
    col4 text
);

CREATE MATERIALIZED VIEW dump_test.matview (col1) AS
    SELECT col1 FROM dump_test.test_table;
CREATE MATERIALIZED VIEW
    dump_test.matview_second (col1) AS
    SELECT * FROM dump_test.matview;
CREATE MATERIALIZED VIEW
    dump_test.matview_third (col1) AS
    SELECT * FROM dump_test.matview_second WITH NO DATA;
CREATE MATERIALIZED VIEW
    dump_test.matview_fourth (col1) AS
    SELECT * FROM dump_test.matview_third WITH NO DATA;

CREATE TABLE dump_test.ordering_table (id int primary key, data int);
CREATE MATERIALIZED VIEW dump_test.ordering_view AS
    SELECT * FROM dump_test.ordering_table GROUP BY id;

CREATE MATERIALIZED VIEW dump_test.regress_pg_dump_matview_am_0 USING heap AS SELECT 1;
CREATE MATERIALIZED VIEW dump_test.regress_pg_dump_matview_am_2 USING heap AS SELECT count(*) FROM pg_class;

CREATE VIEW dump_test.test_view
    WITH (check_option = 'local', security_barrier = true) AS
    SELECT col1 FROM dump_test.test_table;
ALTER VIEW dump_test.test_view ALTER COLUMN col1 SET DEFAULT 1;
