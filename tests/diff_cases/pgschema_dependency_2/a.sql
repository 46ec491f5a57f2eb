-- pgschema's differ suite, testdata/diff/dependency/ cases issue_300_view_depends_on_view, issue_414_view_references_added_column, issue_439_replaced_unique_new_table_fk, issue_535_domain_depends_on_table, issue_545_signature_ref_table_after_domain, issue_571_quoted_function_dependency, issue_580_aggregate_and_sql_body_to_view, issue_601_function_recreate_domain_exclude_not_valid, issue_601_function_recreate_with_enum_value, merged (old.sql is a.sql, new.sql b.sql).

-- issue_414_view_references_added_column
CREATE TABLE foo (
    id bigint PRIMARY KEY
);

-- issue_439_replaced_unique_new_table_fk
CREATE TABLE cases (
    id integer NOT NULL,
    CONSTRAINT cases_id_key UNIQUE (id)
);

-- issue_601_function_recreate_domain_exclude_not_valid
CREATE FUNCTION max_qty() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 100 $$;
CREATE FUNCTION normalize_code(code text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(code) $$;
CREATE FUNCTION default_qty() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 5 $$;

CREATE TABLE slots (
    id integer PRIMARY KEY,
    code text,
    CONSTRAINT slots_code_excl EXCLUDE USING btree ((normalize_code(code)) WITH =)
);
ALTER TABLE slots ADD CONSTRAINT slots_id_check CHECK (id <= max_qty()) NOT VALID;

CREATE DOMAIN quantity AS integer DEFAULT default_qty() CONSTRAINT quantity_max CHECK (VALUE <= max_qty());
CREATE TABLE stock (id integer PRIMARY KEY, amount quantity);

-- issue_601_function_recreate_with_enum_value
CREATE FUNCTION default_priority() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 5 $$;

CREATE TYPE ticket_state AS ENUM ('open', 'closed');

CREATE TABLE tickets (
    id integer PRIMARY KEY,
    state ticket_state DEFAULT 'open',
    priority integer DEFAULT default_priority(),
    CONSTRAINT tickets_priority_check CHECK (priority <= default_priority() * 10)
);
