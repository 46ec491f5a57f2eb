-- PostgreSQL's own pg_dump test suite (002_pg_dump.pl), its access methods: an index access method (gist2, GiST's handler) and a table access method (heap's handler) used by a table and a materialized view next to heap ones, with a comment.
CREATE ACCESS METHOD gist2 TYPE INDEX HANDLER gisthandler;
CREATE ACCESS METHOD regress_table_am TYPE TABLE HANDLER heap_tableam_handler;
COMMENT ON ACCESS METHOD regress_table_am IS 'heap under another name';

CREATE SCHEMA dump_test;
CREATE TABLE dump_test.regress_pg_dump_table_am_0() USING heap;
CREATE TABLE dump_test.regress_pg_dump_table_am_1 (col1 int) USING regress_table_am;
CREATE TABLE dump_test.regress_pg_dump_table_am_2() USING heap;

CREATE MATERIALIZED VIEW dump_test.regress_pg_dump_matview_am_0 USING heap AS SELECT 1;
CREATE MATERIALIZED VIEW dump_test.regress_pg_dump_matview_am_1
    USING regress_table_am AS SELECT count(*) FROM pg_class;
CREATE MATERIALIZED VIEW dump_test.regress_pg_dump_matview_am_2 USING heap AS SELECT 1;
