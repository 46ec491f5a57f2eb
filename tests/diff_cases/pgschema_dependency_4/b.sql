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
CREATE FUNCTION current_tenant() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT current_setting('app.tenant', true)::bigint $$;

CREATE TABLE documents (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL DEFAULT current_tenant(),
    title text
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_tenant ON documents AS RESTRICTIVE TO tenant_reader USING (tenant_id = current_tenant());
CREATE POLICY documents_read ON documents TO tenant_reader USING (true);

CREATE MATERIALIZED VIEW document_titles AS SELECT id, title FROM documents;
CREATE INDEX document_titles_title_idx ON document_titles (title);

-- issue_601_function_recreate_with_table_online_steps
CREATE FUNCTION default_priority() RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT 5 $$;

CREATE TABLE tasks (
    id integer PRIMARY KEY,
    priority integer NOT NULL DEFAULT default_priority(),
    weight integer NOT NULL DEFAULT default_priority()
);

CREATE TABLE notes (
    id integer PRIMARY KEY,
    body text
);
CREATE INDEX notes_body_idx ON notes (body);
