-- PostgreSQL's own pg_dump test suite (002_pg_dump.pl), its text search configuration (COPY = english: every mapping) and dictionary with comments, and a handler-less foreign-data wrapper, its server and a foreign table with table and column options, with USAGE granted on wrapper and server.
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

CREATE TEXT SEARCH CONFIGURATION dump_test.alt_ts_conf1 (copy=english);
CREATE TEXT SEARCH DICTIONARY dump_test.alt_ts_dict1 (template=simple);
COMMENT ON TEXT SEARCH CONFIGURATION dump_test.alt_ts_conf1
    IS 'comment on text search configuration';
COMMENT ON TEXT SEARCH DICTIONARY dump_test.alt_ts_dict1
    IS 'comment on text search dictionary';

CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER s1 FOREIGN DATA WRAPPER dummy;
GRANT USAGE ON FOREIGN DATA WRAPPER dummy
    TO regress_dump_test_role;
GRANT USAGE ON FOREIGN SERVER s1
    TO regress_dump_test_role;
CREATE FOREIGN TABLE dump_test.foreign_table (c1 int options (column_name 'col1'))
    SERVER s1 OPTIONS (schema_name 'x1');
