-- A new schema is added with a table, a function and a grant, and a cross-schema FK from public into it.

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
CREATE SCHEMA billing;
GRANT USAGE ON SCHEMA billing TO authenticated;
CREATE TABLE billing.plans (code text PRIMARY KEY, price numeric NOT NULL);
CREATE FUNCTION billing.price_of(c text) RETURNS numeric LANGUAGE sql STABLE AS $$ SELECT price FROM billing.plans WHERE code = c $$;
CREATE TABLE public.users (id integer PRIMARY KEY, plan_code text REFERENCES billing.plans(code));
