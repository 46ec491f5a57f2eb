-- min_version: 14
-- PostgreSQL's own pg_dump test suite (src/bin/pg_dump/t/002_pg_dump.pl), its tables: serial key, per-column compression, storage, statistics and n_distinct, a commented CHECK, reloptions, CLUSTER ON, RLS, generated columns over a dropped column, a zero-column table, identity, inheritance with and without local columns, expression-index statistics, a partitioned table's foreign key.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'regress_dump_test_role') THEN
        BEGIN
            CREATE ROLE regress_dump_test_role NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
END $$;

CREATE SCHEMA dump_test;

CREATE TABLE dump_test.test_table (
    col1 serial primary key,
    col2 text COMPRESSION pglz,
    col3 text,
    col4 text,
    CHECK (col1 <= 1000)
) WITH (autovacuum_enabled = false, fillfactor=80);
COMMENT ON CONSTRAINT test_table_col1_check ON dump_test.test_table IS 'bounds check';
COMMENT ON TABLE dump_test.test_table IS 'comment on table';
COMMENT ON COLUMN dump_test.test_table.col1 IS 'comment on column';
GRANT SELECT ON TABLE dump_test.test_table TO regress_dump_test_role;
ALTER TABLE dump_test.test_table ENABLE ROW LEVEL SECURITY;
ALTER TABLE dump_test.test_table ALTER COLUMN col1 SET STATISTICS 90;
ALTER TABLE dump_test.test_table ALTER COLUMN col2 SET STORAGE EXTERNAL;
ALTER TABLE dump_test.test_table ALTER COLUMN col3 SET STORAGE MAIN;
ALTER TABLE dump_test.test_table ALTER COLUMN col4 SET (n_distinct = 10);
ALTER TABLE dump_test.test_table CLUSTER ON test_table_pkey;

CREATE TABLE dump_test.fk_reference_test_table (
    col1 int primary key references dump_test.test_table
);

CREATE TABLE dump_test.test_table_fk (
    col1 int references dump_test.test_table)
    PARTITION BY RANGE (col1);
CREATE TABLE dump_test.test_table_fk_1
    PARTITION OF dump_test.test_table_fk
    FOR VALUES FROM (0) TO (10);

CREATE TABLE dump_test.test_second_table (
    col1 int,
    col2 text
);
COMMENT ON COLUMN dump_test.test_second_table.col1 IS 'comment on column col1';
COMMENT ON COLUMN dump_test.test_second_table.col2 IS 'comment on column col2';
GRANT INSERT (col1) ON TABLE dump_test.test_second_table TO regress_dump_test_role;

CREATE TABLE dump_test.test_third_table (
    f1 int, junk int,
    g1 int generated always as (f1 * 2) stored,
    "F3" int,
    g2 int generated always as ("F3" * 3) stored
);
ALTER TABLE dump_test.test_third_table DROP COLUMN junk;

CREATE TABLE dump_test.test_fourth_table (
);

CREATE TABLE dump_test.test_fifth_table (
    col1 integer,
    col2 boolean,
    col3 boolean,
    col4 bit(5),
    col5 float8
);

CREATE TABLE dump_test.test_sixth_table (
    col1 int,
    col2 text,
    col3 bytea
);

CREATE TABLE dump_test.test_table_identity (
    col1 int generated always as identity primary key,
    col2 text
);

CREATE TABLE dump_test.test_table_generated (
    col1 int primary key,
    col2 int generated always as (col1 * 2) stored
);
CREATE TABLE dump_test.test_table_generated_child1 ()
    INHERITS (dump_test.test_table_generated);
CREATE TABLE dump_test.test_table_generated_child2 (
    col1 int,
    col2 int
) INHERITS (dump_test.test_table_generated);

CREATE TABLE dump_test.table_index_stats (
    col1 int,
    col2 int,
    col3 int);
CREATE INDEX index_with_stats
    ON dump_test.table_index_stats
    ((col1 + 1), col1, (col2 + 1), (col3 + 1));
ALTER INDEX dump_test.index_with_stats
    ALTER COLUMN 1 SET STATISTICS 400;
ALTER INDEX dump_test.index_with_stats
    ALTER COLUMN 3 SET STATISTICS 500;

CREATE TABLE dump_test.test_inheritance_parent (
    col1 int NOT NULL,
    col2 int CHECK (col2 >= 42)
);
CREATE TABLE dump_test.test_inheritance_child (
    col1 int NOT NULL,
    CONSTRAINT test_inheritance_child CHECK (col2 >= 142857)
) INHERITS (dump_test.test_inheritance_parent);

CREATE TABLE dump_test.test_compression_method (
    col1 text
);

CREATE TABLE dump_test.regress_pg_dump_table_am_0() USING heap;

CREATE STATISTICS dump_test.test_ext_stats_no_options
    ON col1, col2 FROM dump_test.test_table;
CREATE STATISTICS dump_test.test_ext_stats_opts
    (ndistinct) ON col1, col2 FROM dump_test.test_fifth_table;
ALTER STATISTICS dump_test.test_ext_stats_opts SET STATISTICS 1000;
CREATE STATISTICS dump_test.test_ext_stats_expr
    ON (2 * col1) FROM dump_test.test_fifth_table;
