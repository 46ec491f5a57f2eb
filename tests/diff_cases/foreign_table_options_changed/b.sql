-- pg_dump's foreign_table (002_pg_dump.pl): the foreign table's own OPTIONS changed and one added, a column option dropped, USAGE on wrapper and server granted.
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['regress_dump_test_role'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END $$;

CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER s1 FOREIGN DATA WRAPPER dummy;

GRANT USAGE ON FOREIGN DATA WRAPPER dummy TO regress_dump_test_role;
GRANT USAGE ON FOREIGN SERVER s1 TO regress_dump_test_role;
CREATE FOREIGN TABLE public.foreign_table (c1 int, c2 text)
    SERVER s1 OPTIONS (schema_name 'x2', table_name 'remote_table');
