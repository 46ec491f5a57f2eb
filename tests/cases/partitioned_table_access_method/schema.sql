-- min_version: 17
-- pg_dump's regress_pg_dump_table_am_parent (002_pg_dump.pl): a partitioned table given a table access method (PostgreSQL 17+), one partition taking it by default, another USING heap.
CREATE ACCESS METHOD regress_table_am TYPE TABLE HANDLER heap_tableam_handler;
CREATE SCHEMA dump_test;
CREATE TABLE dump_test.regress_pg_dump_table_am_parent (id int) PARTITION BY LIST (id);
ALTER TABLE dump_test.regress_pg_dump_table_am_parent SET ACCESS METHOD regress_table_am;
CREATE TABLE dump_test.regress_pg_dump_table_am_child_1
  PARTITION OF dump_test.regress_pg_dump_table_am_parent FOR VALUES IN (1);
CREATE TABLE dump_test.regress_pg_dump_table_am_child_2
  PARTITION OF dump_test.regress_pg_dump_table_am_parent FOR VALUES IN (2) USING heap;
