-- pgschema's differ suite, testdata/diff/dependency/ cases issue_439_unique_to_pk_fk_dependent, issue_444_drop_column_with_dependent_view, issue_545_returns_table_ref, issue_601_function_recreate_unchanged_dependents, merged (old.sql is a.sql, new.sql b.sql).

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

-- issue_439_unique_to_pk_fk_dependent
CREATE TABLE cases (
    id integer PRIMARY KEY,
    name text
);

CREATE TABLE case_notes (
    id integer PRIMARY KEY,
    case_id integer CONSTRAINT case_notes_case_id_fkey REFERENCES cases (id)
);

CREATE TABLE case_tags (
    id integer PRIMARY KEY,
    case_id integer CONSTRAINT case_tags_case_id_fkey REFERENCES cases (id) ON DELETE CASCADE
);

-- issue_444_drop_column_with_dependent_view
CREATE TABLE foo (
    id bigint PRIMARY KEY,
    keep_me text
);

CREATE VIEW foo_v AS SELECT id, keep_me FROM foo;

CREATE VIEW foo_v2 AS SELECT id, keep_me FROM foo_v;

-- issue_545_returns_table_ref
CREATE FUNCTION public.random_id()
RETURNS bigint LANGUAGE sql AS $$
    SELECT CAST(1000000000 + floor(random() * 9000000000) AS bigint);
$$;

CREATE TABLE public.x (
    id bigint PRIMARY KEY DEFAULT random_id()
);

CREATE FUNCTION public.x_rows()
RETURNS TABLE(r x) LANGUAGE plpgsql AS $$
BEGIN
    RETURN;
END;
$$;

-- issue_601_function_recreate_unchanged_dependents
CREATE FUNCTION max_qty() RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT 100 $$;
CREATE FUNCTION normalize_code(input text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(input) $$;
CREATE FUNCTION current_tenant() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT current_setting('app.tenant', true)::bigint $$;
CREATE FUNCTION audit_threshold() RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT 10 $$;
CREATE FUNCTION default_priority() RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT 5 $$;

CREATE FUNCTION mark_audited() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.audited := true; RETURN NEW; END $$;

CREATE TABLE orders (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL DEFAULT current_tenant(),
    code text NOT NULL,
    qty integer NOT NULL,
    priority integer DEFAULT default_priority(),
    audited boolean DEFAULT false,
    CONSTRAINT orders_qty_check CHECK (qty <= max_qty())
);
CREATE UNIQUE INDEX orders_code_key ON orders ((normalize_code(code)));
COMMENT ON INDEX orders_code_key IS 'Case-insensitive order code';
CREATE INDEX orders_large_idx ON orders (id) WHERE qty > max_qty() / 2;
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_tenant ON orders TO tenant_reader USING (tenant_id = current_tenant());
CREATE TRIGGER orders_audit BEFORE INSERT ON orders FOR EACH ROW WHEN (NEW.qty > audit_threshold()) EXECUTE FUNCTION mark_audited();

CREATE VIEW my_orders AS SELECT id, code FROM orders WHERE tenant_id = current_tenant();

CREATE MATERIALIZED VIEW order_codes AS SELECT id, code FROM orders;
CREATE INDEX order_codes_normalized_idx ON order_codes ((normalize_code(code)));

CREATE FUNCTION standalone() RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT 1 $$;
