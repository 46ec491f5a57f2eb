-- min_version: 18
-- PostgreSQL 18's pg_dump suite (CONSTRAINT NOT NULL / NOT VALID): a NOT NULL added NOT VALID on an inheritance parent, validated on two of its children (one declaring the column again), with comments on the parent's and a child's.
CREATE TABLE public.test_table_nn (
    col1 int);
CREATE TABLE public.test_table_nn_chld1 (
) INHERITS (public.test_table_nn);
CREATE TABLE public.test_table_nn_chld2 (
    col1 int
) INHERITS (public.test_table_nn);
CREATE TABLE public.test_table_nn_chld3 (
) INHERITS (public.test_table_nn);
