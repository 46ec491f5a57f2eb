-- pgschema's differ suite, testdata/diff/create_table/ cases add_column_cross_schema_custom_type, add_column_generated, add_default_not_null, add_table_like_forward_ref, alter_column_types, alter_identity, alter_numeric_precision, change_fk_referential, enum_array_column, issue_281_exclude_constraint, issue_384_rename_column_constraint, issue_496_partition_of_create_path, issue_506_fk_depends_on_new_unique, issue_521_enum_truncation, issue_534_self_ref_fk, issue_537_alter_column_type_using, merged (old.sql is a.sql, new.sql b.sql).

-- add_column_cross_schema_custom_type
CREATE SCHEMA IF NOT EXISTS utils;

CREATE DOMAIN utils.custom_text AS text;

CREATE TYPE utils.custom_enum AS ENUM ('active', 'inactive', 'pending');

CREATE EXTENSION IF NOT EXISTS hstore SCHEMA utils;
CREATE EXTENSION IF NOT EXISTS citext SCHEMA utils;

CREATE TABLE public.users (
    id bigint PRIMARY KEY,
    username text NOT NULL,
    created_at timestamp DEFAULT CURRENT_TIMESTAMP
);

-- add_column_generated
CREATE TABLE public.merge_request (
    data jsonb NOT NULL
);

-- add_default_not_null
CREATE TABLE public.people (
    id bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
    created_at timestamp with time zone
);

-- alter_column_types
CREATE TABLE public.user_pending_permissions (
    id integer NOT NULL,
    user_id integer NOT NULL,
    permission text NOT NULL,
    object_ids_ints integer[],
    action text,
    status text DEFAULT 'pending',
    tags text[],
    amount numeric(18,6) NOT NULL DEFAULT 0,
    arfcn_dl text DEFAULT 'unknown',
    priority text
);

-- alter_identity
CREATE TABLE public.table1 (
    c1 int NOT NULL,
    c2 int NOT NULL,
    c3 int GENERATED ALWAYS AS IDENTITY
);

-- alter_numeric_precision
CREATE TABLE public.transactions (
    id integer NOT NULL,
    description text,
    amount numeric(15,4)
);

-- change_fk_referential
CREATE TABLE public.department (
    dept_no text NOT NULL,
    dept_name text NOT NULL,
    PRIMARY KEY (dept_no)
);

CREATE TABLE public.dept_emp (
    emp_no integer NOT NULL,
    dept_no text NOT NULL,
    from_date date NOT NULL,
    to_date date NOT NULL,
    PRIMARY KEY (emp_no, dept_no),
    FOREIGN KEY (dept_no) REFERENCES public.department (dept_no)
);

-- issue_384_rename_column_constraint
CREATE TABLE a (id bigint PRIMARY KEY, revision bigint);

CREATE TABLE b (id bigint PRIMARY KEY);

ALTER TABLE a ADD CONSTRAINT "a_revision_fkey" FOREIGN KEY ("revision") REFERENCES "b" ("id");

-- issue_506_fk_depends_on_new_unique
CREATE TABLE parent (
    id uuid PRIMARY KEY,
    tenant text NOT NULL
);

CREATE TABLE parent2 (
    id uuid PRIMARY KEY,
    tenant text NOT NULL
);

-- issue_521_enum_truncation
CREATE TYPE public.user_status_log_source_enum AS ENUM ('web', 'api', 'mobile');

CREATE TYPE public.document_document_type_enum AS ENUM ('invoice', 'receipt', 'contract');

CREATE TABLE public.user_status_log (
    id integer NOT NULL,
    source public.user_status_log_source_enum NOT NULL
);

CREATE TABLE public.document (
    id integer NOT NULL,
    document_type public.document_document_type_enum NOT NULL
);

-- issue_537_alter_column_type_using
CREATE TABLE public.nr_cell_du (
    arfcn_dl text
);
