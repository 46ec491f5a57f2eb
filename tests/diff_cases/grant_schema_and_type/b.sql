-- Schema USAGE/CREATE grants change, CREATE on public revoked from PUBLIC, and type USAGE revoked from PUBLIC and granted to a role.

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
CREATE SCHEMA api;
GRANT USAGE ON SCHEMA api TO anon, authenticated;
GRANT CREATE ON SCHEMA api TO service_role;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
CREATE TYPE api.mood AS ENUM ('ok', 'bad');
REVOKE USAGE ON TYPE api.mood FROM PUBLIC;
GRANT USAGE ON TYPE api.mood TO authenticated;
CREATE DOMAIN api.pos AS integer CHECK (VALUE > 0);
REVOKE ALL ON DOMAIN api.pos FROM PUBLIC;
