-- pgschema create_policy/*: policies added, altered (roles, USING, name, command, WITH CHECK removed), RLS forced/enabled (FROM side).
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['authenticated', 'testuser'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END $$;

-- issue_427 stand-in for Supabase auth (see tests/cases/README.md)
CREATE SCHEMA app_auth;
CREATE FUNCTION app_auth.uid() RETURNS uuid
    LANGUAGE sql STABLE
    AS $$ SELECT '00000000-0000-0000-0000-000000000000'::uuid; $$;
CREATE FUNCTION app_auth.role() RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT 'authenticated'::text; $$;

CREATE TABLE users (
    id SERIAL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    tenant_id INTEGER NOT NULL,
    role VARCHAR(50) NOT NULL
);

CREATE TABLE orders (
    id SERIAL PRIMARY KEY,
    user_id INTEGER REFERENCES users(id),
    total NUMERIC(10,2)
);

-- Function to check if user is admin (for Issue #259)
CREATE FUNCTION is_admin() RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;

ALTER TABLE users ENABLE ROW LEVEL SECURITY;

CREATE FUNCTION get_user_assigned_projects() RETURNS integer[]
LANGUAGE sql STABLE AS $$ SELECT ARRAY[1, 2, 3] $$;

CREATE TABLE items (
    id BIGSERIAL PRIMARY KEY,
    owner_id uuid NOT NULL,
    name text NOT NULL
);

ALTER TABLE items ENABLE ROW LEVEL SECURITY;

CREATE TABLE public.agents (
    id integer PRIMARY KEY,
    organization_id uuid NOT NULL
);

ALTER TABLE public.agents ENABLE ROW LEVEL SECURITY;

CREATE TABLE events (
    id uuid NOT NULL,
    org_id uuid NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (created_at, id)
) PARTITION BY RANGE (created_at);

CREATE TABLE tenants (
    id SERIAL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    tenant_id INTEGER NOT NULL
);

ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;

CREATE TABLE accounts (
    id SERIAL PRIMARY KEY,
    tenant_id INTEGER NOT NULL
);

CREATE TABLE projects (
    id SERIAL PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

ALTER TABLE projects ENABLE ROW LEVEL SECURITY;

CREATE POLICY project_access ON projects
    FOR SELECT
    TO PUBLIC
    USING (id IN (SELECT unnest(get_user_assigned_projects()) AS unnest));

CREATE POLICY agents_app_tenant ON public.agents
    FOR ALL
    TO PUBLIC
    USING (organization_id = '00000000-0000-0000-0000-000000000001'::uuid)
    WITH CHECK (organization_id = '00000000-0000-0000-0000-000000000001'::uuid);

CREATE POLICY user_tenant_isolation ON tenants
    FOR ALL
    TO PUBLIC
    USING (tenant_id = current_setting('app.current_tenant')::INTEGER);

CREATE POLICY tenant_name_policy ON tenants
    FOR ALL
    TO PUBLIC
    USING (tenant_id = 1);

CREATE POLICY tenant_command_policy ON tenants
    FOR ALL
    TO PUBLIC
    USING (tenant_id = 1);

ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;

CREATE POLICY tenant_isolation ON accounts
    FOR ALL
    TO PUBLIC
    USING (tenant_id = current_setting('app.current_tenant')::INTEGER);
