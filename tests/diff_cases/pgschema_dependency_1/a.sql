-- pgschema's differ suite, testdata/diff/dependency/ cases creation_order, extension_btree_gist, issue_300_function_table_composite_type, issue_308_view_select_star_column_reorder, issue_373_policy_references_other_table, issue_414_function_returns_deferred_view_chain, issue_439_replaced_unique_changed_fk, issue_480_view_function_recreate, issue_505_drop_trigger_function_with_table, issue_530_function_table_function_chain, issue_535_domain_depends_on_function_and_table, issue_571_index_function_dependency, issue_601_function_recreate_changed_dependents, issue_601_function_recreate_dependent_view, issue_601_function_recreate_partitioned_table, issue_601_function_recreate_trigger_with_online_steps, issue_modified_fk_to_new_unique, issue_modified_fk_to_new_unique_reverse_order, policy_identifier_substring_false_positive, merged (old.sql is a.sql, new.sql b.sql).

DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['tenant_reader', 'readonly_role'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END $$;

-- creation_order
CREATE TABLE products (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric(10,2)
);

CREATE MATERIALIZED VIEW expensive_products AS
SELECT id, name, price FROM products WHERE price > 100;

-- issue_308_view_select_star_column_reorder
CREATE TABLE item (
    id uuid PRIMARY KEY,
    title text,
    status text
);

CREATE TABLE category (
    id uuid PRIMARY KEY,
    name text
);

CREATE VIEW item_extended AS
SELECT i.*, c.name AS category_name
FROM item i
JOIN category c ON c.id = i.id;

CREATE MATERIALIZED VIEW item_summary AS
SELECT id, title FROM item_extended;

CREATE INDEX item_summary_id_idx ON item_summary (id);

-- issue_414_function_returns_deferred_view_chain
CREATE TABLE foo (
    id bigint PRIMARY KEY
);

-- issue_439_replaced_unique_changed_fk
CREATE TABLE cases (
    id integer NOT NULL,
    CONSTRAINT cases_id_key UNIQUE (id)
);
CREATE TABLE case_notes (
    id integer PRIMARY KEY,
    case_id integer CONSTRAINT case_notes_case_id_fkey REFERENCES cases (id)
);

-- issue_480_view_function_recreate
CREATE TABLE tb_users (
    id uuid DEFAULT gen_random_uuid(),
    is_deleted boolean DEFAULT false NOT NULL,
    created_at timestamptz DEFAULT now(),
    email text DEFAULT 'missing@missing.com' NOT NULL,
    CONSTRAINT tb_users_pkey PRIMARY KEY (id)
);

CREATE VIEW vw_users AS
SELECT id, email, created_at
FROM tb_users
WHERE is_deleted = FALSE;

CREATE FUNCTION fn_create_user(email TEXT)
RETURNS vw_users AS $$
DECLARE
    v_result vw_users;
    v_new_id UUID;
BEGIN
    INSERT INTO tb_users (email) VALUES (email) RETURNING id INTO v_new_id;
    SELECT id, email, created_at INTO v_result FROM vw_users WHERE id = v_new_id;
    RETURN v_result;
END;
$$ LANGUAGE plpgsql SECURITY DEFINER;

-- issue_505_drop_trigger_function_with_table
CREATE TABLE events (
    id serial PRIMARY KEY,
    payload jsonb NOT NULL,
    created_at timestamp DEFAULT CURRENT_TIMESTAMP
);

CREATE FUNCTION notify_event()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM pg_notify('events', NEW.id::text);
    RETURN NEW;
END;
$$;

CREATE TRIGGER events_notify
    AFTER INSERT ON events
    FOR EACH ROW
    EXECUTE FUNCTION notify_event();

-- issue_601_function_recreate_changed_dependents
CREATE FUNCTION max_qty() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 100 $$;
CREATE FUNCTION normalize_code(code text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(code) $$;
CREATE FUNCTION current_tenant() RETURNS integer LANGUAGE sql STABLE AS $$ SELECT current_setting('app.tenant', true)::integer $$;
CREATE FUNCTION default_priority() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 5 $$;

CREATE TABLE shipments (
    id integer PRIMARY KEY,
    qty integer,
    priority integer DEFAULT 0,
    CONSTRAINT shipments_qty_check CHECK (qty > 0)
);
CREATE INDEX shipments_qty_idx ON shipments (qty);

-- issue_601_function_recreate_dependent_view
CREATE FUNCTION calculate(x integer)
RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT x + 1 $$;

CREATE VIEW answer AS SELECT calculate(4) AS answer;
COMMENT ON VIEW answer IS 'The answer';
GRANT SELECT ON answer TO readonly_role;

CREATE VIEW answer_doubled AS SELECT answer * 2 AS doubled, calculate(1) AS base FROM answer;

CREATE MATERIALIZED VIEW answer_cached AS SELECT calculate(5) AS cached;
CREATE INDEX idx_answer_cached ON answer_cached (cached);

CREATE FUNCTION standalone(x integer)
RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT x $$;

CREATE FUNCTION label_value(x integer)
RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT x $$;
CREATE VIEW answer_label AS SELECT 'answer'::text AS label;

-- issue_601_function_recreate_partitioned_table
CREATE FUNCTION default_qty(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT x $$;

CREATE TABLE measurements (
    id integer NOT NULL,
    qty integer DEFAULT default_qty(1),
    CONSTRAINT measurements_qty_check CHECK (qty <= default_qty(100))
) PARTITION BY RANGE (id);
CREATE TABLE measurements_p1 PARTITION OF measurements (qty DEFAULT 7) FOR VALUES FROM (0) TO (10);
CREATE TABLE measurements_p2 PARTITION OF measurements FOR VALUES FROM (10) TO (20);
CREATE TABLE measurements_p3 PARTITION OF measurements FOR VALUES FROM (20) TO (30);
CREATE INDEX measurements_qty_idx ON measurements ((qty + default_qty(0)));

-- issue_601_function_recreate_trigger_with_online_steps
CREATE FUNCTION audit_threshold() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 10 $$;
CREATE FUNCTION mark_audited() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.audited := true; RETURN NEW; END $$;

CREATE TABLE audited (
    id integer PRIMARY KEY,
    qty integer,
    audited boolean DEFAULT false
);
CREATE TRIGGER audited_mark BEFORE INSERT ON audited FOR EACH ROW WHEN (NEW.qty > audit_threshold()) EXECUTE FUNCTION mark_audited();

CREATE TABLE ledger (
    id integer PRIMARY KEY,
    amount integer
);

-- issue_modified_fk_to_new_unique
CREATE TABLE parent_entities (
    id integer PRIMARY KEY
);

CREATE TABLE parent_variants (
    id integer PRIMARY KEY,
    parent_entity_id integer NOT NULL,
    CONSTRAINT parent_variants_parent_entity_id_fkey FOREIGN KEY (parent_entity_id)
        REFERENCES parent_entities (id)
        ON DELETE CASCADE
);

CREATE TABLE child_links (
    parent_variant_id integer NOT NULL,
    parent_entity_id integer NOT NULL,
    CONSTRAINT child_links_parent_variant_fkey FOREIGN KEY (parent_variant_id)
        REFERENCES parent_variants (id)
        ON DELETE CASCADE
);

-- issue_modified_fk_to_new_unique_reverse_order
CREATE TABLE z_parent_entities (
    id integer PRIMARY KEY
);

CREATE TABLE z_parent_variants (
    id integer PRIMARY KEY,
    parent_entity_id integer NOT NULL,
    CONSTRAINT z_parent_variants_parent_entity_id_fkey FOREIGN KEY (parent_entity_id)
        REFERENCES z_parent_entities (id)
        ON DELETE CASCADE
);

CREATE TABLE a_child_links (
    parent_variant_id integer NOT NULL,
    parent_entity_id integer NOT NULL,
    CONSTRAINT a_child_links_parent_variant_fkey FOREIGN KEY (parent_variant_id)
        REFERENCES z_parent_variants (id)
        ON DELETE CASCADE
);
