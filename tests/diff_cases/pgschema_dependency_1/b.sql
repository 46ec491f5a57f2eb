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
CREATE TYPE public.status_type AS ENUM (
    'active',
    'inactive'
);

CREATE TYPE public.record_type AS (
    id integer,
    status status_type
);

CREATE FUNCTION public.calc_priority() RETURNS integer
    LANGUAGE sql
    IMMUTABLE
    AS $$SELECT 1$$;

CREATE TABLE public.article (
    id integer PRIMARY KEY,
    title text NOT NULL,
    priority integer GENERATED ALWAYS AS (calc_priority()) STORED
);

CREATE TABLE public.articlesource (
    id integer PRIMARY KEY,
    article_id integer NOT NULL,
    source_url text,
    CONSTRAINT articlesource_article_id_fkey FOREIGN KEY (article_id) REFERENCES public.article(id)
);

CREATE FUNCTION z_helper(input text)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$ SELECT upper(input) $$;

CREATE FUNCTION a_wrapper(input text)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$ SELECT z_helper(input) $$;

CREATE TABLE products (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric(10,2),
    category text
);

CREATE MATERIALIZED VIEW expensive_products AS
SELECT id, name, price, category FROM products WHERE price > 100;

CREATE TABLE public.users (
    id serial PRIMARY KEY,
    name text NOT NULL,
    email text UNIQUE,
    created_at timestamp DEFAULT CURRENT_TIMESTAMP,
    updated_at timestamp DEFAULT CURRENT_TIMESTAMP
);

CREATE OR REPLACE FUNCTION public.update_modified_time()
RETURNS trigger AS $$
BEGIN
    NEW.updated_at = CURRENT_TIMESTAMP;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER update_users_modified_time
    BEFORE UPDATE ON public.users
    FOR EACH ROW
    EXECUTE FUNCTION public.update_modified_time();

-- extension_btree_gist
CREATE SCHEMA IF NOT EXISTS ext;
CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA ext;
CREATE TABLE public.reservations (
    id uuid,
    resource_id uuid NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    CONSTRAINT reservations_pkey PRIMARY KEY (id),
    CONSTRAINT valid_period CHECK (end_date >= start_date),
    CONSTRAINT no_overlap EXCLUDE USING gist (resource_id WITH =, daterange(start_date, end_date, '[]'::text) WITH &&)
);

-- issue_300_function_table_composite_type
CREATE TABLE public.activity (
    id uuid PRIMARY KEY,
    author_id uuid
);

CREATE TABLE public.contact (
    id uuid PRIMARY KEY,
    name text NOT NULL
);

CREATE OR REPLACE VIEW public.actor AS
SELECT id, name FROM public.contact;

CREATE OR REPLACE FUNCTION public.get_actor(activity activity)
    RETURNS SETOF actor ROWS 1
    LANGUAGE sql STABLE
    AS $$ SELECT actor.* FROM actor WHERE actor.id = activity.author_id $$;

