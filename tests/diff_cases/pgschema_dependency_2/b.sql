-- min_version: 14
-- pgschema's differ suite, testdata/diff/dependency/ cases issue_300_view_depends_on_view, issue_414_view_references_added_column, issue_439_replaced_unique_new_table_fk, issue_535_domain_depends_on_table, issue_545_signature_ref_table_after_domain, issue_571_quoted_function_dependency, issue_580_aggregate_and_sql_body_to_view, issue_601_function_recreate_domain_exclude_not_valid, issue_601_function_recreate_with_enum_value, merged (old.sql is a.sql, new.sql b.sql).

-- issue_300_view_depends_on_view
CREATE TABLE public.priority (
    id integer PRIMARY KEY,
    name text NOT NULL,
    level integer NOT NULL
);

CREATE TABLE public.priority_user (
    id integer PRIMARY KEY,
    user_id integer NOT NULL,
    priority_id integer REFERENCES public.priority(id)
);

CREATE OR REPLACE VIEW public.priority_expanded AS
SELECT pu.id, pu.user_id, p.name AS priority_name, p.level
FROM public.priority_user pu
JOIN public.priority p ON p.id = pu.priority_id;

CREATE TABLE public.activity_x (
    id integer PRIMARY KEY,
    title text NOT NULL,
    priority_user_id integer
);

CREATE OR REPLACE VIEW public.activity AS
SELECT a.id, a.title, upe.priority_name
FROM public.activity_x a
JOIN public.priority_expanded upe ON upe.id = a.priority_user_id;

CREATE OR REPLACE FUNCTION public.get_raw_result()
RETURNS integer
LANGUAGE SQL
RETURN 42;

CREATE OR REPLACE FUNCTION public.process_result(val integer DEFAULT get_raw_result())
RETURNS text
LANGUAGE SQL
RETURN ('Processed: '::text || val::text);

CREATE TABLE public.documents (
    id serial PRIMARY KEY,
    title text NOT NULL,
    content text,
    created_at timestamp DEFAULT CURRENT_TIMESTAMP
);

CREATE OR REPLACE FUNCTION public.get_document_count()
RETURNS integer AS $$
BEGIN
    RETURN (SELECT COUNT(*) FROM public.documents);
END;
$$ LANGUAGE plpgsql;

-- issue_414_view_references_added_column
CREATE TABLE foo (
    id bigint PRIMARY KEY,
    run_id uuid
);

CREATE OR REPLACE VIEW foo_view AS
SELECT id, run_id FROM foo WHERE run_id IS NOT NULL;

-- issue_439_replaced_unique_new_table_fk
CREATE TABLE cases (
    id integer PRIMARY KEY
);
CREATE TABLE case_notes (
    id integer PRIMARY KEY,
    case_id integer CONSTRAINT case_notes_case_id_fkey REFERENCES cases (id)
);

-- issue_535_domain_depends_on_table
CREATE TABLE x ();

CREATE DOMAIN y AS x;

-- issue_545_signature_ref_table_after_domain
CREATE TABLE base ();

CREATE DOMAIN d AS base;

CREATE TABLE uses (
    dcol d
);

CREATE FUNCTION public.uses_check(r uses)
RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    RETURN r.dcol IS NOT NULL;
END;
$$;

-- issue_571_quoted_function_dependency
CREATE FUNCTION "ZHelper"(input text)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$ SELECT upper(input) $$;

CREATE FUNCTION "AWrapper"(input text)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$ SELECT "ZHelper"(input) $$;

CREATE OR REPLACE FUNCTION public."MyFunc"()
RETURNS integer AS $$
BEGIN
    RETURN 42;
END;
$$ LANGUAGE plpgsql;

CREATE TABLE public.widgets (
    id serial PRIMARY KEY,
    code integer DEFAULT public."MyFunc"()
);

-- issue_580_aggregate_and_sql_body_to_view
CREATE TABLE t (
    id integer PRIMARY KEY,
    name text
);

CREATE VIEW v AS
SELECT id, name FROM t;

CREATE FUNCTION count_v()
RETURNS bigint
LANGUAGE sql
AS $$ SELECT count(*) FROM v $$;

CREATE FUNCTION touch_t()
RETURNS trigger
LANGUAGE plpgsql
AS $$ BEGIN PERFORM 1 FROM v; RETURN NEW; END $$;

CREATE TRIGGER touch_trg
BEFORE INSERT ON t
FOR EACH ROW EXECUTE FUNCTION touch_t();

CREATE FUNCTION v_sfunc(state integer, r v)
RETURNS integer
LANGUAGE sql
IMMUTABLE
AS $$ SELECT state + r.id $$;

CREATE AGGREGATE sum_v(v) (
    SFUNC = v_sfunc,
    STYPE = integer,
    INITCOND = '0'
);

CREATE FUNCTION acc_with_v(state bigint, x integer)
RETURNS bigint
LANGUAGE sql
AS $$ SELECT state + x + (SELECT count(*) FROM v) $$;

CREATE AGGREGATE sum_with_v(integer) (
    SFUNC = acc_with_v,
    STYPE = bigint,
    INITCOND = '0'
);

CREATE VIEW v_total AS
SELECT sum_v(v.*) AS total FROM v;

CREATE FUNCTION get_total()
RETURNS SETOF v_total
LANGUAGE sql
AS $$ SELECT * FROM v_total $$;

CREATE VIEW "My View" AS
SELECT id FROM t;

CREATE FUNCTION count_my_view()
RETURNS bigint
LANGUAGE sql
AS $$ SELECT count(*) FROM "My View" $$;

-- issue_601_function_recreate_domain_exclude_not_valid
CREATE FUNCTION max_qty() RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT 100 $$;
CREATE FUNCTION normalize_code(input text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(input) $$;
CREATE FUNCTION default_qty() RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT 5 $$;

CREATE TABLE slots (
    id integer PRIMARY KEY,
    code text,
    CONSTRAINT slots_code_excl EXCLUDE USING btree ((normalize_code(code)) WITH =)
);
ALTER TABLE slots ADD CONSTRAINT slots_id_check CHECK (id <= max_qty()) NOT VALID;

CREATE DOMAIN quantity AS integer DEFAULT default_qty() CONSTRAINT quantity_max CHECK (VALUE <= max_qty());
CREATE TABLE stock (id integer PRIMARY KEY, amount quantity);

-- issue_601_function_recreate_with_enum_value
CREATE FUNCTION default_priority() RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT 5 $$;

CREATE TYPE ticket_state AS ENUM ('open', 'pending', 'closed');

CREATE TABLE tickets (
    id integer PRIMARY KEY,
    state ticket_state DEFAULT 'pending',
    priority integer DEFAULT default_priority(),
    CONSTRAINT tickets_priority_check CHECK (priority <= default_priority() * 10)
);
