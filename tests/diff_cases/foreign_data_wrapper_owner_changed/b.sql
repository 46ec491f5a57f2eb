-- owners: true
-- pg_dump's ALTER FOREIGN DATA WRAPPER dummy OWNER TO (002_pg_dump.pl): a handler-less wrapper handed to another superuser, its server staying with its owner.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'regress_dump_test_superuser') THEN
        BEGIN
            CREATE ROLE regress_dump_test_superuser NOLOGIN SUPERUSER;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
END $$;

CREATE FOREIGN DATA WRAPPER dummy;
ALTER FOREIGN DATA WRAPPER dummy OWNER TO regress_dump_test_superuser;
CREATE SERVER s1 FOREIGN DATA WRAPPER dummy;
