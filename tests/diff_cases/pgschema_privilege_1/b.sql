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

-- grant_function_custom_type
CREATE TYPE entity_kind AS ENUM ('person', 'company', 'organization');

CREATE FUNCTION create_entity(p_name text, p_kind entity_kind)
RETURNS uuid
LANGUAGE sql
AS $$ SELECT gen_random_uuid(); $$;

REVOKE ALL ON FUNCTION create_entity(text, entity_kind) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION create_entity(text, entity_kind) TO app_user;

-- issue_324_grant_revoke_order
CREATE TABLE sometable (somecolumn text);

GRANT UPDATE (somecolumn) ON sometable TO app_user;

-- revoke_default_privilege
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reader;

ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO app_user;

CREATE TABLE secrets (
    id integer PRIMARY KEY,
    data text
);

REVOKE SELECT ON TABLE secrets FROM reader;

CREATE TABLE readonly_data (
    id integer PRIMARY KEY,
    value text
);

REVOKE INSERT, UPDATE, DELETE ON TABLE readonly_data FROM app_user;

-- revoke_grant_option
CREATE TABLE employees (id serial PRIMARY KEY);

GRANT SELECT ON employees TO manager_role;

-- revoke_public_function
CREATE FUNCTION get_user_data(user_id integer)
RETURNS text
LANGUAGE sql
AS $$ SELECT 'user_' || user_id::text; $$;

REVOKE EXECUTE ON FUNCTION get_user_data(integer) FROM PUBLIC;
