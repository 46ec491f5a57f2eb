-- min_version: 15
-- PostgreSQL's own pg_dump test suite (002_pg_dump.pl), its policies (every command, a role, RESTRICTIVE) and publications: empty, FOR ALL TABLES with publish = '', TABLES IN SCHEMA next to a table, column lists given out of order, row filters, a comment.
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
    col2 text,
    col3 text,
    col4 text
);
CREATE TABLE dump_test.test_second_table (
    col1 int,
    col2 text
);
CREATE TABLE dump_test.test_sixth_table (
    col1 int,
    col2 text,
    col3 bytea
);
CREATE TABLE dump_test.test_seventh_table (
    col1 int,
    col2 text,
    col3 bytea
);

ALTER TABLE dump_test.test_table ENABLE ROW LEVEL SECURITY;
CREATE POLICY p1 ON dump_test.test_table
    USING (true)
    WITH CHECK (true);
CREATE POLICY p2 ON dump_test.test_table
    FOR SELECT TO regress_dump_test_role USING (true);
CREATE POLICY p3 ON dump_test.test_table
    FOR INSERT TO regress_dump_test_role WITH CHECK (true);
CREATE POLICY p4 ON dump_test.test_table FOR UPDATE
    TO regress_dump_test_role USING (true) WITH CHECK (true);
CREATE POLICY p5 ON dump_test.test_table
    FOR DELETE TO regress_dump_test_role USING (true);
CREATE POLICY p6 ON dump_test.test_table AS RESTRICTIVE
    USING (false);

CREATE PUBLICATION pub1;
CREATE PUBLICATION pub2
    FOR ALL TABLES
    WITH (publish = '');
CREATE PUBLICATION pub3;
CREATE PUBLICATION pub4;
COMMENT ON PUBLICATION pub1 IS 'comment on publication';

ALTER PUBLICATION pub1 ADD TABLE dump_test.test_table;
ALTER PUBLICATION pub1 ADD TABLE dump_test.test_second_table;
ALTER PUBLICATION pub1 ADD TABLE dump_test.test_sixth_table (col3, col2);
ALTER PUBLICATION pub1 ADD TABLE dump_test.test_seventh_table (col3, col2) WHERE (col1 = 1);
ALTER PUBLICATION pub3 ADD TABLES IN SCHEMA dump_test;
ALTER PUBLICATION pub3 ADD TABLES IN SCHEMA public;
ALTER PUBLICATION pub3 ADD TABLE dump_test.test_table;
ALTER PUBLICATION pub4 ADD TABLE dump_test.test_table WHERE (col1 > 0);
ALTER PUBLICATION pub4 ADD TABLE dump_test.test_second_table WHERE (col2 = 'test');
