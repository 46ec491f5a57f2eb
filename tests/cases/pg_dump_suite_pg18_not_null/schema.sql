-- min_version: 18
-- PostgreSQL 18's pg_dump test suite (002_pg_dump.pl), its NOT NULL constraints: NOT VALID on a parent and validated on some inheritance children (one declaring the column again, one inheriting from two parents), comments on the parent's and a child's, NO INHERIT on a parent and a child's own.
CREATE SCHEMA dump_test;

CREATE TABLE dump_test.test_table_nn (
    col1 int);
CREATE TABLE dump_test.test_table_nn_2 (
    col1 int NOT NULL);
CREATE TABLE dump_test.test_table_nn_chld1 (
) INHERITS (dump_test.test_table_nn);
CREATE TABLE dump_test.test_table_nn_chld2 (
    col1 int
) INHERITS (dump_test.test_table_nn);
CREATE TABLE dump_test.test_table_nn_chld3 (
) INHERITS (dump_test.test_table_nn, dump_test.test_table_nn_2);
ALTER TABLE dump_test.test_table_nn ADD CONSTRAINT nn NOT NULL col1 NOT VALID;
ALTER TABLE dump_test.test_table_nn_chld1 VALIDATE CONSTRAINT nn;
ALTER TABLE dump_test.test_table_nn_chld2 VALIDATE CONSTRAINT nn;
COMMENT ON CONSTRAINT nn ON dump_test.test_table_nn IS 'nn comment is valid';
COMMENT ON CONSTRAINT nn ON dump_test.test_table_nn_chld2 IS 'nn_chld2 comment is valid';

CREATE TABLE dump_test.test_table_nonn (
    col1 int NOT NULL NO INHERIT,
    col2 int);
CREATE TABLE dump_test.test_table_nonn_chld1 (
    CONSTRAINT nn NOT NULL col2 NO INHERIT)
INHERITS (dump_test.test_table_nonn);
