-- owners: true
-- pg_dump's "regress_quoted  "" role" (002_pg_dump.pl) used everywhere a role is named: owner, table, column, sequence, function and schema grants, default privileges FOR ROLE and TO it, a policy TO it.
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['regress_quoted  " role', 'Mixed Case, role'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END $$;

CREATE SCHEMA quoted AUTHORIZATION "regress_quoted  "" role";
GRANT USAGE ON SCHEMA quoted TO "Mixed Case, role";
ALTER DEFAULT PRIVILEGES FOR ROLE "regress_quoted  "" role" IN SCHEMA quoted
    GRANT SELECT ON TABLES TO "Mixed Case, role";
ALTER DEFAULT PRIVILEGES FOR ROLE "regress_quoted  "" role"
    REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

CREATE TABLE quoted.items (id serial PRIMARY KEY, owner_name text, secret text);
ALTER TABLE quoted.items OWNER TO "regress_quoted  "" role";
GRANT SELECT (id, owner_name), UPDATE (owner_name) ON quoted.items TO "Mixed Case, role";
GRANT USAGE ON SEQUENCE quoted.items_id_seq TO "Mixed Case, role" WITH GRANT OPTION;
ALTER TABLE quoted.items ENABLE ROW LEVEL SECURITY;
CREATE POLICY "own rows" ON quoted.items FOR SELECT TO "Mixed Case, role", "regress_quoted  "" role"
    USING (owner_name = current_user);

CREATE FUNCTION quoted.whoami() RETURNS text LANGUAGE sql STABLE AS $$ SELECT current_user::text $$;
ALTER FUNCTION quoted.whoami() OWNER TO "regress_quoted  "" role";
REVOKE EXECUTE ON FUNCTION quoted.whoami() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION quoted.whoami() TO "Mixed Case, role";
