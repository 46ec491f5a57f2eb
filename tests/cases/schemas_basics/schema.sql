-- owners: true
-- Schemas: empty schema, schema with AUTHORIZATION, schema comments and grants, same-named tables in different schemas, dropped public objects.
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

CREATE SCHEMA empty_one;
CREATE SCHEMA owned_by_service AUTHORIZATION service_role;
CREATE SCHEMA "CamelSchema";
COMMENT ON SCHEMA "CamelSchema" IS 'mixed case';
GRANT USAGE ON SCHEMA "CamelSchema" TO authenticated;

CREATE TABLE public.things (id integer PRIMARY KEY);
CREATE TABLE "CamelSchema".things (id integer PRIMARY KEY, public_id integer REFERENCES public.things(id));
CREATE TABLE empty_one.things (id integer);
