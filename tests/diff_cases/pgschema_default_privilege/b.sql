-- pgschema's differ suite, testdata/diff/default_privilege/ cases alter_privilege_and_grant_option, global_with_created_objects, issue_303_for_role, merged (old.sql is a.sql, new.sql b.sql).

DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['app_user', 'api_user', 'demouser', 'testuser'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END $$;

-- alter_privilege_and_grant_option
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE ON TABLES TO app_user WITH GRANT OPTION;

-- global_with_created_objects
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO api_user;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON TYPES TO app_user;
ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT ON SEQUENCES TO app_user;

CREATE FUNCTION get_version() RETURNS text AS $$
BEGIN
    RETURN '1.0.0';
END;
$$ LANGUAGE plpgsql;

CREATE TYPE status AS ENUM ('pending', 'active', 'inactive');

CREATE SEQUENCE order_seq START 1;

-- issue_303_for_role
ALTER DEFAULT PRIVILEGES FOR ROLE testuser IN SCHEMA public GRANT ALL ON TABLES TO demouser;
