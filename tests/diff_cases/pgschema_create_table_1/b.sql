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
    created_at timestamp DEFAULT CURRENT_TIMESTAMP,
    metadata utils.hstore,
    fqdn utils.citext NOT NULL,
    description utils.custom_text,
    status utils.custom_enum DEFAULT 'active'
);

-- add_column_generated
CREATE TABLE public.merge_request (
    data jsonb NOT NULL,
    iid integer GENERATED ALWAYS AS ((data ->> 'iid')::integer) STORED,
    title text GENERATED ALWAYS AS (data ->> 'title') STORED,
    cleaned_title varchar(255) GENERATED ALWAYS AS (lower(data ->> 'title')) STORED NOT NULL,
    CONSTRAINT pk_merge_request_iid PRIMARY KEY (iid)
);

-- add_default_not_null
CREATE TABLE public.people (
    id bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
    created_at timestamp with time zone DEFAULT NOW() NOT NULL
);

-- add_table_like_forward_ref
CREATE TABLE public.customers (
    customer_id INTEGER NOT NULL,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(255) UNIQUE,
    created_at TIMESTAMP DEFAULT now(),
    updated_at TIMESTAMP DEFAULT now()
);

CREATE TABLE public.orders (
    id SERIAL PRIMARY KEY,
    order_date DATE NOT NULL,
    LIKE public.customers INCLUDING DEFAULTS
);

-- alter_column_types
CREATE TYPE public.action_type AS ENUM ('pending', 'approved', 'rejected');

CREATE TABLE public.user_pending_permissions (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    permission text NOT NULL,
    object_ids_ints bigint[],
    action public.action_type,
    status public.action_type DEFAULT 'pending',
    tags public.action_type[],
    amount numeric(20,6) NOT NULL DEFAULT 0,
    arfcn_dl integer DEFAULT 0,
    priority integer
);

-- alter_identity
CREATE TABLE public.table1 (
    c1 serial NOT NULL,
    c2 int GENERATED ALWAYS AS IDENTITY,
    c3 int NOT NULL
);

-- alter_numeric_precision
CREATE TABLE public.transactions (
    id integer NOT NULL,
    description text,
    amount numeric(16,6)
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
    FOREIGN KEY (dept_no) REFERENCES public.department (dept_no) ON DELETE CASCADE
);

-- enum_array_column
CREATE TYPE status AS ENUM (
    'pending',
    'active',
    'inactive',
    'archived'
);

CREATE TABLE items (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    name varchar(255) NOT NULL,
    statuses status[]
);

-- issue_281_exclude_constraint
CREATE TABLE IF NOT EXISTS test_table (
    id integer,
    range_col int4range NOT NULL,
    CONSTRAINT test_table_pkey PRIMARY KEY (id),
    CONSTRAINT excl_no_overlap EXCLUDE USING gist (range_col WITH &&)
);

-- issue_384_rename_column_constraint
CREATE TABLE a (id bigint PRIMARY KEY, current_revision bigint);

CREATE TABLE b (id bigint PRIMARY KEY);

ALTER TABLE a ADD CONSTRAINT "a_revision_fkey" FOREIGN KEY ("current_revision") REFERENCES "b" ("id");

-- issue_496_partition_of_create_path
CREATE TABLE public.events (
    id bigint NOT NULL,
    region text NOT NULL,
    payload text
) PARTITION BY LIST (region);

CREATE TABLE public.events_us PARTITION OF public.events FOR VALUES IN ('us');
CREATE TABLE public.events_eu PARTITION OF public.events FOR VALUES IN ('eu');
CREATE TABLE public.events_other PARTITION OF public.events DEFAULT;

-- issue_506_fk_depends_on_new_unique
CREATE TABLE parent (
    id uuid PRIMARY KEY,
    tenant text NOT NULL,
    UNIQUE (id, tenant)
);

CREATE TABLE child (
    id uuid PRIMARY KEY,
    parent_id uuid,
    tenant text NOT NULL,
    FOREIGN KEY (parent_id, tenant) REFERENCES parent (id, tenant)
);

CREATE TABLE parent2 (
    id uuid PRIMARY KEY,
    tenant text NOT NULL
);

CREATE UNIQUE INDEX parent2_id_tenant_key ON parent2 (id, tenant);

CREATE TABLE child2 (
    id uuid PRIMARY KEY,
    parent2_id uuid,
    tenant text NOT NULL,
    FOREIGN KEY (parent2_id, tenant) REFERENCES parent2 (id, tenant)
);

-- issue_521_enum_truncation
CREATE TYPE public.user_status_log_source_enum AS ENUM ('web', 'api', 'mobile');

CREATE TYPE public.document_document_type_enum AS ENUM ('invoice', 'receipt', 'contract');

CREATE TABLE public.user_status_log (
    id integer NOT NULL,
    name text,
    source public.user_status_log_source_enum NOT NULL
);

CREATE TABLE public.document (
    id integer NOT NULL,
    document_type public.document_document_type_enum NOT NULL
);

-- issue_534_self_ref_fk
CREATE TABLE categories (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    parent_id bigint,
    CONSTRAINT fk_parent
        FOREIGN KEY (parent_id) REFERENCES categories (id)
);

CREATE TABLE parent_orgs (
    id bigint PRIMARY KEY,
    external_key uuid NOT NULL UNIQUE,
    migrated_from_external_key uuid,
    CONSTRAINT fk_self_migrated_from
        FOREIGN KEY (migrated_from_external_key) REFERENCES parent_orgs (external_key)
);

-- issue_537_alter_column_type_using
CREATE TABLE public.nr_cell_du (
    arfcn_dl integer
);
