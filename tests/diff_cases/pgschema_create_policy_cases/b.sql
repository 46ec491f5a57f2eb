-- pgschema create_policy/*: policies added, altered (roles, USING, name, command, WITH CHECK removed), RLS forced/enabled (TO side).
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
    name VARCHAR(100) NOT NULL,
    description TEXT
);

ALTER TABLE projects ENABLE ROW LEVEL SECURITY;

-- issue_377: policy unchanged, but table has new column
CREATE POLICY project_access ON projects
    FOR SELECT
    TO PUBLIC
    USING (id IN (SELECT unnest(get_user_assigned_projects()) AS unnest));

-- RLS on orders with policy referencing users table (Issue #224)
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;

CREATE POLICY admin_only ON users
    FOR DELETE
    TO PUBLIC
    USING (is_admin());

CREATE POLICY "select" ON users
    FOR SELECT
    TO PUBLIC
    USING (true);

CREATE POLICY "UserPolicy" ON users
    FOR ALL
    TO PUBLIC
    USING (tenant_id = current_setting('app.current_tenant')::INTEGER);

CREATE POLICY "my-policy" ON users
    FOR INSERT
    TO PUBLIC
    WITH CHECK (role = 'user');

CREATE POLICY user_tenant_isolation ON users
    FOR UPDATE
    TO PUBLIC
    USING (tenant_id = current_setting('app.current_tenant')::INTEGER);

CREATE POLICY orders_user_access ON orders
    FOR SELECT
    TO PUBLIC
    USING (user_id IN (SELECT id FROM users));

CREATE POLICY select_own_orders ON orders
    FOR SELECT
    TO PUBLIC
    USING (user_id IN (SELECT u.id FROM users u WHERE u.tenant_id = 1));

-- Restrictive policy (Issue #477)
CREATE POLICY admin_restricted ON users
    AS RESTRICTIVE
    FOR ALL
    TO PUBLIC
    USING (is_admin());

-- issue_427: cross-schema functions in policies
CREATE POLICY select_own_items
ON items
FOR SELECT
TO authenticated
USING (owner_id = (SELECT app_auth.uid()));

CREATE POLICY admin_all_items
ON items
FOR ALL
TO authenticated
USING (app_auth.role() = 'admin');

-- issue_551: WITH CHECK removed
CREATE POLICY agents_app_tenant ON public.agents
    FOR ALL
    TO PUBLIC
    USING (organization_id = '00000000-0000-0000-0000-000000000001'::uuid);

-- enable_rls_partitioned (issue #471)
ALTER TABLE events ENABLE ROW LEVEL SECURITY;

CREATE POLICY events_org_isolation ON events
    FOR ALL
    TO PUBLIC
    USING (org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid);

-- alter_policy_roles: PUBLIC -> a role
CREATE POLICY user_tenant_isolation ON tenants
    FOR ALL
    TO testuser
    USING (tenant_id = 2);

-- alter_policy_name
CREATE POLICY tenant_access_policy ON tenants
    FOR ALL
    TO PUBLIC
    USING (tenant_id = 1);

-- alter_policy_command
CREATE POLICY tenant_command_policy ON tenants
    FOR SELECT
    TO PUBLIC
    USING (tenant_id = 1);

-- force_rls
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
ALTER TABLE accounts FORCE ROW LEVEL SECURITY;

CREATE POLICY tenant_isolation ON accounts
    FOR ALL
    TO PUBLIC
    USING (tenant_id = current_setting('app.current_tenant')::INTEGER);
