-- Two schemas (app + private): cross-schema FKs both ways, functions in private used by app defaults/checks/policies/views, same names in both schemas.
CREATE SCHEMA app;
CREATE SCHEMA private;

CREATE TABLE private.tenants (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL,
    api_key_hash text
);

CREATE FUNCTION private.default_tenant() RETURNS uuid
    LANGUAGE sql STABLE
    AS $$ SELECT id FROM private.tenants ORDER BY name LIMIT 1 $$;

CREATE FUNCTION private.is_valid_name(n text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT length(n) BETWEEN 1 AND 100 $$;

CREATE TABLE app.projects (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id uuid NOT NULL DEFAULT private.default_tenant() REFERENCES private.tenants(id) ON DELETE CASCADE,
    name text NOT NULL CHECK (private.is_valid_name(name))
);

CREATE TABLE private.project_secrets (
    project_id bigint PRIMARY KEY REFERENCES app.projects(id) ON DELETE CASCADE,
    secret text NOT NULL
);

CREATE TABLE app.tenants (
    id integer PRIMARY KEY,
    note text
);

CREATE FUNCTION app.project_count(t uuid) RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ''
    AS $$ SELECT count(*) FROM app.projects WHERE tenant_id = t $$;

CREATE VIEW app.tenant_overview AS
    SELECT t.id, t.name, app.project_count(t.id) AS projects FROM private.tenants t;

ALTER TABLE app.projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY projects_tenant ON app.projects USING (tenant_id = private.default_tenant());
