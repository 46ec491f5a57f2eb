-- min_version: 18
-- PostgreSQL's own pg_dump test suite (002_pg_dump.pl), its PostgreSQL 18 objects: a virtual generated column next to a stored one under inheritance children, WITHOUT OVERLAPS primary and unique keys, a publication with publish_generated_columns = stored.
CREATE SCHEMA dump_test;

CREATE TABLE dump_test.test_table_tpk (
    col1 int4range,
    col2 tstzrange,
    CONSTRAINT test_table_tpk_pkey PRIMARY KEY (col1, col2 WITHOUT OVERLAPS));
CREATE TABLE dump_test.test_table_tuq (
    col1 int4range,
    col2 tstzrange,
    CONSTRAINT test_table_tuq_uq UNIQUE (col1, col2 WITHOUT OVERLAPS));

CREATE TABLE dump_test.test_table_generated (
    col1 int primary key,
    col2 int generated always as (col1 * 2) stored,
    col3 int generated always as (col1 * 3) virtual
);
CREATE TABLE dump_test.test_table_generated_child1 ()
    INHERITS (dump_test.test_table_generated);
CREATE TABLE dump_test.test_table_generated_child2 (
    col1 int,
    col2 int
) INHERITS (dump_test.test_table_generated);

CREATE PUBLICATION pub5 WITH (publish_generated_columns = stored);
