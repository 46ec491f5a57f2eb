-- pgschema's differ suite, testdata/diff/dependency/ cases issue_601_function_recreate_with_matview_index_change, issue_601_function_recreate_with_table_online_steps, merged (old.sql is a.sql, new.sql b.sql).

DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['tenant_reader'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END $$;

-- issue_601_function_recreate_with_matview_index_change
CREATE FUNCTION current_tenant() RETURNS integer LANGUAGE sql STABLE AS $$ SELECT current_setting('app.tenant', true)::integer $$;

CREATE TABLE documents (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL DEFAULT current_tenant(),
    title text
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_tenant ON documents AS RESTRICTIVE TO tenant_reader USING (tenant_id = current_tenant());
CREATE POLICY documents_read ON documents TO tenant_reader USING (true);

CREATE MATERIALIZED VIEW document_titles AS SELECT id, title FROM documents;

-- issue_601_function_recreate_with_table_online_steps
CREATE FUNCTION default_priority() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 5 $$;

CREATE TABLE tasks (
    id integer PRIMARY KEY,
    priority integer NOT NULL DEFAULT 0,
    weight integer DEFAULT 1
);

CREATE TABLE notes (
    id integer PRIMARY KEY,
    body text
);
