-- PostgreSQL's own pg_dump test suite (002_pg_dump.pl), its default privileges FOR ROLE another role: granted in a schema, EXECUTE revoked from PUBLIC everywhere, and the role's own SELECT on tables revoked from itself.
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

CREATE SCHEMA dump_test;

ALTER DEFAULT PRIVILEGES
    FOR ROLE regress_dump_test_role IN SCHEMA dump_test
    GRANT SELECT ON TABLES TO regress_dump_test_role;
ALTER DEFAULT PRIVILEGES
    FOR ROLE regress_dump_test_role IN SCHEMA dump_test
    GRANT EXECUTE ON FUNCTIONS TO regress_dump_test_role;
ALTER DEFAULT PRIVILEGES
    FOR ROLE regress_dump_test_role
    REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES
    FOR ROLE regress_dump_test_role
    REVOKE SELECT ON TABLES FROM regress_dump_test_role;
