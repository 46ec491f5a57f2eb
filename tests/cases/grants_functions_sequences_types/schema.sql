-- Non-table grants: function EXECUTE, REVOKE EXECUTE FROM PUBLIC, procedure EXECUTE, sequence USAGE/SELECT/UPDATE, schema USAGE/CREATE, type and domain USAGE.

DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['anon', 'authenticated', 'service_role'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END $$;