-- issue_308_view_select_star_column_reorder
CREATE TABLE item (
    id uuid PRIMARY KEY,
    title text,
    status text,
    new_col text
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

-- issue_373_policy_references_other_table
CREATE TABLE project_manager (
    id SERIAL,
    project_id int NOT NULL,
    manager_id int NOT NULL,
    is_deleted boolean NOT NULL DEFAULT false
);

CREATE TABLE manager (
    id SERIAL,
    user_id uuid NOT NULL
);

ALTER TABLE manager ENABLE ROW LEVEL SECURITY;

CREATE POLICY employee_manager_select ON manager
    FOR SELECT
    TO PUBLIC
    USING (
        id IN (
            SELECT pam.manager_id
            FROM project_manager pam
            WHERE pam.project_id IN (
                SELECT unnest(ARRAY[1, 2, 3])
            )
            AND pam.is_deleted = false
        )
    );

-- issue_414_function_returns_deferred_view_chain
CREATE TABLE foo (
    id bigint PRIMARY KEY,
    run_id uuid
);

CREATE OR REPLACE VIEW foo_base AS
SELECT id, run_id FROM foo WHERE run_id IS NOT NULL;

CREATE OR REPLACE VIEW foo_summary AS
SELECT id FROM foo_base;

CREATE OR REPLACE FUNCTION get_foo_summary()
    RETURNS SETOF foo_summary
    LANGUAGE sql STABLE
    AS $$ SELECT * FROM foo_summary $$;

-- issue_439_replaced_unique_changed_fk
CREATE TABLE cases (
    id integer PRIMARY KEY
);
CREATE TABLE case_notes (
    id integer PRIMARY KEY,
    case_id integer CONSTRAINT case_notes_case_id_fkey REFERENCES cases (id) ON DELETE CASCADE
);

-- issue_480_view_function_recreate
CREATE TABLE tb_users (
    id uuid DEFAULT gen_random_uuid(),
    is_deleted boolean DEFAULT false NOT NULL,
    created_at timestamptz DEFAULT now(),
    email text DEFAULT 'missing@missing.com' NOT NULL,
    role text DEFAULT 'member' NOT NULL,
    CONSTRAINT tb_users_pkey PRIMARY KEY (id)
);

CREATE VIEW vw_users AS
SELECT id, email, role, created_at
FROM tb_users
WHERE is_deleted = FALSE;

CREATE FUNCTION fn_create_user(email TEXT, role TEXT DEFAULT 'member')
RETURNS vw_users AS $$
DECLARE
    v_result vw_users;
    v_new_id UUID;
BEGIN
    INSERT INTO tb_users (email, role) VALUES (email, role) RETURNING id INTO v_new_id;
    SELECT id, email, role, created_at INTO v_result FROM vw_users WHERE id = v_new_id;
    RETURN v_result;
END;
$$ LANGUAGE plpgsql SECURITY DEFINER;

-- Aggregate whose transition function is typed on the recreated view. Both
-- must be created after the view is recreated in the modify phase (#580).
CREATE FUNCTION fn_users_step(state bigint, u vw_users)
RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT state + 1 $$;

CREATE AGGREGATE agg_users_count(vw_users) (
    SFUNC = fn_users_step,
    STYPE = bigint,
    INITCOND = '0'
);

-- issue_530_function_table_function_chain
CREATE FUNCTION public.random_id()
RETURNS bigint LANGUAGE sql AS $$
    SELECT CAST(1000000000 + floor(random() * 9000000000) AS bigint);
$$;

CREATE TABLE public.x (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id text NOT NULL UNIQUE DEFAULT random_id(),
    name text NOT NULL UNIQUE,
    flag boolean NOT NULL DEFAULT FALSE
);

CREATE FUNCTION public.x_is_flagged(id bigint)
RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT x.flag FROM x WHERE x.id = id;
$$;

-- issue_535_domain_depends_on_function_and_table
CREATE OR REPLACE FUNCTION validate_row(val anyelement)
RETURNS boolean
LANGUAGE plpgsql
IMMUTABLE
AS $$
BEGIN
  RETURN val IS NOT NULL;
END
$$;

CREATE TABLE t ();

CREATE DOMAIN d AS t
  CHECK (validate_row(VALUE));

-- issue_571_index_function_dependency
CREATE OR REPLACE FUNCTION public."MyFunc"(val integer)
RETURNS integer AS $$
BEGIN
    RETURN val * 2;
END;
$$ LANGUAGE plpgsql IMMUTABLE;

CREATE TABLE public.widgets (
    id serial PRIMARY KEY,
    code integer,
    active boolean NOT NULL DEFAULT true
);

CREATE INDEX widgets_active_partial_idx ON public.widgets (id) WHERE "MyFunc"(code) > 0;

-- issue_601_function_recreate_changed_dependents
CREATE FUNCTION max_qty() RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT 100 $$;
CREATE FUNCTION normalize_code(input text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(input) $$;
CREATE FUNCTION current_tenant() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT current_setting('app.tenant', true)::bigint $$;
CREATE FUNCTION default_priority() RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT 5 $$;

CREATE TABLE shipments (
    id integer PRIMARY KEY,
    qty integer,
    priority integer DEFAULT default_priority(),
    CONSTRAINT shipments_qty_check CHECK (qty > 0 AND qty <= max_qty())
);
CREATE INDEX shipments_qty_idx ON shipments ((qty * max_qty()));
CREATE INDEX shipments_code_idx ON shipments ((normalize_code(id::text)));

CREATE TABLE refunds (
    id integer PRIMARY KEY,
    tenant_id integer DEFAULT current_tenant(),
    qty integer,
    CONSTRAINT refunds_qty_check CHECK (qty <= max_qty())
);
CREATE INDEX refunds_large_idx ON refunds (id) WHERE qty > max_qty() / 2;
ALTER TABLE refunds ENABLE ROW LEVEL SECURITY;
CREATE POLICY refunds_tenant ON refunds TO tenant_reader USING (tenant_id = current_tenant());

-- issue_601_function_recreate_dependent_view
CREATE FUNCTION calculate(x integer)
RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT x + 2 $$;

CREATE VIEW answer AS SELECT calculate(4) AS answer;
COMMENT ON VIEW answer IS 'The answer';
GRANT SELECT ON answer TO readonly_role;

CREATE VIEW answer_doubled AS SELECT answer * 2 AS doubled, calculate(1) AS base FROM answer;

CREATE MATERIALIZED VIEW answer_cached AS SELECT calculate(5) AS cached;
CREATE INDEX idx_answer_cached ON answer_cached (cached);

CREATE FUNCTION standalone(x integer)
RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT x $$;

CREATE VIEW answer_next AS SELECT calculate(6) AS next;

CREATE FUNCTION label_value(x integer)
RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT x $$;
CREATE VIEW answer_label AS SELECT 'answer'::text AS label, label_value(7) AS value;

-- issue_601_function_recreate_partitioned_table
CREATE FUNCTION default_qty(x integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT x $$;

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
CREATE FUNCTION audit_threshold() RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT 10 $$;
CREATE FUNCTION mark_audited() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.audited := true; RETURN NEW; END $$;

CREATE TABLE audited (
    id integer PRIMARY KEY,
    qty integer,
    audited boolean DEFAULT false
);
CREATE TRIGGER audited_mark BEFORE INSERT ON audited FOR EACH ROW WHEN (NEW.qty > audit_threshold()) EXECUTE FUNCTION mark_audited();

CREATE TABLE ledger (
    id integer PRIMARY KEY,
    amount integer,
    CONSTRAINT ledger_amount_check CHECK (amount >= 0)
);
CREATE INDEX ledger_amount_idx ON ledger (amount);

-- issue_modified_fk_to_new_unique
CREATE TABLE parent_entities (
    id integer PRIMARY KEY
);

CREATE TABLE parent_variants (
    id integer PRIMARY KEY,
    parent_entity_id integer NOT NULL,
    CONSTRAINT parent_variants_parent_entity_id_fkey FOREIGN KEY (parent_entity_id)
        REFERENCES parent_entities (id)
        ON DELETE CASCADE,
    CONSTRAINT parent_variants_parent_entity_id_id_key UNIQUE (parent_entity_id, id)
);

CREATE TABLE child_links (
    parent_variant_id integer NOT NULL,
    parent_entity_id integer NOT NULL,
    CONSTRAINT child_links_parent_variant_fkey FOREIGN KEY (parent_entity_id, parent_variant_id)
        REFERENCES parent_variants (parent_entity_id, id)
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
        ON DELETE CASCADE,
    CONSTRAINT z_parent_variants_parent_entity_id_id_key UNIQUE (parent_entity_id, id)
);

CREATE TABLE a_child_links (
    parent_variant_id integer NOT NULL,
    parent_entity_id integer NOT NULL,
    CONSTRAINT a_child_links_parent_variant_fkey FOREIGN KEY (parent_entity_id, parent_variant_id)
        REFERENCES z_parent_variants (parent_entity_id, id)
        ON DELETE CASCADE
);

-- policy_identifier_substring_false_positive
CREATE TABLE orders (
    id int NOT NULL,
    user_name text NOT NULL
);

ALTER TABLE orders ENABLE ROW LEVEL SECURITY;

CREATE POLICY orders_current_user_scope ON orders
    FOR SELECT
    TO PUBLIC
    USING (user_name = CURRENT_USER);

CREATE TABLE "user" (
    id int NOT NULL
);
