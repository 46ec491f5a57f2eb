-- pgschema's differ suite, testdata/diff/privilege/ cases grant_function_custom_type, issue_324_grant_revoke_order, revoke_default_privilege, revoke_grant_option, revoke_public_function, merged (old.sql is a.sql, new.sql b.sql).

DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['app_user', 'reader', 'manager_role'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END $$;

-- issue_324_grant_revoke_order
CREATE TABLE sometable (somecolumn text);

GRANT UPDATE ON sometable TO app_user;

-- revoke_default_privilege
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reader;

ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO app_user;

-- revoke_grant_option
CREATE TABLE employees (id serial PRIMARY KEY);

GRANT SELECT ON employees TO manager_role WITH GRANT OPTION;

-- revoke_public_function
CREATE FUNCTION get_user_data(user_id integer)
RETURNS text
LANGUAGE sql
AS $$ SELECT 'user_' || user_id::text; $$;
